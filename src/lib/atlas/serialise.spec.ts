import { describe, expect, it } from 'vitest';
import { loadRaw } from './load';
import { buildAtlas } from './build';
import { atlasFromLines, atlasLines } from './serialise';
import { fixtureDataDir, removeDir } from '../../../tests/unit/fixture-corpus';
import { afterAll } from 'vitest';

const dir = fixtureDataDir();
afterAll(() => removeDir(dir));
const atlas = buildAtlas(loadRaw(dir));

describe('the atlas as lines', () => {
	it('round-trips the atlas: same maps, same layers, features shared between them', () => {
		const b = atlasFromLines(atlasLines(atlas));
		expect(atlas.places.size).toBeGreaterThan(0);
		expect(JSON.stringify([...b.places])).toBe(JSON.stringify([...atlas.places]));
		expect(JSON.stringify([...b.incidents])).toBe(JSON.stringify([...atlas.incidents]));
		expect(JSON.stringify([...b.articles])).toBe(JSON.stringify([...atlas.articles]));
		expect(JSON.stringify([...b.mentions])).toBe(JSON.stringify([...atlas.mentions]));
		expect([...b.layers.keys()]).toEqual([...atlas.layers.keys()]);
		for (const [id, fc] of atlas.layers) expect(JSON.stringify(b.layers.get(id)), id).toBe(JSON.stringify(fc));
		const first = String(atlas.layers.get('places')!.features[0].id);
		expect(b.layers.get('places')!.features[0]).toBe(b.places.get(first));
		expect(b.problems).toEqual(atlas.problems);
	});

	// Regression (issue 20): a cut copy was read as an empty or partial atlas with ok: true.
	it('refuses lines cut short (no closing line), or with lines after the last', () => {
		const lines = atlasLines(atlas);
		expect(() => atlasFromLines(lines.slice(0, -1))).toThrow(/cut short/);
		expect(() => atlasFromLines([])).toThrow(/cut short/);
		expect(() => atlasFromLines([...lines, lines[0]])).toThrow(/after the last/);
	});
});
