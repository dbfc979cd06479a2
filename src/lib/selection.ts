import type { IncidentResponse, PlaceResponse } from './types';
import type { PickKind } from './map/layers/registry';

export interface Selection {
	kind: PickKind;
	id: string;
}

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,159}$/u;

/**
 * The selection a URL names: `?place=albu-kamal` or `?incident=2025-10-22-joint-drug-seizure`.
 * @example selectionFromUrl(new URL('http://x/?place=anbar')) // { kind: 'place', id: 'anbar' }
 */
export function selectionFromUrl(url: URL): Selection | null {
	for (const kind of ['place', 'incident'] as const) {
		const id = url.searchParams.get(kind);
		if (id && ID.test(id)) return { kind, id };
	}
	return null;
}

/**
 * `url` with its selection replaced by `sel` (or removed), keeping every other parameter and the
 * hash (MapLibre's `#zoom/lat/lng` view), as a path relative to the origin.
 */
export function selectionHref(sel: Selection | null, url: { pathname: string; search: string; hash: string }): string {
	const params = new URLSearchParams(url.search);
	params.delete('place');
	params.delete('incident');
	if (sel) params.set(sel.kind, sel.id);
	const q = params.toString();
	return `${url.pathname}${q ? `?${q}` : ''}${url.hash}`;
}

/**
 * The query string of `params` without the selection, for what reads the rest of the query:
 * choosing a place is then not a new query. A repeated selection parameter stays (it is an error
 * the query reports).
 * @example withoutSelection(new URLSearchParams('from=2025-01&place=anbar')) // 'from=2025-01'
 */
export function withoutSelection(params: URLSearchParams): string {
	const rest = new URLSearchParams(params);
	for (const kind of ['place', 'incident']) if (rest.getAll(kind).length < 2) rest.delete(kind);
	return rest.toString();
}

/** The API path holding a selection's panel data. */
export function selectionApi(sel: Selection): string {
	return `/api/${sel.kind === 'place' ? 'places' : 'incidents'}/${encodeURIComponent(sel.id)}`;
}

/** What the side panel shows: the API's answer for the selection. */
export type PanelData = { kind: 'place'; data: PlaceResponse } | { kind: 'incident'; data: IncidentResponse };

/** A selection the API could not answer (unknown id, or the API is down). */
export interface PanelError {
	selection: Selection;
	status: number;
	message: string;
}
