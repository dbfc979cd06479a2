import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cached, prepare, respond, strength } from './cache';

const body = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 200 }, (_, i) => ({ type: 'Feature', id: i, properties: { name: `place ${i}` }, geometry: null })) });
const req = (headers: Record<string, string> = {}) => new Request('http://localhost/api/layers/x', { headers });

describe('prepare', () => {
	it('compresses once into gzip and brotli that decompress to the same bytes', () => {
		const rep = prepare(body, 'application/geo+json');
		expect(Buffer.from(gunzipSync(rep.gzip!)).toString()).toBe(body);
		expect(Buffer.from(brotliDecompressSync(rep.br!)).toString()).toBe(body);
		expect(rep.br!.length).toBeLessThan(rep.identity.length);
	});
	it('gives equal bodies equal strong ETags and different bodies different ones', () => {
		expect(prepare(body, 't').etag).toBe(prepare(body, 't').etag);
		expect(prepare(body + ' ', 't').etag).not.toBe(prepare(body, 't').etag);
		expect(prepare(body, 't').etag).toMatch(/^"[^"]+"$/);
	});
});

describe('cached', () => {
	it('makes a representation once per data version and key', () => {
		const v1 = {};
		let made = 0;
		const make = () => (made++, prepare(body, 't'));
		expect(cached(v1, 'k', make)).toBe(cached(v1, 'k', make));
		expect(made).toBe(1);
		cached({}, 'k', make);
		expect(made).toBe(2);
	});
});

describe('respond', () => {
	const rep = prepare(body, 'application/geo+json');
	it('negotiates the encoding and varies on it', async () => {
		const br = respond(req({ 'accept-encoding': 'gzip, br' }), rep);
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		expect(Buffer.from(brotliDecompressSync(Buffer.from(await br.arrayBuffer()))).toString()).toBe(body);
		const gz = respond(req({ 'accept-encoding': 'gzip' }), rep);
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		const plain = respond(req(), rep);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(body);
		expect(plain.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
		expect(new Set([br, gz, plain].map((r) => r.headers.get('etag'))).size).toBe(3);
	});
	it('answers 304 without a body to a current If-None-Match, whichever variant it came from', async () => {
		for (const enc of ['br', 'gzip', 'identity']) {
			const first = respond(req({ 'accept-encoding': enc }), rep);
			const again = respond(req({ 'accept-encoding': enc, 'if-none-match': first.headers.get('etag')! }), rep);
			expect(again.status).toBe(304);
			expect(await again.text()).toBe('');
		}
		expect(respond(req({ 'if-none-match': '"stale"' }), rep).status).toBe(200);
	});
	it('says the data may be kept but must be revalidated', () => {
		expect(respond(req(), rep).headers.get('cache-control')).toBe('no-cache');
	});
});

describe('compression strength', () => {
	it('is full for ordinary bodies and falls as bodies grow, never rising', () => {
		expect(strength(100_000)).toEqual({ gzip: 9, br: 11 });
		const sizes = [1e3, 1e6, 3e6, 1e7, 3e7, 2e8];
		const s = sizes.map(strength);
		for (let i = 1; i < s.length; i++) {
			expect(s[i].gzip).toBeLessThanOrEqual(s[i - 1].gzip);
			expect(s[i].br).toBeLessThanOrEqual(s[i - 1].br);
		}
		expect(strength(2e8).br).toBeLessThan(11);
	});
});
