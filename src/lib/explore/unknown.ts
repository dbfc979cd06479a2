/**
 * Link parameters that name something the atlas does not have (`near=mosul:25`, `type=no-such`,
 * `place=nowhere`): each gets a notice naming it and is ignored, and the rest of the link still
 * applies — never an empty map with nothing said. The one place the page checks names; the API
 * answers 400 for the same (src/lib/server/layerQuery.ts).
 */
import type { Feature } from 'geojson';
import { LIST_KEYS, QueryError, type ListKey, type PageQuery } from './query';
import { DEFAULT_LAYERS } from './url';
import { facetValues } from './facets';

export type NameKind = ListKey | 'near' | 'layers' | 'place' | 'incident';

/** What the atlas has, by parameter. */
export type Known = Record<NameKind, ReadonlySet<string>>;

/**
 * Every name the loaded layers hold, by the parameter that may name it: the filters' own facet ids
 * (./facets: types, actors, outlets, articles, kinds), gazetteer ids (near targets and places),
 * incident ids, and the layers the page draws.
 */
export function knownNames(layers: Record<string, Feature[]>, userLayers: Iterable<string> = []): Known {
	const k: Record<NameKind, Set<string>> = { type: new Set(), actor: new Set(), article: new Set(), outlet: new Set(), kind: new Set(), near: new Set(), layers: new Set([...Object.keys(DEFAULT_LAYERS), ...userLayers]), place: new Set(), incident: new Set() };
	for (const [layer, features] of Object.entries(layers))
		for (const f of features) {
			const id = String(f.properties?.id ?? f.id);
			for (const key of LIST_KEYS) for (const [v] of facetValues(f, key)) k[key].add(v);
			if (layer === 'incidents') k.incident.add(id);
			else {
				k.place.add(id);
				k.near.add(id);
			}
		}
	return k;
}

const WHAT: Record<NameKind, string> = {
	type: 'an incident type',
	actor: 'an actor',
	article: 'an article',
	outlet: 'an outlet',
	kind: 'a place kind',
	near: 'a place, line or area',
	layers: 'a layer',
	place: 'a place',
	incident: 'an incident'
};

function notice(param: NameKind, names: string[]): QueryError {
	const list = names.map((n) => `“${n.length > 60 ? `${n.slice(0, 60)}…` : n}”`).join(', ');
	return new QueryError(`unknown_${param}`, param, `${list}: the atlas has no such ${WHAT[param].replace(/^an? /, '')}; ignored${param === 'near' || param === 'place' || param === 'incident' ? '' : ', the rest of the list applies'}.`);
}

/**
 * The query without the names the atlas lacks, and a notice for each parameter that had some.
 * @example dropUnknown({ near: { target: 'mosul', km: 25 } }, known).query // {}
 */
export function dropUnknown(q: PageQuery, known: Known): { query: PageQuery; errors: QueryError[] } {
	const query: PageQuery = { ...q };
	const errors: QueryError[] = [];
	for (const key of [...LIST_KEYS, 'layers'] as const) {
		const list = query[key];
		if (!list) continue;
		const missing = list.filter((v) => !known[key].has(v));
		if (!missing.length) continue;
		errors.push(notice(key, missing));
		const rest = list.filter((v) => known[key].has(v));
		// Nothing known left: the parameter is ignored as a whole (all layers hidden, or nothing kept, would be silence again).
		if (rest.length) query[key] = rest;
		else delete query[key];
	}
	if (query.near && !known.near.has(query.near.target)) {
		errors.push(notice('near', [query.near.target]));
		delete query.near;
	}
	return { query, errors };
}

/** A notice for a selection (`place`, `incident`) the atlas does not have; the panel says "not found" too. */
export function unknownSelection(params: URLSearchParams, known: Known): QueryError[] {
	const errors: QueryError[] = [];
	for (const kind of ['place', 'incident'] as const) {
		const id = params.getAll(kind);
		if (id.length === 1 && id[0] && !known[kind].has(id[0])) errors.push(notice(kind, [id[0]]));
	}
	return errors;
}
