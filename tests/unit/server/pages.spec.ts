// Compression of what the app renders (src/lib/server/node/pages.js) over real HTTP, through
// SvelteKit's own setResponse as adapter-node writes pages: which answers, HEAD, streaming,
// backpressure, and that what arrives decompresses to exactly what the app wrote.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { brotliDecompressSync, createGunzip, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type App, type Running } from './harness';

const html = (n: number) => `<!doctype html><html lang="ar"><body>${Array.from({ length: n }, (_, i) => `<p>فقرة ${i}: دير الزور</p>`).join('')}</body></html>`;
const PAGE = html(200);

let app: App = () => new Response('');
let server: Running;
beforeAll(async () => {
	server = await start((request) => app(request));
});
afterAll(() => server.close());

/** As SvelteKit renders a page: a Response with a (weak, hooks.server.ts) ETag. */
const page = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}): App => () =>
	new Response(body, { headers: { 'content-type': 'text/html', etag: 'W/"1gr95b7"', 'x-sveltekit-page': 'true', ...headers } });

describe('pages', () => {
	it('are sent brotli- or gzip-compressed by Accept-Encoding, with Vary, and the same text', async () => {
		app = page(PAGE);
		const br = await server.get('/', { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.status).toBe(200);
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toBe('Accept-Encoding');
		expect(br.headers['x-sveltekit-page']).toBe('true');
		expect(br.headers['x-content-type-options']).toBe('nosniff');
		expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
		expect(br.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 4);
		const gz = await server.get('/', { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(PAGE);
		for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
			const plain = await server.get('/', accept ? { 'accept-encoding': accept } : {});
			expect(plain.headers['content-encoding'], accept).toBeUndefined();
			expect(plain.text, accept).toBe(PAGE);
		}
	});

	it('answer HEAD with the encoding a GET gets and no body', async () => {
		app = page(PAGE);
		for (const [accept, encoding] of [
			['br', 'br'],
			['gzip', 'gzip'],
			['identity', undefined]
		] as const) {
			const head = await server.get('/', { 'accept-encoding': accept }, 'HEAD');
			expect(head.headers['content-encoding'], accept).toBe(encoding);
			expect(head.headers.vary, accept).toBe('Accept-Encoding');
			expect(head.body.length).toBe(0);
		}
	});

	it('are left as they are when small, marked no-transform, already encoded, or not text', async () => {
		// When the length is known (SvelteKit's pages do not say it; endpoints may): under 1 KB.
		const short = '<!doctype html><p>short</p>';
		app = page(short, { 'content-length': String(short.length) });
		expect((await server.get('/', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
		app = page(PAGE, { 'cache-control': 'private, no-transform' });
		expect((await server.get('/', { 'accept-encoding': 'br' })).text).toBe(PAGE);
		const png = randomBytes(4000);
		app = () => new Response(png, { headers: { 'content-type': 'image/png' } });
		expect((await server.get('/x.png', { 'accept-encoding': 'br' })).body.equals(png)).toBe(true);
	});

	it('a JSON answer the app computes (a filtered layer) is compressed too; an error stays as written', async () => {
		const json = JSON.stringify({ text: PAGE });
		app = () => new Response(json, { headers: { 'content-type': 'application/geo+json' } });
		const j = await server.get('/api/layers/x?from=2025-01-01', { 'accept-encoding': 'br' });
		expect(j.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(j.body).toString()).toBe(json);
		app = () => new Response(PAGE, { status: 404, headers: { 'content-type': 'text/html' } });
		const missing = await server.get('/nope', { 'accept-encoding': 'gzip' });
		expect(missing.status).toBe(404);
		expect(missing.headers['content-encoding']).toBeUndefined();
		expect(missing.text).toBe(PAGE);
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
		app = page(
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
			http.get({ host: '127.0.0.1', port: server.port, path: '/', headers: { 'accept-encoding': 'gzip' }, agent: false }, (res) => {
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
		app = page(
			new ReadableStream<Uint8Array>({
				pull(c) {
					if (i >= big.length) return c.close();
					c.enqueue(enc.encode(big.slice(i, (i += step))));
				}
			})
		);
		const body = await new Promise<Buffer>((resolve, reject) => {
			http.get({ host: '127.0.0.1', port: server.port, path: '/', headers: { 'accept-encoding': 'gzip' }, agent: false }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve(Buffer.concat(chunks)));
				res.on('error', reject);
				// A reader that is late to start: the server's writes fill up and must wait for 'drain'.
				res.pause();
				setTimeout(() => res.resume(), 300);
			});
		});
		expect(gunzipSync(body).toString()).toBe(big);
	});
});
