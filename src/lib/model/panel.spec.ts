import { afterAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { loadRaw } from '$lib/atlas/load';
import { buildAtlas } from '$lib/atlas/build';
import { incidentBody, placeBody } from '$lib/server/featureApi';
import { IncidentWireSchema, PlaceWireSchema, SOURCE_KEYS } from './panel';
import { ExcerptSchema } from './feature';
import { fixtureDataDir, removeDir } from '../../../tests/unit/fixture-corpus';

const dir = fixtureDataDir();
afterAll(() => removeDir(dir));
const atlas = buildAtlas(loadRaw(dir));

/** The problems of `value` against `schema`, as `path: message` lines (none when it fits). */
const problems = (schema: v.GenericSchema, value: unknown) =>
	v.safeParse(schema, JSON.parse(JSON.stringify(value))).issues?.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`) ?? [];

describe('panel bodies against their schemas', () => {
	it('every place body the server sends is what the schema says the page reads', () => {
		expect.hasAssertions();
		expect(atlas.places.size).toBeGreaterThan(0);
		for (const p of atlas.places.values()) expect(problems(PlaceWireSchema, placeBody(atlas, p)), p.id).toEqual([]);
	});

	it('every incident body too', () => {
		expect.hasAssertions();
		expect(atlas.incidents.size).toBeGreaterThan(0);
		for (const i of atlas.incidents.values()) expect(problems(IncidentWireSchema, incidentBody(atlas, i)), i.id).toEqual([]);
	});

	it('the atlas keeps every excerpt with its source line, and the bodies send none of it', () => {
		expect.hasAssertions();
		for (const p of atlas.places.values()) {
			for (const e of p.properties.excerpts) expect(problems(ExcerptSchema, e), p.id).toEqual([]);
			for (const e of placeBody(atlas, p).excerpts) for (const k of SOURCE_KEYS) expect(e, p.id).not.toHaveProperty(k);
		}
	});

	it('refuses a body that lost what the panel reads', () => {
		const place = [...atlas.places.values()].find((p) => p.properties.excerpts.length > 0)!;
		const body = JSON.parse(JSON.stringify(placeBody(atlas, place)));
		expect(problems(PlaceWireSchema, body)).toEqual([]);
		expect(problems(PlaceWireSchema, { ...body, excerpts: [{ ...body.excerpts[0], start: '3' }] })).not.toEqual([]);
		expect(problems(PlaceWireSchema, { ...body, place: { ...body.place, properties: { ...body.place.properties, scope: 'elsewhere' } } })).not.toEqual([]);
		expect(problems(IncidentWireSchema, body)).not.toEqual([]);
	});
});
