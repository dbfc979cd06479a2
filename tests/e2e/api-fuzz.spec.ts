// API fuzz against the built server: seeded random and malformed paths, parameters, methods,
// encodings and headers. Never a 5xx; on /api every answer that is not 2xx/304 is
// `{"error":{"code","message"}}` JSON; page answers never grow with the request path.
// FUZZ_SEED and FUZZ_N change the run (the seed is printed in every failure message).
import { test, expect } from './fixtures';
import { isErrorShape, raw, rawSocket, type RawResponse } from './http';
import { rng } from '../seeded';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const N = Number(process.env.FUZZ_N ?? 400);

const ENDPOINTS = ['/api/layers/{}', '/api/map/{}', '/api/places/{}', '/api/incidents/{}', '/api/articles/{}', '/api/{}', '/api/layers', '/api/status', '/api/articles', '/{}', '/articles/{}'];
const IDS = ['places', 'incidents', 'governorates', 'albu-kamal', 'al-hol-camp', '004_13910b3792c7a8a7', 'nope', '', '..', '../../etc/passwd', '%2e%2e%2f', '%00', '%ff', '%c3%28', '%zz', 'abc%', '%', '%E0%A4%A', '%25', 'دير', '%D8%AF%D9%8A%D8%B1', 'constructor', '__proto__', '%f%s%n%d', 'a'.repeat(3000), 'x/y/z', ';', '<script>', '%3Cimg%20src%3Dx%3E'];
const PARAMS = ['from', 'to', 'bbox', 'type', 'actor', 'article', 'outlet', 'kind', 'near', 'layers', 'download', 'q', 'lang', 'place', 'incident', '__proto__', '%ff', ''];
const VALUES = ['2024-01-01', '0001-01-01', '0099-12-31', '9999-12-31', '2024-13-40', '2024', '2024-02', 'a', '', '0x10,0,20,1', '-180,-90,180,90', '35,31,48,38', '1e999,0,1,1', 'NaN,NaN,NaN,NaN', '170,0,-170,10', '1,2,3', 'albu-kamal:25', 'albu-kamal:-1', 'x:1e309', '%ff', '%zz', '%', '1', '0', 'true', 'ar', 'en', 'zz', '<img src=x onerror=alert(1)>', 'a'.repeat(2000), '%00', '\u202e'];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'TRACE', 'CONNECT'];
const HEADERS: Record<string, string[]> = {
	origin: ['https://evil.example', 'null', 'http://127.0.0.1:1'],
	'accept-encoding': ['br', 'gzip', 'gzip;q=0, br;q=0', '*', 'identity;q=0', 'x'.repeat(500)],
	'if-none-match': ['*', '"x"', 'W/"y"', ',,,'],
	range: ['bytes=0-0', 'bytes=5-1', 'bytes=-1', 'bytes=0-1,2-3', 'items=1-2'],
	'content-type': ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', 'application/json'],
	accept: ['application/json', 'text/html', '*/*'],
	'sec-fetch-site': ['cross-site', 'same-origin']
};

function pick<T>(r: () => number, list: T[]): T {
	return list[Math.floor(r() * list.length)];
}

/** A random percent-encoded byte string, often not UTF-8. */
function bytes(r: () => number): string {
	return Array.from({ length: 1 + Math.floor(r() * 6) }, () => `%${Math.floor(r() * 256).toString(16).padStart(2, '0')}`).join('');
}

function randomRequest(r: () => number): { method: string; path: string; headers: Record<string, string>; body?: string } {
	const id = r() < 0.2 ? bytes(r) : pick(r, IDS);
	// Bytes a client can put on the wire: anything outside printable ASCII is percent-encoded.
	let path = pick(r, ENDPOINTS).replace('{}', id.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c)));
	const n = Math.floor(r() * 4);
	if (n) {
		const qs = Array.from({ length: n }, () => `${pick(r, PARAMS)}=${r() < 0.15 ? bytes(r) : encodeURIComponent(pick(r, VALUES)).replace(/%25/g, r() < 0.5 ? '%' : '%25')}`);
		if (r() < 0.2) qs.push(qs[0]); // a repeated parameter
		path += `?${qs.join('&')}`;
	}
	const headers: Record<string, string> = {};
	for (const [k, vs] of Object.entries(HEADERS)) if (r() < 0.15) headers[k] = pick(r, vs);
	const method = pick(r, METHODS);
	const body = ['POST', 'PUT', 'PATCH'].includes(method) && r() < 0.7 ? 'a=1&b=<x>' : undefined;
	return { method, path, headers, body };
}

