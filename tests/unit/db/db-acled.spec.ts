/**
 * `npm run db:import -- --acled`: a small ACLED-shaped export with hostile rows (an unquoted quote,
 * an impossible date, a latitude off the globe, an unknown precision, a repeated id, an id with a
 * space, an empty type, an empty longitude; a formula and Arabic in the notes, kept verbatim;
 * notes over two lines), each bad row named by its line; the good rows served as layer `acled` through the same
 * API and tiles; a killed import leaving the previous layer serving; --strict refusing all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import pg from 'pg';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { acledDay, acledFeature } from '$lib/acled/feature';
import { closePool } from '$lib/server/db/pool';
import { GET as layerGet } from '../../../src/routes/api/layers/[id]/+server';
import { GET as tileGet } from '../../../src/routes/tiles/[layer]/[z]/[x]/[y].pbf/+server';
import { runAsync } from '../fixture-corpus';
import { requireDb, TEST_DB_URL, withDatabase } from './db';

const CSV = 'tests/fixtures/acled/small.csv';
const expected = JSON.parse(readFileSync('tests/fixtures/acled/small.expected.json', 'utf8')) as { imported: string[]; bad: Record<string, string> };
const env = { DATABASE_URL: TEST_DB_URL };
let first: { status: number; stdout: string; stderr: string };

beforeAll(async () => {
	await requireDb();
	first = await runAsync('tools/db-import.ts', ['--acled', CSV], env);
}, 60_000);
afterAll(() => closePool());

const api = (path: string) =>
	withDatabase(TEST_DB_URL, async () => {
		const url = new URL(path, 'http://localhost');
		const res = await layerGet({ params: { id: 'acled' }, url, request: new Request(url) } as never);
		return { res, text: await res.text() };
	});

describe('ACLED import', () => {
	it('imports the good rows and names each bad one by its line', async () => {
		expect(first.status, first.stderr).toBe(0);
		const bad = [...first.stdout.matchAll(/^ {2}line (\d+): (.*)$/gm)].map((m) => [m[1], m[2]]);
		expect(Object.fromEntries(bad.map(([l]) => [l, true]))).toEqual(Object.fromEntries(Object.keys(expected.bad).map((l) => [l, true])));
		for (const [line, reason] of bad) expect(reason, `line ${line}`).toContain(expected.bad[line]);
		expect(first.stdout).toMatch(new RegExp(`${expected.imported.length} ACLED events imported.*${bad.length} bad rows`));
		const { res, text } = await api('/api/layers/acled');
		expect(res.status).toBe(200);
		const fc = JSON.parse(text);
		expect(fc.features.map((f: { id: string }) => f.id).sort()).toEqual([...expected.imported].sort());
	});

	it('maps precision as documented, keeps the notes verbatim and carries the attribution', async () => {
		expect.hasAssertions();
		const rows = Papa.parse<Record<string, string>>(readFileSync(CSV, 'utf8'), { header: true, skipEmptyLines: true }).data;
		const fc = JSON.parse((await api('/api/layers/acled')).text);
		for (const f of fc.features) {
			const row = rows.find((r) => r.event_id_cnty === f.id)!;
			const day = acledDay(row.event_date)!;
			const p = f.properties;
			expect(p.notes).toBe(row.notes);
			expect(p.geo_precision).toBe(Number(row.geo_precision));
			expect(p.source).toMatch(/ACLED/);
			expect(p.date_from <= day && day <= p.date_to).toBe(true);
			const span = (Date.parse(p.date_to) - Date.parse(p.date_from)) / 86_400_000;
			if (row.time_precision === '1') expect(span).toBe(0);
			if (row.time_precision === '2') expect(span).toBe(6);
			if (row.time_precision === '3') expect(p.date_from.slice(0, 7)).toBe(day.slice(0, 7));
			expect(f).toEqual(acledFeature(row));
		}
	});

	it('is filtered by the same query codec and exported as CSV with its attribution', async () => {
		const battles = JSON.parse((await api('/api/layers/acled?type=battles')).text);
		expect(battles.metadata.count).toBe(battles.features.length);
		expect(battles.features.every((f: { properties: { acled_event_type: string } }) => f.properties.acled_event_type === 'Battles')).toBe(true);
		const csv = Papa.parse<Record<string, string>>((await api('/api/layers/acled?format=csv')).text, { header: true, skipEmptyLines: true }).data;
		expect(csv.map((r) => r.id).sort()).toEqual([...expected.imported].sort());
		for (const r of csv) expect(r.source).toMatch(/ACLED/);
	});

	it('draws region-only events (geo_precision 3) never as points (ACLED gives no region polygon: not in tiles at all)', async () => {
		const url = new URL('http://localhost/tiles/acled/9/0/0.pbf');
		// The z9 tile of the region-only row's coordinates (42.0, 33.3).
		const [x, y] = [Math.floor(((42 + 180) / 360) * 512), Math.floor(((1 - Math.log(Math.tan((33.3 * Math.PI) / 180) + 1 / Math.cos((33.3 * Math.PI) / 180)) / Math.PI) / 2) * 512)];
		const res = await withDatabase(TEST_DB_URL, async () => tileGet({ params: { layer: 'acled', z: '9', x: String(x), y: String(y) }, url, request: new Request(url) } as never));
		expect(res.status).toBe(200);
		const t = new VectorTile(new PbfReader(new Uint8Array(await res.arrayBuffer())));
		const ids = Object.values(t.layers).flatMap((l) => Array.from({ length: l.length }, (_, i) => l.feature(i)));
		expect(ids.map((f) => f.properties.id)).not.toContain('FXIRQ2');
	});

	it('a killed import leaves the previous layer serving; --strict refuses the whole file', async () => {
		const c = new pg.Client({ connectionString: TEST_DB_URL });
		await c.connect();
		try {
			const before = (await c.query(`SELECT value FROM acled.meta WHERE key = 'loaded_at'`)).rows[0].value;
			const killed = await runAsync('tools/db-import.ts', ['--acled', CSV], { ...env, ATLAS_DB_IMPORT_DIE_AT_RECORD: '3' });
			expect(killed.status).not.toBe(0);
			const strict = await runAsync('tools/db-import.ts', ['--acled', CSV, '--strict'], env);
			expect(strict.status).toBe(1);
			expect(strict.stderr).toMatch(/nothing was imported.*line 4/);
			expect((await c.query(`SELECT value FROM acled.meta WHERE key = 'loaded_at'`)).rows[0].value).toBe(before);
			expect((await c.query(`SELECT count(*)::int AS n FROM acled.features`)).rows[0].n).toBe(expected.imported.length);
		} finally {
			await c.end();
		}
	}, 60_000);
});
