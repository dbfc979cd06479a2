/**
 * The lookup on the committed towns file (geodata/lookup/towns.json) with invented drawn layers and
 * governorates: spellings in both scripts find the town, its governorate is the polygon holding it,
 * the nearest drawn places are sorted by turf distance, and the atlas summary counts articles once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { SAME_TOWN_KM, lookup, townIndex } from './answer';
import { readTownsFile, townRow } from './towns';

const towns = readTownsFile(JSON.parse(readFileSync('geodata/lookup/towns.json', 'utf8')));
const index = townIndex(towns);
const town = (name: string) => towns.find((t) => t.name === name)!;

// Two invented "governorates" as boxes around Mosul and Tadmur, and three drawn features.
const box = (id: string, lon: number, lat: number) => turf.bboxPolygon([lon - 1, lat - 1, lon + 1, lat + 1], { properties: { id, name_en: id.toUpperCase(), name_ar: 'محافظة' } });
const governorates: FeatureCollection = { type: 'FeatureCollection', features: [box('north', 43.1, 36.3), box('desert', 38.3, 34.6)] };
const drawn: FeatureCollection[] = [
	{
		type: 'FeatureCollection',
		features: [
			turf.point([43.5, 36.3], { id: 'near', name_en: 'Near', articles: ['a', 'b'] }),
			turf.point([44.4, 35.5], { id: 'far', name_en: 'Far', articles: ['b'] }),
			turf.lineString(
				[
					[38, 30],
					[38, 40]
				],
				{ id: 'line', name_en: 'Line', articles: ['c'] }
			)
		]
	}
];
const ask = (q: string) => lookup(index, q, { drawn, governorates }, 'GeoNames');

describe('lookup', () => {
	it('has the towns of both countries', () => {
		expect(towns.length).toBeGreaterThan(100);
		expect(new Set(towns.map((t) => t.country))).toEqual(new Set(['IQ', 'SY']));
	});
	it.each([
		['Mosul', 'Mosul'],
		['الموصل', 'Mosul'],
		['Mossoul', 'Mosul'],
		['Palmyra', 'Tadmur'],
		['تدمر', 'Tadmur'],
		['Tadmor', 'Tadmur'],
		['Hasakah', 'Al Ḩasakah'],
		['الحسكة', 'Al Ḩasakah'],
		['Raqqa', 'Ar Raqqah'],
		['الرقة', 'Ar Raqqah']
	])('%s → %s', (q, name) => {
		expect(town(name), name).toBeDefined();
		expect(ask(q).towns[0]?.name, q).toBe(name);
	});
	it('answers in Arabic with the spelling asked for, if the town has it («كوباني», not «عرب بينار»)', () => {
		expect(ask('كوباني').towns[0]?.name).toBe('‘Ayn al ‘Arab');
		expect(ask('كوباني').towns[0]?.name_ar).toBe('كوباني');
		expect(ask('عين العرب').towns[0]?.name_ar).toBe('عين العرب');
		// Near miss: asked in Latin script, the town's first Arabic name.
		expect(ask('Kobani').towns[0]?.name_ar).toBe(town('‘Ayn al ‘Arab').arabic[0]);
	});
	it('names the governorate holding the town, with bounds, and the nearest drawn features in order', () => {
		const a = ask('Mosul');
		expect(a.towns[0].governorate).toMatchObject({ id: 'north', name_en: 'NORTH' });
		expect(a.towns[0].governorate!.bbox).toEqual(turf.bbox(governorates.features[0]));
		expect(a.towns[0].nearest.map((n) => n.id)).toEqual(['near', 'far', 'line']);
		const km = turf.distance([town('Mosul').lon, town('Mosul').lat], [43.5, 36.3]);
		expect(a.towns[0].nearest[0].km).toBeCloseTo(km, 0);
		expect(ask('Palmyra').towns[0].nearest[0].id).toBe('line');
		expect(ask('Palmyra').towns[0].governorate?.id).toBe('desert');
		expect(ask('Raqqa').towns[0].governorate).toBeNull();
	});
	it('names the drawn point that is the town (within SAME_TOWN_KM), never an area or line over it', () => {
		const t = town('Tadmur');
		const at = (dLon: number) => turf.point([t.lon + dLon, t.lat], { id: 'palmyra', name_en: 'Palmyra' });
		const over = turf.bboxPolygon([t.lon - 1, t.lat - 1, t.lon + 1, t.lat + 1], { properties: { id: 'desert', name_en: 'Desert' } });
		const withDrawn = (fs: FeatureCollection['features']) => lookup(index, 'Palmyra', { drawn: [{ type: 'FeatureCollection', features: fs }], governorates }).towns[0];
		// 0.01° of longitude at 34.5° N is about 0.9 km; 0.05° about 4.6 km.
		expect(withDrawn([over, at(0.01)]).drawn).toMatchObject({ id: 'palmyra' });
		expect(withDrawn([over, at(0.01)]).drawn!.km).toBeLessThanOrEqual(SAME_TOWN_KM);
		expect(withDrawn([over, at(0.05)]).drawn).toBeNull();
		expect(withDrawn([over]).drawn).toBeNull();
		expect(withDrawn([over, at(0.05)]).nearest.map((n) => n.id)).toEqual(['desert', 'palmyra']);
	});
	it('says what the atlas holds, articles counted once', () => {
		expect(ask('Mosul').atlas).toEqual({ places: 3, articles: 3 });
	});
	it('names no town for nonsense or for a fragment of one', () => {
		expect(ask('xqzvw').towns).toEqual([]);
		expect(ask('Mo').towns).toEqual([]);
	});
	it('keeps only populated places, and names people type', () => {
		const base = { geonameId: 1, name: 'Ḩamām', latitude: 36, longitude: 40, countryCode: 'SY', population: 0 };
		expect(townRow({ ...base, featureClass: 'T', featureCode: 'MT' })).toBeNull();
		const row = townRow({ ...base, featureClass: 'P', featureCode: 'PPL', asciiName: 'Hamam', alternateNames: ['حمام', 'Χαμάμ', 'OSM', 'Hammam'] })!;
		expect(row[2]).toEqual(['Hamam', 'Hammam']);
		expect(row[3]).toEqual(['حمام']);
	});
});
