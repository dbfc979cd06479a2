/** The page URL with the explore query replaced, everything else (selection, `q`, `lang`, the map's hash) kept. */
import { QUERY_KEYS, serialiseQuery, type PageQuery } from './query';
import { DEFAULT_LAYERS } from '$lib/model/layers';

export function queryHref(q: PageQuery, url: { pathname: string; search: string; hash: string }): string {
	const params = new URLSearchParams(url.search);
	for (const k of QUERY_KEYS) params.delete(k);
	for (const [k, v] of serialiseQuery(q)) params.set(k, v);
	const s = params.toString();
	return `${url.pathname}${s ? `?${s}` : ''}${url.hash}`;
}

export { DEFAULT_LAYERS };

/** Which layers are shown: the URL's `layers` list, or the defaults. Layers it does not name are hidden. */
export function visibleLayers(q: PageQuery, defaults = DEFAULT_LAYERS): Record<string, boolean> {
	if (!q.layers) return { ...defaults };
	const on = new Set(q.layers);
	const out: Record<string, boolean> = {};
	for (const k of new Set([...Object.keys(defaults), ...on])) out[k] = on.has(k);
	return out;
}

/** The `layers` value for a visibility: undefined when it is the default. */
export function layersParam(visible: Record<string, boolean>, defaults = DEFAULT_LAYERS): string[] | undefined {
	const keys = new Set([...Object.keys(defaults), ...Object.keys(visible)]);
	const same = [...keys].every((k) => (visible[k] ?? false) === (defaults[k] ?? false));
	return same ? undefined : [...keys].filter((k) => visible[k]).sort();
}
