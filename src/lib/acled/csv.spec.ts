import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { importAcledCsv, looksLikeAcled } from './csv';
import { ACLED_ATTRIBUTION, ACLED_LICENSE, acledFeature } from './feature';

// The server's fixture and its expected outcome (tests/unit/db/db-acled.spec.ts reads the same):
// the browser import must keep the same rows and name the same bad lines.
const SMALL = readFileSync('tests/fixtures/acled/small.csv');
const EXPECTED: { imported: string[]; bad: Record<string, string> } = JSON.parse(readFileSync('tests/fixtures/acled/small.expected.json', 'utf8'));
const HEADER = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,admin1,admin2,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities';
const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n'));
const good = (id: string, extra = '') => `${id},2025-03-01,1,Battles,Armed clash,Actor A,Actor B,Nineveh,Sinjar,Sinjar,36.32,41.87,1,Rudaw; SANA,National,${extra || 'notes'},2`;

describe('the browser ACLED import', () => {
	it('keeps the rows and names the bad lines the server import does, with ACLED attribution', () => {
		expect.hasAssertions();
		const r = importAcledCsv(SMALL);
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		expect(r.collection.features.map((f) => f.id)).toEqual(EXPECTED.imported);
		expect(r.warnings.map((w) => w.where)).toEqual(Object.keys(EXPECTED.bad).map((l) => `line ${l}`));
		for (const w of r.warnings) expect(w.message).toContain(EXPECTED.bad[w.where.slice(5)]);
		for (const f of r.collection.features) {
			expect(f.properties!.source).toBe(ACLED_ATTRIBUTION);
			expect(f.properties!.license).toBe(ACLED_LICENSE);
		}
	});

	it('maps each row with the server mapping: the same feature for the same record', () => {
		const r = importAcledCsv(csv(good('IRQ1'), 'IRQ2,15 January 2024,2,Explosions/Remote violence,Air/drone strike,X,,A,B,Hajin,34.69,40.83,3,,Regional,,'));
		if (!r.ok) throw new Error('refused');
		const [a, b] = r.collection.features;
		const record = Object.fromEntries(HEADER.split(',').map((k, i) => [k, good('IRQ1').split(',')[i]]));
		expect(a).toEqual(acledFeature(record) as Feature);
		expect(a.properties).toMatchObject({ date_from: '2025-03-01', date_to: '2025-03-01', actors: ['Actor A', 'Actor B'], sources: ['Rudaw', 'SANA'], source_count: 2, fatalities: 2, type: 'battles' });
		// time_precision 2: the seven days around the date; geo_precision 3: the region's centroid, said so.
		expect(b.properties).toMatchObject({ date_from: '2024-01-12', date_to: '2024-01-18', date_precision: 'approximate', geo_precision: 3, fatalities: null });
		expect(b.properties!.point_is).toMatch(/centroid/);
		// Never drawn as a point in the user's layer: no geometry, the centroid kept as a property.
		expect(b.geometry).toBeNull();
		expect(b.properties!.acled_centroid).toEqual([40.83, 34.69]);
	});

	it('hostile rows are skipped and named by the line they end on; the rest imported whole', () => {
		const r = importAcledCsv(
			csv(
				good('OK1'),
				good('NUL1', 'a\u0000b'),
				good('BIG1', 'x'.repeat(20_001)),
				good('OK1'),
				'OK2,2025-02-29,1,Battles,,A,,,,,36,41,1,,,,',
				good('Q1', '"notes over\ntwo lines"'),
				'OK3,2025-03-01,1,Battles,,A,,,,,36,41,1,,,"unterminated quote,',
				good('OK4')
			)
		);
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		expect(r.collection.features.map((f) => f.id)).toEqual(['OK1', 'Q1']);
		const by = Object.fromEntries(r.warnings.map((w) => [w.where, w.message]));
		expect(by['line 3']).toMatch(/NUL/);
		expect(by['line 4']).toMatch(/longer than/);
		expect(by['line 5']).toMatch(/repeats an earlier row/);
		expect(by['line 6']).toMatch(/event_date/);
		// The quoted notes span lines 7–8: the row after it starts on line 9, and the broken quote swallows the rest.
		expect(Object.keys(by).some((w) => Number(w.slice(5)) >= 9)).toBe(true);
		expect(r.collection.features[1].properties!.notes).toBe('notes over\ntwo lines');
	});

	it('refuses, changing nothing, a file that is not an ACLED export or has no good row', () => {
		const refused = (bytes: Uint8Array) => {
			const r = importAcledCsv(bytes);
			expect(r.ok).toBe(false);
			return r.ok ? [] : r.errors;
		};
		expect(refused(new TextEncoder().encode('name,lat,lon\nA,1,2'))[0]).toMatchObject({ code: 'not-acled', where: 'line 1' });
		const other = refused(new TextEncoder().encode('name,lat,lon\nA,1,2'));
		expect(other[0].message).toMatch(/event_id_cnty/);
		// Another table is told how to make GeoJSON of it, as the GeoJSON import tells a CSV.
		expect(other.map((e) => e.message).join(' ')).toMatch(/ogr2ogr/);
		expect(refused(new Uint8Array())[0].code).toBe('empty');
		expect(refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))[0].code).toBe('zip');
		expect(refused(new Uint8Array([...new TextEncoder().encode(`${HEADER}\n`), 0xff, 0xfe, 0x41]))[0].code).toBe('not-utf8');
		expect(refused(csv('BAD,2025-13-01,1,Battles,,A,,,,,36,41,1,,,,'))[0]).toMatchObject({ where: 'line 2' });
		expect(refused(csv())[0].code).toBe('no-rows');
		expect(importAcledCsv(csv(good('A'), good('B'), good('C')), { maxFeatures: 2 })).toMatchObject({ ok: false, errors: [{ code: 'too-many' }] });
	});

	it('a byte-order mark and upper-case header names are read as ACLED writes them', () => {
		const bytes = new TextEncoder().encode(`\uFEFF${HEADER.toUpperCase()}\n${good('IRQ9')}`);
		expect(looksLikeAcled('export.txt', bytes)).toBe(true);
		expect(looksLikeAcled('places.geojson', new TextEncoder().encode('{"type":"FeatureCollection"}'))).toBe(false);
		const r = importAcledCsv(bytes);
		expect(r.ok && r.collection.features[0].id).toBe('IRQ9');
	});
});
