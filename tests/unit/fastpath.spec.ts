// The server's fast path (src/lib/server/node/fastpath.js) against the app path it stands in for: a real HTTP
// server whose "app" is SvelteKit's own Node glue (getRequest/setResponse) around cache.ts's
// cached()/respond() plus the headers hooks.server.ts adds. The same request must get the same
// status, headers and bytes whichever path answers it; the app must not be entered again.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { getRequest, setResponse } from '@sveltejs/kit/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cached, dataVersion, prepare, respond } from '../../src/lib/server/cache';
import { fastPath, lookup, register, registry } from '../../src/lib/server/node/fastpath.js';
import { NON_PAGE_CSP, SECURITY_HEADERS, setSecurityHeaders } from '../../src/lib/server/node/security.js';

const LAYER = '/api/layers/things';
const PLACE = '/api/places/tiny';
const features = Array.from({ length: 300 }, (_, i) => ({ type: 'Feature', id: `f${i}`, properties: { name: `مكان ${i}` }, geometry: { type: 'Point', coordinates: [40 + i / 1000, 34] } }));
const BODIES: Record<string, string> = {
	[LAYER]: JSON.stringify({ type: 'FeatureCollection', features }),
	[PLACE]: JSON.stringify({ id: 'tiny' }) // too small to be compressed
};

let version: object = {};
let appCalls = 0;

/** The app path: what adapter-node's handler does with a route that answers through cache.ts. */
async function app(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
	appCalls++;
	const request = await getRequest({ request: req, base: 'http://localhost', bodySizeLimit: 1 << 20 });
	const url = new URL(request.url);
	const text = BODIES[url.pathname];
	const response = text
		? respond(request, cached(version, url.pathname, () => prepare(text, 'application/geo+json')), url.searchParams.has('download') ? { 'content-disposition': 'attachment; filename="x.geojson"' } : {})
		: new Response('{"error":{"code":"not_found","message":"Not found."}}', { status: 404, headers: { 'content-type': 'application/json' } });
	// hooks.server.ts handleHeaders
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) response.headers.set(k, v);
	if (!response.headers.has('content-security-policy')) response.headers.set('content-security-policy', NON_PAGE_CSP);
	await setResponse(res, response);
}

let server: http.Server;
let port = 0;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		setSecurityHeaders(res);
		if (fastPath(req, res)) return;
		void app(req, res);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
	version = {};
	dataVersion(version);
});

interface Answer {
	status: number;
	/** Raw header lines in wire order, without the ones Node adds per connection or per second. */
	head: string[];
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const head: string[] = [];
				for (let i = 0; i < res.rawHeaders.length; i += 2) {
					const name = res.rawHeaders[i].toLowerCase();
					if (!['date', 'connection', 'keep-alive'].includes(name)) head.push(`${name}: ${res.rawHeaders[i + 1]}`);
				}
				resolve({ status: res.statusCode ?? 0, head, headers: res.headers, body: Buffer.concat(chunks) });
			});
		});
		req.on('error', reject);
		req.end();
	});
}

/** Asks the app (a query string always reaches it) and then the fast path; both answers. */
async function both(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<[Answer, Answer]> {
	const before = appCalls;
	const viaApp = await get(`${path}?`, headers, method);
	expect(appCalls).toBe(before + 1);
	const viaFast = await get(path, headers, method);
	expect(appCalls, 'the fast path answered without the app').toBe(before + 1);
	return [viaApp, viaFast];
}

describe('the fast path', () => {
	it('is not taken before the app has answered the path once', async () => {
		const first = await get(LAYER);
		expect(appCalls).toBeGreaterThan(0);
		const calls = appCalls;
		const second = await get(LAYER);
		expect(appCalls).toBe(calls);
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

	it('serves a small uncompressed body the same way (no Vary)', async () => {
		await get(PLACE);
		const [viaApp, viaFast] = await both(PLACE, { 'accept-encoding': 'br' });
		expect(viaFast.headers.vary).toBeUndefined();
		expect(viaFast.headers['content-encoding']).toBeUndefined();
		expect(viaFast.head).toEqual(viaApp.head);
		expect(viaFast.body.toString()).toBe(BODIES[PLACE]);
	});

	it('leaves query strings, other methods and unknown paths to the app', async () => {
		await get(LAYER);
		let calls = appCalls;
		const download = await get(`${LAYER}?download=1`);
		expect(appCalls).toBe(++calls);
		expect(download.headers['content-disposition']).toContain('attachment');
		// The download did not replace the plain answer.
		expect((await get(LAYER)).headers['content-disposition']).toBeUndefined();
		expect(appCalls).toBe(calls);
		for (const method of ['POST', 'OPTIONS', 'DELETE']) {
			await get(LAYER, {}, method);
			expect(appCalls, method).toBe(++calls);
		}
		for (const path of [`${LAYER}/`, LAYER.toUpperCase(), `${LAYER}%20`, `/.${LAYER}`]) {
			await get(path);
			expect(appCalls, path).toBe(++calls);
		}
	});

	it('drops every body when the data version changes, and never registers one of an old version', async () => {
		await get(LAYER);
		const old = version;
		const oldRep = cached(old, LAYER, () => prepare(BODIES[LAYER], 'application/geo+json'));
		const calls = appCalls;
		await get(LAYER);
		expect(appCalls).toBe(calls);

		version = {};
		dataVersion(version);
		expect(registry().entries.size).toBe(0);
		// A request still holding the old data answers after the change: not registered.
		register(LAYER, old, oldRep);
		expect(lookup({ method: 'GET', url: LAYER } as http.IncomingMessage)).toBeUndefined();
		await get(LAYER);
		expect(appCalls, 'the new data is asked for').toBe(calls + 1);
		await get(LAYER);
		expect(appCalls).toBe(calls + 1);
		expect(lookup({ method: 'GET', url: LAYER } as http.IncomingMessage)?.version).toBe(version);
	});

	it('answers bodies cached by respond() only: an uncached representation is never registered', () => {
		respond(new Request(`http://localhost${PLACE}`), prepare('{"filtered":true}', 'application/json', false));
		expect(lookup({ method: 'GET', url: PLACE } as http.IncomingMessage)).toBeUndefined();
	});

	it('shares one registry between two copies of the module (the SvelteKit bundle and build/harden)', async () => {
		// A second instance of the module, as the bundle and build/harden each have their own.
		const second = new URL('../../src/lib/server/node/fastpath.js?copy', import.meta.url).href;
		const copy = (await import(/* @vite-ignore */ second)) as typeof import('../../src/lib/server/node/fastpath.js');
		expect(copy.registry).not.toBe(registry);
		expect(copy.registry()).toBe(registry());
	});
});
