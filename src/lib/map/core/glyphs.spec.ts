import { describe, expect, it } from 'vitest';
import { FONT_STACK } from './labels';
import { FIRST_RANGES, GLYPHS_URL, glyphLoader, glyphPath, stackPath } from './glyphs';

/** The URL MapLibre builds from the style's template for a stack and a range. */
const requested = (stack: string[], range: string) => GLYPHS_URL.replace('{fontstack}', stack.join(',')).replace('{range}', range);

describe('glyphPath', () => {
	it('maps a request built from the style template to the static file', () => {
		expect(glyphPath(requested(FONT_STACK, '1536-1791'))).toBe(stackPath(FONT_STACK, '1536-1791'));
		expect(stackPath(FONT_STACK, '0-255')).toBe('/glyphs/Noto Sans Regular,Noto Naskh Arabic Regular/0-255.pbf');
	});
	it('refuses anything else', () => {
		for (const u of ['https://example.com/glyphs/a/0-255', 'atlas-glyphs://a/../b/0-255', 'atlas-glyphs://a/0-255.pbf', 'atlas-glyphs://a/x']) expect(glyphPath(u)).toBeNull();
	});
});

describe('glyphLoader', () => {
	function counting(fail = new Set<string>()) {
		const calls: string[] = [];
		const get = async (path: string) => {
			calls.push(path);
			if (fail.has(path)) throw new Error('offline');
			return new TextEncoder().encode(path).buffer as ArrayBuffer;
		};
		return { calls, get };
	}

	it('starts every first-view range at once, each once', () => {
		const { calls, get } = counting();
		glyphLoader(get);
		const all = FIRST_RANGES.flatMap(([stack, ranges]) => ranges.map((r) => stackPath(stack, r)));
		expect(calls).toEqual(all);
		expect(new Set(calls).size).toBe(calls.length);
	});

	it('answers a first-view request from its download, and fetches other ranges on demand', async () => {
		const { calls, get } = counting();
		const load = glyphLoader(get);
		const started = calls.length;
		const { data } = await load({ url: requested(FONT_STACK, '0-255') });
		expect(new TextDecoder().decode(data)).toBe(stackPath(FONT_STACK, '0-255'));
		expect(calls.length).toBe(started);
		await load({ url: requested(FONT_STACK, '7680-7935') });
		await load({ url: requested(FONT_STACK, '7680-7935') });
		expect(calls.slice(started)).toEqual([stackPath(FONT_STACK, '7680-7935')]);
	});

	it('gives each request its own copy of the bytes', async () => {
		const load = glyphLoader(counting().get);
		const a = await load({ url: requested(FONT_STACK, '0-255') });
		const b = await load({ url: requested(FONT_STACK, '0-255') });
		expect(a.data).not.toBe(b.data);
		expect(new Uint8Array(a.data)).toEqual(new Uint8Array(b.data));
	});

	it('retries a range whose download failed', async () => {
		const path = stackPath(FONT_STACK, '0-255');
		const fail = new Set([path]);
		const { calls, get } = counting(fail);
		const load = glyphLoader(get);
		await expect(load({ url: requested(FONT_STACK, '0-255') })).rejects.toThrow('offline');
		fail.clear();
		const { data } = await load({ url: requested(FONT_STACK, '0-255') });
		expect(new TextDecoder().decode(data)).toBe(path);
		expect(calls.filter((c) => c === path).length).toBe(2);
	});

	it('refuses a URL that is not a glyph request', async () => {
		const load = glyphLoader(counting().get, []);
		await expect(load({ url: 'https://example.com/0-255.pbf' })).rejects.toThrow('Not a glyph request');
	});
});