function check(what: string, path: string, res: RawResponse, method = 'GET') {
	const where = `[seed ${SEED}] ${what}`;
	expect(res.status, where).toBeGreaterThanOrEqual(200);
	expect(res.status, where).toBeLessThan(500);
	// Dot segments resolve first: /api/x/../../etc is the page /etc, as the server sees it.
	const resolved = new URL(path, 'http://h').pathname;
	const api = resolved === '/api' || resolved.startsWith('/api/');
	if (api && res.status >= 400) {
		expect(String(res.headers['content-type']), where).toMatch(/^application\/json/);
		if (method !== 'HEAD') expect(isErrorShape(res.text), `${where}: ${res.text.slice(0, 200)}`).toBe(true);
	}
	expect(res.text, where).not.toMatch(/\n\s+at [\w.<>]+ \(|node:internal|file:\/\/\//);
	expect(res.headers['x-content-type-options'], where).toBe('nosniff');
}

test(`${N} seeded random requests: no 5xx, JSON errors on /api`, async () => {
	test.setTimeout(300_000);
	const r = rng(SEED);
	const statuses = new Map<number, number>();
	for (let i = 0; i < N; i++) {
		const q = randomRequest(r);
		// CONNECT needs an authority-form target: Node's client cannot send it; the raw socket can.
		const res =
			q.method === 'CONNECT'
				? await rawSocket(`CONNECT ${q.path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
				: await raw(q.method, q.path, q.headers, q.body);
		statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
		check(`#${i} ${q.method} ${q.path.slice(0, 200)} ${JSON.stringify(q.headers)}`, q.path, res, q.method);
	}
	// The fuzz reached both answers and refusals.
	expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
	expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
});

test('requests Node itself refuses are answered in JSON', async () => {
	const cases = [
		['an unknown method', 'FOO /api/layers HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'],
		['a broken request line', 'GET /api/layers HTTX/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
		['a header without a colon', 'GET /api/layers HTTP/1.1\r\nHost: 127.0.0.1\r\nbroken header\r\nConnection: close\r\n\r\n'],
		['headers over 16 KB', `GET /api/layers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`],
		['a path over 16 KB', `GET /api/places/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`],
		['no Host header (HTTP/1.0)', 'GET /api/layers HTTP/1.0\r\n\r\n'],
		['a body over the limit', `POST /api/layers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 999999999\r\nConnection: close\r\n\r\n`]
	];
	for (const [what, bytes] of cases) {
		const res = await rawSocket(bytes);
		expect(res.status, what).toBeGreaterThanOrEqual(400);
		expect(res.status, what).toBeLessThan(500);
		expect(String(res.headers['content-type']), what).toMatch(/^application\/json/);
		expect(isErrorShape(res.text), `${what}: ${res.text.slice(0, 200)}`).toBe(true);
	}
});

test('page answers do not grow with the request path', async () => {
	const short = await raw('GET', `/${'a/'.repeat(10)}`);
	const long = await raw('GET', `/${'a/'.repeat(7900)}`);
	expect(long.status).toBe(404);
	const size = (x: RawResponse) => x.body.length + JSON.stringify(x.headers).length;
	// At most the 80 characters of the path an error page echoes.
	expect(size(long) - size(short)).toBeLessThan(200);
	expect(String(long.headers.link ?? '').length).toBe(String(short.headers.link ?? '').length);
});

test('cross-site and unsafe requests to /api: 403 and 405 in JSON', async () => {
	const xs = await raw('POST', '/api/layers', { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, 'a=1');
	expect(xs.status).toBe(403);
	expect(JSON.parse(xs.text).error.code).toBe('cross_site_request');
	const del = await raw('DELETE', '/api/layers/places');
	expect(del.status).toBe(405);
	expect(del.headers.allow).toBe('GET, HEAD');
	expect(isErrorShape(del.text)).toBe(true);
});
