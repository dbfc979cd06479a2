/**
 * The database backend when things go wrong: a database that is down when the server starts, one
 * that goes away while serving (a TCP proxy in front of PostgreSQL, closed under the server), and a
 * load killed half-way (`npm run db:load` SIGKILLed after writing its features, before COMMIT):
 * clean 503s in the one error shape, and the previous data still serving, untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import pg from 'pg';
import { GET as layerGet } from '../../../src/routes/api/layers/[id]/+server';
import { GET as tileGet } from '../../../src/routes/tiles/[layer]/[z]/[x]/[y].pbf/+server';
import { GET as tilesInfo } from '../../../src/routes/api/tiles/+server';
import { GET as listGet } from '../../../src/routes/api/layers/[id]/list/+server';
import { GET as timelineGet } from '../../../src/routes/api/layers/[id]/timeline/+server';
import { GET as facetsGet } from '../../../src/routes/api/layers/[id]/facets/+server';
import { GET as incidentGet } from '../../../src/routes/api/incidents/[id]/+server';
import { GET as placeGet } from '../../../src/routes/api/places/[id]/+server';
import { closePool } from '$lib/server/db/pool';
import { fixtureDataDir, removeDir, runAsync } from '../fixture-corpus';
import { loadFixtureAtlas, requireDb, TEST_DB_URL, withDatabase } from './db';

let firstIncident = '';
let firstPlace = '';
beforeAll(async () => {
	await requireDb();
	const atlas = await loadFixtureAtlas();
	firstIncident = [...atlas.incidents.keys()][0];
	firstPlace = [...atlas.places.keys()][0];
}, 60_000);
afterAll(() => closePool());

const layer = (url: URL) => layerGet({ params: { id: 'incidents' }, url, request: new Request(url) } as never);
const tileAt = (url: URL) => tileGet({ params: { layer: 'incidents', z: '0', x: '0', y: '0' }, url, request: new Request(url) } as never);

/** The list, timeline, filter counts and both panels: each answer the page reads beside the layer. */
const answers = (): [string, () => Promise<Response>][] => {
	const at = (get: (e: never) => Response | Promise<Response>, id: string, path: string) => async () => {
		const url = new URL(`http://localhost${path}`);
		return get({ params: { id }, url, request: new Request(url) } as never);
	};
	return [
		['list', at(listGet, 'incidents', '/api/layers/incidents/list?from=2025-01&near=iraq-syria-border:50&limit=5')],
		['timeline', at(timelineGet, 'incidents', '/api/layers/incidents/timeline?type=airstrike')],
		['facets', at(facetsGet, 'incidents', '/api/layers/incidents/facets?from=2025-06')],
		['incident', at(incidentGet, firstIncident, `/api/incidents/${firstIncident}`)],
		['place', at(placeGet, firstPlace, `/api/places/${firstPlace}`)]
	];
};

async function expect503(res: Response) {
	expect(res.status).toBe(503);
	expect(res.headers.get('content-type')).toMatch(/application\/json/);
	expect(res.headers.get('cache-control')).toBe('no-store');
	const body = await res.json();
	expect(Object.keys(body)).toEqual(['error']);
	expect(body.error.code).toBe('database_unavailable');
	expect(body.error.message).toMatch(/database/);
	expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at .*\.ts|Error:/);
}

/** A port nothing listens on. */
async function deadPort(): Promise<number> {
	const s = net.createServer();
	await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
	const port = (s.address() as net.AddressInfo).port;
	await new Promise((r) => s.close(r));
	return port;
}

