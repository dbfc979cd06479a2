/**
 * The rows of the result list (./ResultList.svelte): what each feature's row is sorted by, made
 * once per feature, and the words under its name, made only for the rows drawn (at 100,000
 * incidents, formatting every date would be seconds).
 */
import type { Feature } from 'geojson';
import type { Selection } from '$lib/selection';
import { facetValues } from '$lib/explore/facets';
import type { ListSort } from '$lib/explore/listing';
import { getLocale, m } from '$lib/i18n';
import { formatDate, formatKm, humanise } from './format';
import { outletName, shownName } from './names';

export interface Row {
	key: string;
	sel: Selection;
	name: string;
	date: string;
	kind: string;
	layer: string;
	f: Feature;
}

/** What a drawn row says (./ResultRow.svelte), from the files' rows and from the database's pages alike. */
export interface RowView {
	key: string;
	sel: Selection;
	name: string;
	/** Whether the name is the Arabic one. */
	arabic: boolean;
	detail: string;
	who: string;
	sources: number | null;
}
export type RowDetail = Pick<RowView, 'detail' | 'who' | 'sources'>;

/** The list's orders: the files' list and the database's (`/api/layers/{id}/list?sort=`) have the same three. */
export type SortKey = ListSort;

/** What a feature's row is sorted and selected by; in Arabic (`ar`) it leads with the Arabic name or title, where the data have one. */
export function row(layer: string, f: Feature, ar: boolean): Row {
	const p = f.properties ?? {};
	const id = String(p.id ?? f.id);
	const incident = layer === 'incidents';
	return {
		key: `${incident ? 'incident' : 'place'}:${id}`,
		sel: { kind: incident ? 'incident' : 'place', id },
		name: (incident ? shownName({ name_en: p.title_en, name_ar: p.title_ar }, ar) : shownName(p, ar)) || id,
		date: incident ? String(p.date_from ?? '') : '',
		kind: String((incident ? p.type : p.kind) ?? ''),
		layer,
		f
	};
}

/** A files' row as it is drawn. */
export function view(r: Row, ar: boolean): RowView {
	const p = r.f.properties ?? {};
	return { key: r.key, sel: r.sel, name: r.name, arabic: ar && (r.sel.kind !== 'incident' || !!p.title_ar), ...detail(r) };
}

/** The words under a row's name: date and type, or kind and distance from the border; the outlets; how many sources. */
export function detail(r: Row): RowDetail {
	const p = r.f.properties ?? {};
	if (r.layer === 'incidents')
		return {
			detail: `${formatDate(p.date, p.date_precision)} · ${humanise(p.type)}`,
			sources: typeof p.source_count === 'number' ? p.source_count : null,
			who: reportedBy(facetValues(r.f, 'outlet').map(([, label]) => label))
		};
	return {
		detail: `${humanise(p.kind)}${typeof p.border_distance_km === 'number' ? ` · ${m.list_from_border({ km: formatKm(p.border_distance_km) })}` : ''}`,
		who: '',
		sources: null
	};
}

/** Who reported an incident, as a row names them (the files' rows and the database's, $lib/explore/listing `outlets`). */
export function reportedBy(outlets: string[]): string {
	return outlets.map((o) => outletName(o)).join(getLocale() === 'ar' ? '؛ ' : '; ');
}

/** The order of the rows under `sort`: newest first (ISO days sort as plain strings), or by kind; then by name in the language's collation. */
export function rowOrder(sort: SortKey, collator: Intl.Collator): (a: Row, b: Row) => number {
	const newer = (a: Row, b: Row) => (a.date === b.date ? 0 : (b.date || '0') < (a.date || '0') ? -1 : 1);
	if (sort === 'date') return (a, b) => newer(a, b) || collator.compare(a.name, b.name);
	if (sort === 'kind') return (a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || collator.compare(a.name, b.name);
	return (a, b) => collator.compare(a.name, b.name);
}
