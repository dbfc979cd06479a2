// The server's static files over real HTTP (src/lib/server/node/static.js): types, caching,
// precompressed variants, strong ETags and 304, Range by RFC 9110, HEAD, security headers, and
// what is handed on to the app.
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, staticFolder, start, type Running } from './harness';
import { NON_PAGE_CSP } from '../../../src/lib/server/node/security.js';

const ROBOTS = 'User-agent: *\nDisallow:\n# a file of a few dozen bytes\n';
const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `كلمة ${i}`))};\n`;
const GLYPH = randomBytes(5000);
const GLYPH_URL = '/glyphs/Noto%20Sans%20Regular,Noto%20Naskh%20Arabic%20Regular/0-255.pbf';
const JS_URL = '/_app/immutable/entry/app.Bx3d.js';

let folder: ReturnType<typeof staticFolder>;
let server: Running;

beforeAll(async () => {
	folder = staticFolder({
		'robots.txt+': ROBOTS,
		'_app/immutable/entry/app.Bx3d.js+': SCRIPT,
		'_app/version.json': '{"version":"1"}',
		'glyphs/Noto Sans Regular,Noto Naskh Arabic Regular/0-255.pbf': GLYPH
	});
	server = await start(() => Response.json({ error: { code: 'not_found', message: 'app' } }, { status: 404 }), { client: folder.root });
});
afterAll(async () => {
	await server.close();
	folder.remove();
});

describe('static files', () => {
	it('have their types, the security headers, and the non-page policy except on scripts', async () => {
		const glyph = await server.get(GLYPH_URL);
		const js = await server.get(JS_URL);
		const robots = await server.get('/robots.txt');
		expect(glyph.headers['content-type']).toBe('application/x-protobuf');
		expect(glyph.body.equals(GLYPH)).toBe(true);
		expect(js.headers['content-type']).toMatch(/^text\/javascript/);
		expect(robots.headers['content-type']).toMatch(/^text\/plain/);
		expect((await server.get('/_app/version.json')).headers['content-type']).toMatch(/^application\/json/);
		for (const r of [glyph, js, robots]) {
			expect(r.headers['x-content-type-options']).toBe('nosniff');
			expect(r.headers['referrer-policy']).toBe('no-referrer');
			expect(r.headers['x-frame-options']).toBe('DENY');
		}
		expect(glyph.headers['content-security-policy']).toBe(NON_PAGE_CSP);
		expect(robots.headers['content-security-policy']).toBe(NON_PAGE_CSP);
		// A worker script's CSP would bind the worker: scripts get none.
		expect(js.headers['content-security-policy']).toBeUndefined();
		expect(server.appCalls).toBe(0);
	});

	it('are cached for good under /_app/immutable and revalidated elsewhere', async () => {
		expect((await server.get(JS_URL)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
		for (const path of [GLYPH_URL, '/robots.txt', '/_app/version.json']) expect((await server.get(path)).headers['cache-control'], path).toBe('public, max-age=0');
	});

	it('come precompressed by Accept-Encoding, brotli first, each variant with its own strong ETag and a 304', async () => {
		const plain = await server.get(JS_URL);
		const br = await server.get(JS_URL, { 'accept-encoding': 'gzip, deflate, br' });
		const gz = await server.get(JS_URL, { 'accept-encoding': 'gzip' });
		const refused = await server.get(JS_URL, { 'accept-encoding': 'br;q=0, gzip;q=0' });
		expect(plain.text).toBe(SCRIPT);
		expect(br.headers['content-encoding']).toBe('br');
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(refused.headers['content-encoding']).toBeUndefined();
		expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
		expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
		expect(Number(br.headers['content-length'])).toBe(br.body.length);
		expect(br.headers['content-type']).toBe(plain.headers['content-type']);
		for (const r of [plain, br, gz]) {
			expect(r.headers.vary).toBe('Accept-Encoding');
			expect(r.headers.etag).toMatch(/^"[^"]+"$/);
			const again = await server.get(JS_URL, { 'accept-encoding': String(r.headers['content-encoding'] ?? 'identity'), 'if-none-match': String(r.headers.etag) });
			expect(again.status).toBe(304);
			expect(again.body.length).toBe(0);
		}
		expect(new Set([plain, br, gz].map((r) => r.headers.etag)).size).toBe(3);
		// A file without variants does not vary.
		expect((await server.get(GLYPH_URL, { 'accept-encoding': 'br' })).headers.vary).toBeUndefined();
		expect((await server.get(JS_URL, { 'if-none-match': '"stale"' })).status).toBe(200);
	});

	it('answer HEAD with the headers of the GET and no body', async () => {
		for (const accept of ['identity', 'br']) {
			const get = await server.get(JS_URL, { 'accept-encoding': accept });
			const head = await server.get(JS_URL, { 'accept-encoding': accept }, 'HEAD');
			expect(head.status).toBe(200);
			expect(head.body.length).toBe(0);
			for (const h of ['content-type', 'content-length', 'content-encoding', 'etag', 'vary', 'cache-control']) expect(head.headers[h], `${accept} ${h}`).toEqual(get.headers[h]);
		}
	});
});

describe('Range (RFC 9110 §14)', () => {
	const size = Buffer.byteLength(ROBOTS);

	it('one range is a 206 of exactly those bytes, of the identity file even when the client takes br', async () => {
		expect((await server.get('/robots.txt')).headers['accept-ranges']).toBe('bytes');
		const cases: [string, number, number][] = [
			['bytes=0-0', 0, 0],
			['bytes=-5', size - 5, size - 1],
			['bytes=10-', 10, size - 1],
			['bytes=10-100000', 10, size - 1]
		];
		for (const [range, start, end] of cases) {
			const r = await server.get('/robots.txt', { range, 'accept-encoding': 'br' });
			expect(r.status, range).toBe(206);
			expect(r.headers['content-range'], range).toBe(`bytes ${start}-${end}/${size}`);
			expect(r.headers['content-length'], range).toBe(String(end - start + 1));
			expect(r.headers['content-encoding'], range).toBeUndefined();
			expect(r.text, range).toBe(ROBOTS.slice(start, end + 1));
		}
		const glyph = await server.get(GLYPH_URL, { range: 'bytes=100-' });
		expect(glyph.body.equals(GLYPH.subarray(100))).toBe(true);
	});

	it('an unsatisfiable range is a 416 with bytes */size and a plain sentence, never a stack', async () => {
		for (const range of ['bytes=5-1', `bytes=${size}-`, 'bytes=-0', 'bytes=100-200']) {
			const r = await server.get('/robots.txt', { range });
			expect(r.status, range).toBe(416);
			expect(r.headers['content-range'], range).toBe(`bytes */${size}`);
			expect(r.headers['content-type'], range).toMatch(/^text\/plain/);
			expect(Number(r.headers['content-length']), range).toBe(r.body.length);
			expect(r.text, range).toMatch(/^This range cannot be satisfied/);
			expect(r.headers['x-content-type-options'], range).toBe('nosniff');
		}
	});

	it('several ranges, a malformed specifier, another unit or a stale If-Range get the whole file', async () => {
		// RFC 9110 §14.2: a server MAY ignore an invalid ranges-specifier; send does.
		for (const headers of <Record<string, string>[]>[{ range: 'bytes=0-1,4-5' }, { range: 'bytes=x-y' }, { range: 'items=0-1' }, { range: 'bytes=0-0', 'if-range': '"not-this-one"' }]) {
			const r = await server.get('/robots.txt', headers);
			expect(r.status, JSON.stringify(headers)).toBe(200);
			expect(r.text).toBe(ROBOTS);
		}
		const { etag } = (await server.get('/robots.txt')).headers;
		const current = await server.get('/robots.txt', { range: 'bytes=0-0', 'if-range': String(etag) });
		expect(current.status).toBe(206);
	});
});

describe('what is not a listed file goes to the app', () => {
	it('unknown paths, the variants themselves, directories, traversal, bad encoding and other methods', async () => {
		const paths = ['/nope.txt', '/robots.txt.br', '/robots.txt.gz', '/_app', '/_app/', '/glyphs/../robots.txt', '/%2e%2e/etc/passwd', '/robots%ff.txt', '/robots.txt/'];
		for (const path of paths) {
			const before = server.appCalls;
			const r = await server.get(path);
			expect(server.appCalls, path).toBe(before + 1);
			expect(errorOf(r.text)?.message, path).toBe('app');
			// Nothing the static server set before handing on is left on the answer.
			expect(r.headers['content-encoding'], path).toBeUndefined();
			expect(r.headers.etag, path).toBeUndefined();
		}
		const before = server.appCalls;
		await server.get('/robots.txt', { 'content-type': 'text/plain' }, 'POST', 'x');
		expect(server.appCalls).toBe(before + 1);
	});
});
