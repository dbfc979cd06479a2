// The server's fast path (src/lib/server/node/fastpath.js) against the app path it stands in for,
// over real HTTP through the production server (server.js): the app is SvelteKit's own Node glue
// around cache.ts's cached()/respond() plus the headers hooks.server.ts adds. The same request must
// get the same status, headers and bytes whichever path answers it; the app must not be entered again.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cached, dataVersion, prepare, respond } from '../../../src/lib/server/cache';
import { createFastPath } from '../../../src/lib/server/node/fastpath.js';
import { NON_PAGE_CSP } from '../../../src/lib/server/node/security.js';
import { start, type Answer, type Running } from './harness';

const LAYER = '/api/layers/things';
const PLACE = '/api/places/tiny';
const features = Array.from({ length: 300 }, (_, i) => ({ type: 'Feature', id: `f${i}`, properties: { name: `مكان ${i}` }, geometry: { type: 'Point', coordinates: [40 + i / 1000, 34] } }));
const BODIES: Record<string, string> = {
	[LAYER]: JSON.stringify({ type: 'FeatureCollection', features }),
	[PLACE]: JSON.stringify({ id: 'tiny' }) // too small to be compressed
};

let version: object = {};
const fast = createFastPath();
let server: Running;

/** The app path: what a route answering through cache.ts does. */
function app(request: Request): Response {
	const url = new URL(request.url);
	const text = BODIES[url.pathname];
	if (!text) return new Response('{"error":{"code":"not_found","message":"Not found."}}', { status: 404, headers: { 'content-type': 'application/json' } });
	return respond(request, cached(version, url.pathname, () => prepare(text, 'application/geo+json')), url.searchParams.has('download') ? { 'content-disposition': 'attachment; filename="x.geojson"' } : {});
}

