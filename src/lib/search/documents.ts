/**
 * What search finds: places, incidents, articles and the user's own features, each as a document of
 * names (shown, and matched whole) and forms (every other text it may be found by).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ArticleMeta } from '$lib/types';
import { dateWords } from './dates';
import { typeWords } from './typeWords';

export type SearchGroup = 'place' | 'incident' | 'article' | 'user';

/** Where choosing a result leads. */
export type SearchTarget =
	| { kind: 'place' | 'incident'; id: string }
	| { kind: 'article'; id: string }
	| { kind: 'user'; layerId: string; index: number };

export interface SearchDoc {
	/** Unique across groups: `place:albu-kamal`, `incident:…`, `article:…`, `user:<layer>:<index>`. */
	id: string;
	group: SearchGroup;
	target: SearchTarget;
	/** Shown: English (or the best) name, and the Arabic one when there is one. */
	title: string;
	titleAr: string | null;
	/** A short second line: kind, date, outlet… (raw terms; the UI words them). */
	detail: { kind?: string; date?: string | null; precision?: string; outlet?: string | null; layer?: string };
	/** Names matched as a whole (an exact whole-name match ranks first). */
	names: string[];
	/** Everything else it can be found by. */
	forms: string[];
}

type Props = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Documents for the gazetteer layers (places, areas, lines, countries): names, the texts' spellings and known aliases. */
export function placeDocs(fc: FeatureCollection): SearchDoc[] {
	return fc.features.flatMap((f) => {
		const p = (f.properties ?? {}) as Props;
		const id = str(p.id);
		if (!id) return [];
		const en = str(p.name_en) ?? id;
		// "Palmyra (Tadmur)": the part in brackets is a name too.
		const bracketed = [...en.matchAll(/\(([^)]+)\)/g)].flatMap((m) => m[1].split(/[,;]/)).map((s) => s.trim());
		const names = [en, en.replace(/\s*\([^)]*\)/g, ''), str(p.name_ar), ...strs(p.variants), ...strs(p.aliases), ...bracketed].filter(
			(s): s is string => !!s
		);
		return [
			{
				id: `place:${id}`,
				group: 'place' as const,
				target: { kind: 'place' as const, id },
				title: en,
				titleAr: str(p.name_ar),
				detail: { kind: str(p.kind) ?? undefined },
				names: [...new Set(names)],
				forms: [id.replace(/-/g, ' '), (str(p.kind) ?? '').replace(/-/g, ' ')].filter(Boolean)
			}
		];
	});
}

/**
 * Documents for incidents: title words (English and Arabic), actors, type, the names of the places they happened at
 * (`placeNames`, by gazetteer id), and the months they may fall in.
 */
export function incidentDocs(fc: FeatureCollection, placeNames: Map<string, string[]> = new Map()): SearchDoc[] {
	return fc.features.flatMap((f) => {
		const p = (f.properties ?? {}) as Props;
		const id = str(p.id);
		if (!id) return [];
		const title = str(p.title_en) ?? str(p.name_en) ?? id;
		const titleAr = str(p.title_ar);
		const places = strs(p.place_ids).flatMap((pid) => placeNames.get(pid) ?? []);
		return [
			{
				id: `incident:${id}`,
				group: 'incident' as const,
				target: { kind: 'incident' as const, id },
				title,
				// The Arabic title: searched as a name, and what an Arabic reader sees first.
				titleAr,
				detail: { kind: str(p.type) ?? undefined, date: str(p.date), precision: str(p.date_precision) ?? undefined },
				names: titleAr ? [title, titleAr] : [title],
				forms: [
					...strs(p.actors),
					(str(p.type) ?? '').replace(/-/g, ' '),
					// The words people type for its kind, in both languages ("مخدرات" → a drug seizure).
					...typeWords(str(p.type)),
					str(p.acled_sub_event_type) ?? '',
					str(p.name_ar) ?? '',
					...places,
					...dateWords(str(p.date_from) ?? str(p.date), str(p.date_to))
				].filter(Boolean)
			}
		];
	});
}

/** Documents for articles: headline (both languages), outlet, the agency relayed, the date. */
export function articleDocs(articles: { id: string; meta: ArticleMeta }[]): SearchDoc[] {
	return articles.map(({ id, meta }) => {
		const headlines = [meta.headline_en, meta.headline_ar.value].filter((s): s is string => !!s);
		const outlets = [meta.outlet_en.value, meta.outlet_ar.value, meta.reported_via.value].filter((s): s is string => !!s);
		return {
			id: `article:${id}`,
			group: 'article' as const,
			target: { kind: 'article' as const, id },
			title: meta.headline_en ?? meta.headline_ar.value ?? outlets[0] ?? id,
			titleAr: meta.headline_ar.value,
			detail: { outlet: meta.outlet_en.value ?? meta.outlet_ar.value ?? meta.reported_via.value, date: meta.date.value, precision: meta.date.precision },
			names: [...headlines, ...outlets],
			forms: [id, ...dateWords(meta.date.value ?? meta.date.not_before, meta.date.value ?? meta.date.not_after ?? meta.date.not_before)]
		};
	});
}

/** Property names that usually hold a feature's name, in the order they are preferred for its title. */
const NAME_PROPS = ['name', 'name_en', 'title', 'label', 'NAME', 'Name', 'name_ar', 'title_en'];

/** Documents for the user's imported features: every short text property, titled by a name-like one. */
export function userDocs(features: { layer: { id: string; name: string }; index: number; feature: Feature; day: string | null }[]): SearchDoc[] {
	return features.map(({ layer, index, feature, day }) => {
		const p = (feature.properties ?? {}) as Props;
		const texts = Object.values(p)
			.filter((v): v is string => typeof v === 'string' && v.length <= 120)
			.slice(0, 16);
		const named = NAME_PROPS.map((k) => str(p[k])).find(Boolean);
		const title = named ?? `${layer.name} #${index + 1}`;
		return {
			id: `user:${layer.id}:${index}`,
			group: 'user' as const,
			target: { kind: 'user' as const, layerId: layer.id, index },
			title,
			titleAr: null,
			detail: { layer: layer.name, date: day },
			names: named ? [named] : [],
			forms: [...texts, ...dateWords(day)]
		};
	});
}

/** The English and Arabic names of each place, by id, for incidents to be found by where they happened. */
export function placeNamesById(docs: SearchDoc[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const d of docs) if (d.target.kind === 'place') out.set(d.target.id, [d.title, ...(d.titleAr ? [d.titleAr] : [])]);
	return out;
}
