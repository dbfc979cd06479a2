/**
 * What the one selector needs of the atlas: near targets (gazetteer entries with a geometry; places
 * outside the frontier have none) and the geometry tests. Apart from ./layerQuery.ts so that the data
 * build (./answers.ts, run by the tools under tsx) never loads the page's words and catalogue.
 */
import { geoTests } from '$lib/explore/geoTests';
import type { SelectContext } from '$lib/explore/select';
import type { Atlas } from '../atlas/build';

export function atlasContext(atlas: Atlas): SelectContext {
	return { target: (id) => atlas.places.get(id)?.geometry ?? null, geo: geoTests };
}
