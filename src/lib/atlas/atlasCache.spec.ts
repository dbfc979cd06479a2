import { afterAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRaw } from './load';
import { buildAtlas } from './build';
import { atlasFromLines, atlasLines, cachedAtlas, dataHash } from './atlasCache';

const dir = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
const data = join(dir, 'geodata');
cpSync('geodata', data, { recursive: true, filter: (s) => !s.includes('/.cache') });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atlas cache', () => {
	it('round-trips the atlas: same maps, same layers, features shared between them', () => {
		const a = buildAtlas(loadRaw(data));
		const b = atlasFromLines(atlasLines(a));
		expect(JSON.stringify([...b.places])).toBe(JSON.stringify([...a.places]));
		expect(JSON.stringify([...b.incidents])).toBe(JSON.stringify([...a.incidents]));
		expect(JSON.stringify([...b.articles])).toBe(JSON.stringify([...a.articles]));
		expect(JSON.stringify([...b.mentions])).toBe(JSON.stringify([...a.mentions]));
		expect([...b.layers.keys()]).toEqual([...a.layers.keys()]);
		expect(a.layers.size).toBeGreaterThan(0);
		for (const [id, fc] of a.layers) expect(JSON.stringify(b.layers.get(id)), id).toBe(JSON.stringify(fc));
		expect(b.layers.get('places')!.features[0]).toBe(b.places.get(String(a.layers.get('places')!.features[0].id)));
		expect(b.problems).toEqual(a.problems);
	});

	it('hashes the inputs: any byte changes the key, outputs do not', () => {
		const h = dataHash(data);
		writeFileSync(join(data, 'build', 'x.txt'), 'output');
		expect(dataHash(data)).toBe(h);
		writeFileSync(join(data, 'glosses.json'), JSON.stringify({ x: 'y' }));
		expect(dataHash(data)).not.toBe(h);
	});

	it('builds once, then reads the copy back; new data or a new build rebuilds', () => {
		const cache = join(dir, 'cache');
		let builds = 0;
		const build = () => (builds++, buildAtlas(loadRaw(data)));
		const first = cachedAtlas(data, cache, 'v1', build);
		const second = cachedAtlas(data, cache, 'v1', build);
		expect([first.hit, second.hit, builds]).toEqual([false, true, 1]);
		expect(JSON.stringify([...second.atlas.places])).toBe(JSON.stringify([...first.atlas.places]));
		expect(cachedAtlas(data, cache, 'v2', build).hit).toBe(false);
		expect(builds).toBe(2);
		expect(readdirSync(cache)).toHaveLength(2); // one copy (older ones replaced) and its size + hash
		// A broken copy is rebuilt, not served.
		const copy = () => join(cache, readdirSync(cache).find((f) => f.endsWith('.jsonl'))!);
		writeFileSync(copy(), '["p", {broken');
		expect(cachedAtlas(data, cache, 'v2', build).hit).toBe(false);
	});

	// Regression (issue 20): a zero-length or line-truncated cache was served as an empty or partial
	// atlas with ok: true, and stayed so across restarts.
	it.each([
		['zero-length', () => ''],
		['cut at a line end', (s: string) => s.split('\n').slice(0, 3).join('\n')],
		['cut mid-line', (s: string) => s.slice(0, s.length - 20)]
	])('a %s copy is rebuilt with a notice, and the next start reads the good copy', (_what, cut) => {
		const cache = join(dir, `cache-${_what}`);
		let builds = 0;
		const build = () => (builds++, buildAtlas(loadRaw(data)));
		const whole = cachedAtlas(data, cache, 'v1', build).atlas;
		const file = join(cache, readdirSync(cache).find((f) => f.endsWith('.jsonl'))!);
		writeFileSync(file, cut(readFileSync(file, 'utf8')));
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const again = cachedAtlas(data, cache, 'v1', build);
		expect(again.hit).toBe(false);
		expect(warn.mock.calls.flat().join(' ')).toMatch(/cached atlas .* is damaged \(.+\); rebuilt from the data/);
		warn.mockRestore();
		expect(again.atlas.places.size).toBe(whole.places.size);
		expect(again.atlas.articles.size).toBe(whole.articles.size);
		const third = cachedAtlas(data, cache, 'v1', build);
		expect([third.hit, builds]).toEqual([true, 2]);
	});

	it('refuses lines cut short even without the sum file (no closing line)', () => {
		const lines = atlasLines(buildAtlas(loadRaw(data)));
		expect(() => atlasFromLines(lines.slice(0, -1))).toThrow(/cut short/);
		expect(() => atlasFromLines([])).toThrow(/cut short/);
	});
});
