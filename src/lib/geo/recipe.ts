/**
 * Geometry recipes: how a gazetteer entry's geometry is taken or derived from the reference data
 * in geodata/reference/. Recipes are data (reviewed in geodata/gazetteer.json), evaluated with turf.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type Recipe =
	| { ref: string; where?: Record<string, string | number> }
	| { op: 'merge'; of: Recipe[] }
	| { op: 'union'; of: Recipe[] }
	| { op: 'buffer'; of: Recipe; km: number }
	| { op: 'intersect'; a: Recipe; b: Recipe }
	| { op: 'clip-bbox'; of: Recipe; bbox: [number, number, number, number] }
	| { op: 'line-through'; of: Recipe[] };

export type References = Record<string, FeatureCollection>;

export class RecipeError extends Error {}

type Poly = Feature<Polygon | MultiPolygon>;

/** Evaluate a recipe to one geometry. Throws RecipeError with a readable message on bad recipes. */
export function evaluate(recipe: Recipe, refs: References): Geometry {
	if ('ref' in recipe) {
		const fc = refs[recipe.ref];
		if (!fc) throw new RecipeError(`unknown reference layer "${recipe.ref}"`);
		const where = recipe.where ?? {};
		const hits = fc.features.filter((f) =>
			Object.entries(where).every(([k, v]) => (f.properties as Record<string, unknown> | null)?.[k] === v)
		);
		if (hits.length === 0) throw new RecipeError(`no feature in "${recipe.ref}" matches ${JSON.stringify(where)}`);
		if (hits.length > 1) return combine(hits.map((f) => f.geometry));
		return hits[0].geometry;
	}
	switch (recipe.op) {
		case 'merge':
			return combine(recipe.of.map((r) => evaluate(r, refs)));
		case 'union': {
			const polys = recipe.of.map((r) => asPolygon(evaluate(r, refs), 'union'));
			const u = turf.union(turf.featureCollection(polys));
			if (!u) throw new RecipeError('union is empty');
			return u.geometry;
		}
		case 'buffer': {
			const b = turf.buffer(turf.feature(evaluate(recipe.of, refs)), recipe.km, { units: 'kilometers', steps: 16 });
			if (!b) throw new RecipeError('buffer is empty');
			return b.geometry;
		}
		case 'intersect': {
			const a = asPolygon(evaluate(recipe.a, refs), 'intersect');
			const b = asPolygon(evaluate(recipe.b, refs), 'intersect');
			const i = turf.intersect(turf.featureCollection([a, b]));
			if (!i) throw new RecipeError('intersection is empty');
			return i.geometry;
		}
		case 'clip-bbox': {
			const g = evaluate(recipe.of, refs);
			if (g.type !== 'Polygon' && g.type !== 'MultiPolygon' && g.type !== 'LineString' && g.type !== 'MultiLineString')
				throw new RecipeError(`clip-bbox needs a line or polygon, got ${g.type}`);
			return turf.bboxClip(turf.feature(g), recipe.bbox).geometry;
		}
		case 'line-through': {
			const coords: Position[] = recipe.of.map((r) => {
				const g = evaluate(r, refs);
				if (g.type !== 'Point') throw new RecipeError(`line-through needs points, got ${g.type}`);
				return g.coordinates;
			});
			if (coords.length < 2) throw new RecipeError('line-through needs at least two points');
			return { type: 'LineString', coordinates: coords };
		}
		default:
			throw new RecipeError(`unknown recipe ${JSON.stringify(recipe)}`);
	}
}

function asPolygon(g: Geometry, op: string): Poly {
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new RecipeError(`${op} needs polygons, got ${g.type}`);
	return turf.feature(g);
}

/** Several geometries of one family as one Multi* geometry. */
function combine(geoms: Geometry[]): Geometry {
	const lines: Position[][] = [];
	const polys: Position[][][] = [];
	const points: Position[] = [];
	for (const g of geoms) {
		if (g.type === 'LineString') lines.push(g.coordinates);
		else if (g.type === 'MultiLineString') lines.push(...g.coordinates);
		else if (g.type === 'Polygon') polys.push(g.coordinates);
		else if (g.type === 'MultiPolygon') polys.push(...g.coordinates);
		else if (g.type === 'Point') points.push(g.coordinates);
		else if (g.type === 'MultiPoint') points.push(...g.coordinates);
		else throw new RecipeError(`cannot merge ${g.type}`);
	}
	const families = [lines.length, polys.length, points.length].filter((n) => n > 0).length;
	if (families !== 1) throw new RecipeError('merge needs geometries of one kind');
	if (lines.length) return { type: 'MultiLineString', coordinates: lines };
	if (polys.length) return { type: 'MultiPolygon', coordinates: polys };
	return { type: 'MultiPoint', coordinates: points };
}
