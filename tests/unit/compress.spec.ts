// Compression of dynamic pages by the server (src/lib/server/node/compress.js): which answers, and that what
// arrives decompresses to exactly what the app wrote — through SvelteKit's own setResponse, as
// adapter-node writes pages, streamed, and with backpressure.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, createGunzip, gunzipSync } from 'node:zlib';
import { setResponse } from '@sveltejs/kit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressPages, encodedTag, pageEncoding } from '../../src/lib/server/node/compress.js';

const html = (n: number) => `<!doctype html><html lang="ar"><body>${Array.from({ length: n }, (_, i) => `<p>فقرة ${i}: دير الزور</p>`).join('')}</body></html>`;
const PAGE = html(200);

describe('pageEncoding', () => {
	const req = (headers: http.IncomingHttpHeaders, method = 'GET') => ({ method, headers });
	const page = { 'content-type': 'text/html' };
	it('compresses a 200 page for a client that takes br or gzip, brotli first', () => {
		expect(pageEncoding(req({ 'accept-encoding': 'gzip, deflate, br' }), 200, page)).toBe('br');
		expect(pageEncoding(req({ 'accept-encoding': 'gzip' }), 200, { 'content-type': 'text/html; charset=utf-8' })).toBe('gzip');
		expect(pageEncoding(req({ 'accept-encoding': 'br' }, 'HEAD'), 200, page)).toBe('br');
	});
	it('leaves everything else as it is', () => {
		const yes = req({ 'accept-encoding': 'gzip' });
		expect(pageEncoding(req({}), 200, page)).toBeNull();
		expect(pageEncoding(req({ 'accept-encoding': 'identity, gzip;q=0' }), 200, page)).toBeNull();
		expect(pageEncoding(req({ 'accept-encoding': 'gzip' }, 'POST'), 200, page)).toBeNull();
		expect(pageEncoding(req({ 'accept-encoding': 'gzip', range: 'bytes=0-1' }), 200, page)).toBeNull();
		for (const status of [204, 206, 304, 404, 500]) expect(pageEncoding(yes, status, page), String(status)).toBeNull();
		expect(pageEncoding(yes, 200, { 'content-type': 'application/json' })).toBeNull();
		expect(pageEncoding(yes, 200, { ...page, 'content-encoding': 'br' })).toBeNull();
		expect(pageEncoding(yes, 200, { ...page, 'cache-control': 'private, no-transform' })).toBeNull();
		expect(pageEncoding(yes, 200, { ...page, 'content-length': '500' })).toBeNull();
	});
});

describe('encodedTag', () => {
	it('marks strong and weak tags with the encoding', () => {
		expect(encodedTag('"abc"', 'gzip')).toBe('"abc-gz"');
		expect(encodedTag('W/"abc"', 'br')).toBe('W/"abc-br"');
		expect(encodedTag('garbage', 'br')).toBe('garbage');
	});
});

