/**
 * Seeded synthetic data for the benchmark: Arabic articles written from the gazetteer's names (so
 * the matcher has real work) and incidents spread over the frontier across three years, with
 * verbatim quotes into those articles. Pure: the same seed gives the same bytes.
 */
import type { GazetteerEntry } from '../../src/lib/schema/gazetteer';
import type { IncidentRecord } from '../../src/lib/schema/incidents';
import type { ArticleMeta } from '../../src/lib/schema/article';
import { rng } from '../seeded';
import { slug } from '../../src/lib/model/slug';
import { ARABIC_LETTER_CLASS } from '../../src/lib/arabic/script';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** A GeoNames cities500 row (tab-separated) reduced to what the generator uses. */
export interface TownRow {
	geonameid: number;
	name: string;
	name_ar: string;
	lon: number;
	lat: number;
	country: string;
}

const ARABIC_NAME = new RegExp(`^[${ARABIC_LETTER_CLASS} ]{3,}$`);
/** The frontier box the synthetic towns are taken from (Iraq and Syria only). */
export const TOWN_BOX = { w: 36, s: 32, e: 46, n: 37.5 };

/** Iraqi and Syrian towns inside TOWN_BOX that have a plain Arabic name, one per Arabic name. */
export function frontierTowns(cities500: string, taken: ReadonlySet<number>): TownRow[] {
	const out: TownRow[] = [];
	const names = new Set<string>();
	for (const line of cities500.split('\n')) {
		const c = line.split('\t');
		if (c.length < 9 || (c[8] !== 'IQ' && c[8] !== 'SY')) continue;
		const lat = Number(c[4]);
		const lon = Number(c[5]);
		if (!(lon >= TOWN_BOX.w && lon <= TOWN_BOX.e && lat >= TOWN_BOX.s && lat <= TOWN_BOX.n)) continue;
		const id = Number(c[0]);
		const ar = c[3].split(',').find((n) => ARABIC_NAME.test(n));
		if (!ar || taken.has(id) || names.has(ar)) continue;
		names.add(ar);
		out.push({ geonameid: id, name: c[2], name_ar: ar, lon, lat, country: c[8] });
	}
	return out.sort((a, b) => a.geonameid - b.geonameid);
}

const townSlug = (s: string) => slug(s) || 'place';

/** Gazetteer entries for the synthetic towns, and a `-countryside` 10 km footprint for every fifth. */
export function townEntries(towns: readonly TownRow[]): GazetteerEntry[] {
	const out: GazetteerEntry[] = [];
	towns.forEach((t, i) => {
		const id = `${townSlug(t.name)}-${t.geonameid}`;
		const where = { geonameid: t.geonameid };
		out.push({ id, name_en: t.name, name_ar: t.name_ar, kind: 'town', scope: 'frontier', variants: [t.name_ar], geometry: { ref: 'places', where }, note: 'synthetic (bench)' });
		if (i % 5 === 0)
			out.push({
				id: `${id}-countryside`,
				name_en: `${t.name} countryside`,
				name_ar: `ريف ${t.name_ar}`,
				kind: 'district',
				scope: 'frontier',
				variants: [`ريف ${t.name_ar}`],
				geometry: { op: 'buffer', of: { ref: 'places', where }, km: 10 },
				precision_km: 10,
				note: 'synthetic (bench)'
			});
	});
	return out;
}

/** A reference `places` feature for a synthetic town (what the gazetteer recipe looks up). */
export function townFeature(t: TownRow) {
	return {
		type: 'Feature' as const,
		properties: { label: t.name, name: t.name, asciiname: t.name, name_ar: t.name_ar, country: t.country, geonameid: t.geonameid, source: 'GeoNames cities500', license: 'CC BY 4.0' },
		geometry: { type: 'Point' as const, coordinates: [t.lon, t.lat] }
	};
}

const VERBS = ['أفادت مصادر محلية بوقوع اشتباكات في', 'وصلت تعزيزات عسكرية إلى', 'ضبطت القوات الأمنية شحنة مخدرات قرب', 'عقد مسؤولون اجتماعاً أمنياً في', 'سيّرت القوات دورية مشتركة في', 'أعلنت السلطات إغلاق الطريق المؤدي إلى', 'عاد مئات النازحين إلى', 'استهدفت طائرة مسيّرة موقعاً في'];
const LINKS = ['ثم انتقلت إلى', 'وامتدت إلى', 'بالتنسيق مع قوات في', 'على الطريق نحو'];
const TAILS = ['وفق ما نقلته وكالة محلية', 'بحسب بيان رسمي', 'دون أن تتضح حصيلة الخسائر', 'وسط تشديد أمني على الحدود', 'في ظل توتر متصاعد'];
const OUTLETS: [string, string][] = [
	['Synthetic Wire', 'وكالة الأنباء التجريبية'],
	['Frontier Daily', 'صحيفة الحدود اليومية'],
	['Euphrates Radio', 'إذاعة الفرات']
];

export interface Mentioned {
	article: string;
	start: number;
	end: number;
	text: string;
}

export interface SynthArticle {
	id: string;
	text: string;
	meta: ArticleMeta;
	/** Where the text names each place id: the quotes incidents can use. */
	spans: { ref: string; start: number; end: number }[];
}

const field = (value: string | null) => ({ value, evidence: [], note: value ? null : 'synthetic article' });

