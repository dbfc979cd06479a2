/**
 * Filter values in words on the page, from the features it has loaded: an actor or an outlet by
 * its label (outlets in Arabic as Arabic texts name them), an article by "outlet · date ·
 * headline", a `near` target by its name in the page's language. The Article filter's options
 * and the PNG caption read the same names.
 */
import type { Feature } from 'geojson';
import { facetValues } from '$lib/explore/facets';
import { GAZETTEER_LAYERS } from '$lib/model/layers';
import type { ListKey } from '$lib/explore/query';
import { humanise } from './format';
import { articleName } from './articleLabels.svelte';
import { outletName, shownName } from './names';
import type { ValueName } from './filterText';

/** One option's words: `label` is the facet's own label (an actor's name, an outlet's English name). */
export function optionName(key: ListKey, id: string, label: string): string {
	if (key === 'type' || key === 'kind') return humanise(label);
	if (key === 'outlet') return outletName(label);
	if (key === 'article') return articleName(id) ?? label;
	return label;
}

/** A `ValueName` over the page's loaded layers: `features(layer)` as the explore state gives them. */
export function pageValueName(features: (layer: string) => readonly Feature[]): ValueName {
	return (key, id) => {
		if (key === 'near') {
			// A near target is any gazetteer feature (gazetteer ids are unique across its layers, so the order does not matter).
			for (const layer of GAZETTEER_LAYERS) {
				const f = features(layer).find((f) => f.properties?.id === id);
				if (f) return shownName(f.properties ?? {}) || undefined;
			}
			return undefined;
		}
		for (const layer of ['incidents', 'places', 'areas', 'lines']) {
			for (const f of features(layer)) {
				const hit = facetValues(f, key).find(([v]) => v === id);
				if (hit) return optionName(key, id, hit[1]);
			}
		}
		return key === 'article' ? articleName(id) : undefined;
	};
}