describe('a database that is down or goes away', () => {
	it('down at start: every database answer is a clear 503 in the one error shape', async () => {
		const url = TEST_DB_URL.replace(/@[^/]+\//, `@127.0.0.1:${await deadPort()}/`);
		await withDatabase(url, async () => {
			await expect503(await layer(new URL('http://localhost/api/layers/incidents')));
			await expect503(await tileAt(new URL('http://localhost/tiles/incidents/0/0/0.pbf')));
			await expect503(await tilesInfo({} as never));
			for (const [, get] of answers()) await expect503(await get());
		});
	});

	it('gone while serving: the next answers are 503', async () => {
		const target = new URL(TEST_DB_URL);
		const sockets = new Set<net.Socket>();
		const proxy = net.createServer((client) => {
			const up = net.connect(Number(target.port || 5432), target.hostname);
			for (const s of [client, up]) {
				sockets.add(s);
				s.on('error', () => s.destroy());
				s.on('close', () => sockets.delete(s));
			}
			client.pipe(up).pipe(client);
		});
		await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
		const port = (proxy.address() as net.AddressInfo).port;
		const url = TEST_DB_URL.replace(/@[^/]+\//, `@127.0.0.1:${port}/`);
		const before = new Map<string, string>();
		await withDatabase(url, async () => {
			const ok = await layer(new URL('http://localhost/api/layers/incidents'));
			expect(ok.status).toBe(200);
			for (const [name, get] of answers()) {
				const res = await get();
				expect(res.status, name).toBe(200);
				before.set(name, await res.text());
			}
			expect(JSON.parse(await ok.text()).type).toBe('FeatureCollection');
			// The database goes away: listening stops, open connections are cut.
			proxy.close();
			for (const s of sockets) s.destroy();
			await expect503(await layer(new URL('http://localhost/api/layers/incidents')));
			await expect503(await tileAt(new URL('http://localhost/tiles/incidents/0/0/0.pbf')));
			for (const [, get] of answers()) await expect503(await get());
		});
		// Nothing corrupted: straight to the database again, every answer is what it was.
		await withDatabase(TEST_DB_URL, async () => {
			for (const [name, get] of answers()) expect(await (await get()).text(), name).toBe(before.get(name));
		});
	});
});

describe('a load killed half-way', () => {
	it('leaves the previous data serving, and the next load completes', async () => {
		const c = new pg.Client({ connectionString: TEST_DB_URL });
		await c.connect();
		const dir = fixtureDataDir();
		try {
			const first = await runAsync('tools/db-load.ts', ['--data-dir', dir], { DATABASE_URL: TEST_DB_URL });
			expect(first.status, first.stderr).toBe(0);
			const before = (await c.query(`SELECT value FROM atlas.meta WHERE key = 'loaded_at'`)).rows[0].value;
			const count = (await c.query(`SELECT count(*)::int AS n FROM atlas.features`)).rows[0].n;
			const killed = await runAsync('tools/db-load.ts', ['--data-dir', dir], { DATABASE_URL: TEST_DB_URL, ATLAS_DB_LOAD_DIE_AFTER_FEATURES: '1' });
			expect(killed.status).not.toBe(0);
			expect(killed.stdout).not.toMatch(/features, .* articles/);
			expect((await c.query(`SELECT value FROM atlas.meta WHERE key = 'loaded_at'`)).rows[0].value).toBe(before);
			expect((await c.query(`SELECT count(*)::int AS n FROM atlas.features`)).rows[0].n).toBe(count);
			expect((await c.query(`SELECT to_regclass('atlas_next.features') AS t`)).rows[0].t).toBeNull();
			const again = await runAsync('tools/db-load.ts', ['--data-dir', dir], { DATABASE_URL: TEST_DB_URL });
			expect(again.status, again.stderr).toBe(0);
			expect((await c.query(`SELECT value FROM atlas.meta WHERE key = 'loaded_at'`)).rows[0].value).not.toBe(before);
		} finally {
			removeDir(dir);
			await c.end();
		}
	}, 120_000);

	it('db:load without DATABASE_URL says so and changes nothing', async () => {
		const r = await runAsync('tools/db-load.ts', [], { DATABASE_URL: '' });
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/DATABASE_URL is not set/);
	}, 60_000);
});