/** Three years of days from 2023-01-01. */
export function dayOf(offset: number): string {
	return new Date(Date.UTC(2023, 0, 1) + offset * 86400000).toISOString().slice(0, 10);
}

/** The spelling an article uses for a place: its first Arabic variant (what the matcher knows). */
export function arabicName(e: GazetteerEntry): string {
	for (const v of e.variants) {
		const t = typeof v === 'string' ? v : v.text;
		// Any spelling wholly in the Arabic block (digits and Persian letters included: the matcher finds
		// those too), not $lib/arabic/script's `isArabicName`, which refuses them; on the gazetteers the
		// bench generates from both pick the same variant, so the synthetic corpus is the same either way.
		if (/^[\u0600-\u06FF ]+$/.test(t) && (typeof v === 'string' || v.confidence !== 'context')) return t;
	}
	return e.name_ar;
}

/** `n` articles of 6–10 sentences, each naming one or two of `places` (by their Arabic name). */
export function makeArticles(n: number, places: readonly GazetteerEntry[], seed: number): SynthArticle[] {
	const r = rng(seed);
	const out: SynthArticle[] = [];
	for (let i = 0; i < n; i++) {
		const id = `syn_${String(i).padStart(6, '0')}`;
		let text = '';
		const spans: SynthArticle['spans'] = [];
		const sentences = 6 + Math.floor(r() * 5);
		for (let s = 0; s < sentences; s++) {
			const a = pick(r, places);
			text += `${pick(r, VERBS)} `;
			const na = arabicName(a);
			spans.push({ ref: a.id, start: text.length, end: text.length + na.length });
			text += na;
			if (r() < 0.4) {
				const b = pick(r, places);
				const nb = arabicName(b);
				text += ` ${pick(r, LINKS)} `;
				spans.push({ ref: b.id, start: text.length, end: text.length + nb.length });
				text += nb;
			}
			text += ` ${pick(r, TAILS)}.\n`;
		}
		const [outEn, outAr] = pick(r, OUTLETS);
		const date = dayOf(Math.floor(r() * 1095));
		const meta: ArticleMeta = {
			id,
			language: field('ar'),
			outlet_ar: field(outAr),
			outlet_en: field(outEn),
			reported_via: field(null),
			headline_ar: field(null),
			headline_en: null,
			date: { ...field(date), precision: 'day', not_before: null, not_after: null },
			dateline: field(null)
		};
		out.push({ id, text, meta, spans });
	}
	return out;
}

const TYPES: [string, string, string][] = [
	['clash', 'Battles', 'Armed clash'],
	['drone-strike', 'Explosions/Remote violence', 'Air/drone strike'],
	['drug-seizure', 'Strategic developments', 'Arrests'],
	['patrol', 'Strategic developments', 'Other'],
	['security-meeting', 'Strategic developments', 'Other'],
	['repatriation', 'Strategic developments', 'Other'],
	['protest', 'Protests', 'Peaceful protest']
];
const ACTORS = ['Government of Iraq', 'Syrian authorities', 'Syrian Democratic Forces (SDF)', 'US-led international coalition', 'Iraqi armed factions', 'Islamic State (IS)', 'Unidentified armed group', 'Popular Mobilization Forces (PMF)'];

/**
 * `n` incidents over three years, at towns the articles name (precision 1, ~80 %), in a town's
 * countryside (2, ~15 %) or in a wider area (3, ~5 %), each quoting a verbatim mention.
 */
export function makeIncidents(n: number, articles: readonly SynthArticle[], entries: readonly GazetteerEntry[], areas: readonly string[], seed: number): IncidentRecord[] {
	const r = rng(seed ^ 0x9e3779b9);
	const countryside = new Set(entries.filter((e) => e.id.endsWith('-countryside')).map((e) => e.id));
	const quotes = articles.flatMap((a) => a.spans.map((s) => ({ ...s, article: a.id, text: a.text.slice(s.start, s.end) })));
	const out: IncidentRecord[] = [];
	for (let i = 0; i < n; i++) {
		const q = pick(r, quotes);
		const roll = r();
		const cs = `${q.ref}-countryside`;
		const precision: 1 | 2 | 3 = roll < 0.05 && areas.length ? 3 : roll < 0.2 && countryside.has(cs) ? 2 : 1;
		const footprint = precision === 3 ? pick(r, areas) : precision === 2 ? cs : null;
		const [type, acled, sub] = pick(r, TYPES);
		const monthly = r() < 0.1;
		const day = dayOf(Math.floor(r() * 1095));
		out.push({
			id: `syn-${String(i).padStart(6, '0')}`,
			title_en: `${type} ${i}`,
			date: monthly ? day.slice(0, 7) : day,
			date_end: null,
			date_precision: monthly ? 'month' : 'day',
			date_note: null,
			type,
			acled_event_type: acled,
			acled_sub_event_type: sub,
			actors: [pick(r, ACTORS), ...(r() < 0.5 ? [pick(r, ACTORS)] : [])],
			place_ids: [q.ref],
			footprint,
			geo_precision: precision,
			location_note: 'synthetic (bench)',
			quantities: {},
			summary_en: 'Synthetic incident for the benchmark.',
			source: 'tests/bench (synthetic)',
			license: 'CC0',
			excerpts: [{ article: q.article, start: q.start, end: q.end, text: q.text }]
		});
	}
	return out;
}
