/**
 * Turf-style fixture tests for src/lib/geo: every tests/fixtures/geo/in/*.geojson is run through
 * the code and compared with out/<same name>. `REGEN=1 npx vitest run tests/unit/geo-fixtures.spec.ts`
 * rewrites out/ (review the diff, e.g. in geojson.io, before committing). Beside the snapshot, each
 * kind of fixture asserts what must hold whatever the snapshot says.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { evaluate, RecipeError, type Recipe, type References } from '$lib/geo/recipe';
import { computeFacts } from '$lib/geo/facts';
import { rfc7946Problems, toRfc7946 } from '$lib/geo/rfc7946';

const DIR = 'tests/fixtures/geo';
const REGEN = process.env.REGEN === '1';
type Fixture = FeatureCollection & { test: 'recipe' | 'facts' | 'rfc7946'; recipe?: Recipe; note?: string };

/** Rounded to 6 decimals, so the snapshots do not depend on the last bits of floating point. */
const stable = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)));

function runRecipe(fx: Fixture): FeatureCollection {
	const refs: References = {};
	for (const f of fx.features) (refs[String(f.properties!.layer)] ??= { type: 'FeatureCollection', features: [] }).features.push(f);
	try {
		const g = toRfc7946(evaluate(fx.recipe!, refs));
		return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { result: 'ok', stroke: '#F00', fill: '#F00' }, geometry: g }] };
	} catch (e) {
		if (!(e instanceof RecipeError)) throw e;
		return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { result: 'error', error: e.message }, geometry: null as unknown as Geometry }] };
	}
}

function runFacts(fx: Fixture): FeatureCollection {
	const role = (r: string) => fx.features.filter((f) => f.properties!.role === r);
	const src = { border: role('border')[0] as Feature<LineString>, countries: turf.featureCollection(role('country')), governorates: turf.featureCollection(role('governorate')) } as const;
	return turf.featureCollection(role('subject').map((f) => ({ ...f, properties: { ...f.properties, ...computeFacts(f.geometry, src as never) } })));
}

function runRfc(fx: Fixture): FeatureCollection {
	return turf.featureCollection(
		fx.features.map((f) => {
			let fixed: string[] | string;
			try {
				fixed = rfc7946Problems(toRfc7946(f.geometry));
			} catch (e) {
				fixed = `toRfc7946 throws: ${(e as Error).message}`;
			}
			return { ...f, properties: { ...f.properties, problems: rfc7946Problems(f.geometry), problems_after_toRfc7946: fixed } };
		})
	);
}

const files = readdirSync(join(DIR, 'in')).filter((f) => f.endsWith('.geojson')).sort();

describe('geo fixtures (tests/fixtures/geo)', () => {
	for (const file of files) {
		it(file, () => {
			const fx = JSON.parse(readFileSync(join(DIR, 'in', file), 'utf8')) as Fixture;
			const out = stable(fx.test === 'recipe' ? runRecipe(fx) : fx.test === 'facts' ? runFacts(fx) : runRfc(fx)) as FeatureCollection;
			const outPath = join(DIR, 'out', file);
			if (REGEN) writeFileSync(outPath, JSON.stringify(out, null, 1) + '\n');
			expect(out).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));

			// What must hold whatever the snapshot says.
			if (fx.test === 'recipe') {
				const r = out.features[0].properties!;
				expect(r.result, fx.note).toBe(file.includes('-error-') ? 'error' : 'ok');
				if (r.result === 'ok') expect(rfc7946Problems(out.features[0].geometry)).toEqual([]);
			}
			if (fx.test === 'rfc7946')
				for (const f of out.features) {
					const p = f.properties!;
					if (p.expect) expect(p.problems.join('; '), p.expect).toContain(p.expect);
					else expect(p.problems).toEqual([]);
				}
		});
	}
});

describe('facts at the edges', () => {
	const fx = JSON.parse(readFileSync(join(DIR, 'in', 'facts-edges.geojson'), 'utf8')) as Fixture;
	const got = runFacts(fx).features.map((f) => f.properties!);
	const byCase = (s: string) => got.find((p) => String(p.case).startsWith(s))!;
	it('on the border: distance 0 and both countries', () => {
		expect(byCase('point on the border')).toMatchObject({ border_distance_km: 0, country: 'A-land; B-land' });
	});
	it('near the border: the geodesic distance of 0.1° of longitude at 34°N', () => {
		const km = turf.distance([39.9, 34], [40, 34], { units: 'kilometers' });
		expect(byCase('point 0.1°').border_distance_km).toBeCloseTo(km, 0);
		expect(byCase('point 0.1°').country).toBe('A-land');
	});
	it('across the border: both countries, and the length of the line', () => {
		const p = byCase('line across');
		expect(p.country).toBe('A-land; B-land');
		expect(p.border_distance_km).toBe(0);
		expect(p.length_km).toBeCloseTo(turf.length(turf.lineString([[39.5, 34.5], [40.5, 34.5]])), 0);
	});
	it('inside a hole: in the enclave, not in the country around it', () => {
		expect(byCase('point inside')).toMatchObject({ country: 'Enclave', governorate: null });
	});
	it('touching the border only at an end or an edge does not put a feature in the neighbour', () => {
		expect(byCase('line that starts')).toMatchObject({ country: 'B-land', border_distance_km: 0 });
		expect(byCase('polygon touching')).toMatchObject({ country: 'B-land', border_distance_km: 0 });
		expect(byCase('polygon inside')).toMatchObject({ country: 'B-land', governorate: 'B-south' });
		expect(byCase('polygon inside').area_km2).toBeGreaterThan(0);
	});
});
