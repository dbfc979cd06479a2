import { describe, expect, it } from 'vitest';
import { decodedPath, isCrossSite } from './guards';

describe('decodedPath', () => {
	it.each(['/api/places/%ff', '/api/places/%c3%28', '/api/places/%zz', '/api/places/abc%', '/%E0%A4%A'])('refuses %s', (p) => {
		expect(decodedPath(p)).toBeNull();
	});
	it.each(['/api/places/albu-kamal', '/api/places/%D8%AF%D9%8A%D8%B1', '/glyphs/Noto%20Sans%20Regular%2CNoto/0-255.pbf', '/a%25b'])('accepts %s', (p) => {
		expect(decodedPath(p)).toBeTypeOf('string');
	});
});

describe('isCrossSite', () => {
	const url = new URL('http://127.0.0.1:3000/api/layers');
	it('is false without Origin or with our own origin', () => {
		expect(isCrossSite(new Headers(), url)).toBe(false);
		expect(isCrossSite(new Headers({ origin: 'http://127.0.0.1:3000' }), url)).toBe(false);
		expect(isCrossSite(new Headers({ 'sec-fetch-site': 'same-origin' }), url)).toBe(false);
	});
	it('is true for another origin, an opaque one, or a cross-site fetch', () => {
		expect(isCrossSite(new Headers({ origin: 'https://evil.example' }), url)).toBe(true);
		expect(isCrossSite(new Headers({ origin: 'null' }), url)).toBe(true);
		expect(isCrossSite(new Headers({ origin: 'http://127.0.0.1:3001' }), url)).toBe(true);
		expect(isCrossSite(new Headers({ 'sec-fetch-site': 'cross-site' }), url)).toBe(true);
	});
});