describe('compressPages on a real server', () => {
	let server: http.Server;
	let port = 0;
	/** What the next request's app does with res. */
	let app: (res: http.ServerResponse) => void | Promise<void> = () => {};

	beforeAll(async () => {
		server = http.createServer((req, res) => {
			compressPages(req, res);
			void app(res);
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		port = (server.address() as AddressInfo).port;
	});
	afterAll(() => new Promise<void>((r) => server.close(() => r())));

	function get(headers: Record<string, string>, method = 'GET', onData?: (res: http.IncomingMessage) => void) {
		return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
			const req = http.request({ host: '127.0.0.1', port, method, headers, agent: false }, (res) => {
				if (onData) return onData(res);
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
			});
			req.on('error', reject);
			req.end();
		});
	}

	/** As SvelteKit renders a page: a Response with an ETag, written by setResponse. */
	const sveltePage = (body: string | ReadableStream<Uint8Array>) => (res: http.ServerResponse) =>
		setResponse(res, new Response(body, { headers: { 'content-type': 'text/html', etag: '"1gr95b7"', 'x-sveltekit-page': 'true' } }));

	it('sends the page brotli- or gzip-compressed, with Vary and a marked ETag, and the same text', async () => {
		app = sveltePage(PAGE);
		const br = await get({ 'accept-encoding': 'gzip, br' });
		expect(br.status).toBe(200);
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toBe('Accept-Encoding');
		expect(br.headers.etag).toBe('"1gr95b7-br"');
		// Written at once, so compressed at once: the length is known.
		expect(Number(br.headers['content-length'])).toBe(br.body.length);
		expect(br.headers['x-sveltekit-page']).toBe('true');
		expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
		expect(br.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 4);
		const gz = await get({ 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gz.headers.etag).toBe('"1gr95b7-gz"');
		expect(gunzipSync(gz.body).toString()).toBe(PAGE);
		const plain = await get({});
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.headers.etag).toBe('"1gr95b7"');
		expect(plain.body.toString()).toBe(PAGE);
	});

	it('answers HEAD with the headers a GET gets and no body', async () => {
		app = sveltePage(PAGE);
		const head = await get({ 'accept-encoding': 'br' }, 'HEAD');
		expect(head.headers['content-encoding']).toBe('br');
		expect(head.headers.etag).toBe('"1gr95b7-br"');
		expect(head.body.length).toBe(0);
	});

	it('leaves other answers alone: JSON, errors, a body written with res.end', async () => {
		const json = JSON.stringify({ text: PAGE });
		app = (res) => setResponse(res, new Response(json, { headers: { 'content-type': 'application/json' } }));
		const j = await get({ 'accept-encoding': 'br' });
		expect(j.headers['content-encoding']).toBeUndefined();
		expect(j.body.toString()).toBe(json);
		app = (res) => setResponse(res, new Response(PAGE, { status: 404, headers: { 'content-type': 'text/html' } }));
		const missing = await get({ 'accept-encoding': 'br' });
		expect(missing.status).toBe(404);
		expect(missing.body.toString()).toBe(PAGE);
		// Node's implicit head (no writeHead call): still compressed, still whole.
		app = (res) => {
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.write(PAGE.slice(0, 100));
			res.end(PAGE.slice(100));
		};
		const implicit = await get({ 'accept-encoding': 'gzip' });
		expect(implicit.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(implicit.body).toString()).toBe(PAGE);
	});

	it('a streamed page arrives as it is written, not at the end', async () => {
		// The app writes a part, then waits until the client has it before writing the next.
		const parts = [`${PAGE}<!--first-->`, '<!--second-->', '<!--third-->'];
		const seen = parts.map(() => {
			let resolve!: () => void;
			const promise = new Promise<void>((r) => (resolve = r));
			return { promise, resolve };
		});
		const enc = new TextEncoder();
		app = sveltePage(
			new ReadableStream<Uint8Array>({
				async start(c) {
					for (const [i, part] of parts.entries()) {
						c.enqueue(enc.encode(part));
						if (i < parts.length - 1) await seen[i].promise;
					}
					c.close();
				}
			})
		);
		const text = await new Promise<string>((resolve, reject) => {
			void get({ 'accept-encoding': 'gzip' }, 'GET', (res) => {
				expect(res.headers['content-encoding']).toBe('gzip');
				let out = '';
				const gunzip = createGunzip();
				res.pipe(gunzip);
				gunzip.on('data', (c: Buffer) => {
					out += c.toString();
					parts.forEach((p, i) => out.endsWith(p) && seen[i].resolve());
				});
				gunzip.on('end', () => resolve(out));
				gunzip.on('error', reject);
			});
		});
		expect(text).toBe(parts.join(''));
	});

	it('keeps every byte of a large page written under backpressure', async () => {
		// A few MB that do not compress well: more than the socket and zlib take at once.
		const big = `<!doctype html><p>${randomBytes(3 << 20).toString('base64')}</p>`;
		const enc = new TextEncoder();
		let i = 0;
		const step = 16_384;
		app = sveltePage(
			new ReadableStream<Uint8Array>({
				async pull(c) {
					// The app yields to the event loop once after the first chunk: from there on the page is streamed.
					if (i === step) for (let turn = 0; turn < 2; turn++) await new Promise((r) => setImmediate(r));
					if (i >= big.length) return c.close();
					c.enqueue(enc.encode(big.slice(i, (i += step))));
				}
			})
		);
		const r = await new Promise<{ body: Buffer; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
			void get({ 'accept-encoding': 'gzip' }, 'GET', (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve({ body: Buffer.concat(chunks), headers: res.headers }));
				res.on('error', reject);
				// A reader that is late to start: the server's writes fill up and must wait for 'drain'.
				res.pause();
				setTimeout(() => res.resume(), 300);
			});
		});
		expect(gunzipSync(r.body).toString()).toBe(big);
		expect(r.headers['content-length']).toBeUndefined();
	});
});