beforeAll(async () => {
	server = await start(app, { fastPath: fast });
});
afterAll(async () => {
	fast.close();
	await server.close();
});
beforeEach(() => {
	version = {};
	dataVersion(version);
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => server.get(path, headers, method);

/** Asks the app (a query string always reaches it) and then the fast path; both answers. */
async function both(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<[Answer, Answer]> {
	const before = server.appCalls;
	const viaApp = await get(`${path}?`, headers, method);
	expect(server.appCalls).toBe(before + 1);
	const viaFast = await get(path, headers, method);
	expect(server.appCalls, 'the fast path answered without the app').toBe(before + 1);
	return [viaApp, viaFast];
}

describe('the fast path', () => {
	it('is not taken before the app has answered the path once', async () => {
		const first = await get(LAYER);
		expect(server.appCalls).toBeGreaterThan(0);
		const calls = server.appCalls;
		const second = await get(LAYER);
		expect(server.appCalls).toBe(calls);
		expect(second.body).toEqual(first.body);
		expect(second.head).toEqual(first.head);
	});

	it('sends the same status, headers (in the same order) and bytes as the app, for identity, gzip and br', async () => {
		await get(LAYER);
		for (const accept of ['identity', 'gzip', 'gzip, deflate, br']) {
			const [viaApp, viaFast] = await both(LAYER, { 'accept-encoding': accept });
			expect(viaFast.status).toBe(200);
			expect(viaFast.head, accept).toEqual(viaApp.head);
			expect(viaFast.body.equals(viaApp.body), accept).toBe(true);
		}
		const br = await get(LAYER, { 'accept-encoding': 'br' });
		const gz = await get(LAYER, { 'accept-encoding': 'gzip' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(br.body).toString()).toBe(BODIES[LAYER]);
		expect(gunzipSync(gz.body).toString()).toBe(BODIES[LAYER]);
		expect(br.headers['content-security-policy']).toBe(NON_PAGE_CSP);
		expect(br.headers['x-content-type-options']).toBe('nosniff');
	});

	it('answers HEAD with the GET headers and no body', async () => {
		await get(LAYER);
		for (const accept of ['identity', 'br']) {
			const [viaApp, viaFast] = await both(LAYER, { 'accept-encoding': accept }, 'HEAD');
			expect(viaFast.head).toEqual(viaApp.head);
			expect(viaFast.body.length).toBe(0);
			expect(Number(viaFast.headers['content-length'])).toBe((await get(LAYER, { 'accept-encoding': accept })).body.length);
		}
	});

	it('answers 304 to a current If-None-Match of any variant, as the app does; 200 to a stale one', async () => {
		for (const accept of ['identity', 'gzip', 'br']) {
			const etag = String((await get(LAYER, { 'accept-encoding': accept })).headers.etag);
			const [viaApp, viaFast] = await both(LAYER, { 'accept-encoding': accept, 'if-none-match': etag });
			expect(viaFast.status).toBe(304);
			expect(viaFast.body.length).toBe(0);
			expect(viaFast.head).toEqual(viaApp.head);
		}
		const [, stale] = await both(LAYER, { 'if-none-match': '"old"' });
		expect(stale.status).toBe(200);
	});

	it('serves a small uncompressed body the same way (it still varies: the server compresses what is not stored compressed)', async () => {
		await get(PLACE);
		const [viaApp, viaFast] = await both(PLACE, { 'accept-encoding': 'br' });
		expect(viaFast.headers.vary).toBe('Accept-Encoding');
		expect(viaFast.headers['content-encoding']).toBeUndefined();
		expect(viaFast.head).toEqual(viaApp.head);
		expect(viaFast.body.toString()).toBe(BODIES[PLACE]);
	});

	it('leaves query strings, other methods and unknown paths to the app', async () => {
		await get(LAYER);
		let calls = server.appCalls;
		const download = await get(`${LAYER}?download=1`);
		expect(server.appCalls).toBe(++calls);
		expect(download.headers['content-disposition']).toContain('attachment');
		// The download did not replace the plain answer.
		expect((await get(LAYER)).headers['content-disposition']).toBeUndefined();
		expect(server.appCalls).toBe(calls);
		for (const method of ['POST', 'OPTIONS', 'DELETE']) {
			await get(LAYER, {}, method);
			expect(server.appCalls, method).toBe(++calls);
		}
		for (const path of [`${LAYER}/`, LAYER.toUpperCase(), `${LAYER}%20`, `/.${LAYER}`]) {
			await get(path);
			expect(server.appCalls, path).toBe(++calls);
		}
	});

	it('drops every body when the data version changes, and never keeps one of an old version', async () => {
		await get(LAYER);
		const old = version;
		const oldRep = cached(old, LAYER, () => prepare(BODIES[LAYER], 'application/geo+json'));
		const calls = server.appCalls;
		await get(LAYER);
		expect(server.appCalls).toBe(calls);

		version = {};
		dataVersion(version);
		expect(fast.size).toBe(0);
		// A request still holding the old data answers after the change: not kept.
		respond(new Request(`http://localhost${LAYER}`), oldRep);
		expect(fast.size).toBe(0);
		await get(LAYER);
		expect(server.appCalls, 'the new data is asked for').toBe(calls + 1);
		await get(LAYER);
		expect(server.appCalls).toBe(calls + 1);
		expect(fast.size).toBe(1);
	});

	it('keeps bodies cached by respond() only: an uncached representation is never kept', () => {
		respond(new Request(`http://localhost${PLACE}`), prepare('{"filtered":true}', 'application/json', false));
		expect(fast.size).toBe(0);
	});


	it('hears the app from another copy of its module (the SvelteKit bundle and build/harden each have one)', async () => {
		const second = new URL('../../../src/lib/server/node/fastpath.js?copy', import.meta.url).href;
		const copy = (await import(/* @vite-ignore */ second)) as typeof import('../../../src/lib/server/node/fastpath.js');
		expect(copy.createFastPath).not.toBe(createFastPath);
		const other = copy.createFastPath();
		try {
			dataVersion(version);
			respond(new Request(`http://localhost${LAYER}`), cached(version, LAYER, () => prepare(BODIES[LAYER], 'application/geo+json')));
			expect(other.size).toBe(1);
		} finally {
			other.close();
		}
	});
});
