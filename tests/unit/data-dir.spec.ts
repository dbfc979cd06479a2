/**
 * Working on a copy of geodata/: adding an article needs no code change, and bad files become
 * readable problems while everything else still loads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRaw, unknownMeta } from '$lib/atlas/load';
import { buildAtlas } from '$lib/atlas/build';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'atlas-'));
	cpSync('geodata', dir, { recursive: true });
	rmSync(join(dir, 'build'), { recursive: true, force: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NEW_ID = '900_test_new_article';
const NEW_TEXT = 'اشتباكات في البوكمال وريف القامشلي.\nووصلت تعزيزات إلى الأنبار قرب مخيم الهول، وفق مصادر محلية.\nوأُغلق منفذ القائم الحدودي.\n';

describe('adding an article', () => {
	// `npm run data` also writes the served build (brotli at full strength): minutes on a busy machine.
	it('yields its mentions, excerpts and layers from `npm run data`, with no code change', { timeout: 180_000 }, () => {
		writeFileSync(join(dir, 'articles', `${NEW_ID}.txt`), NEW_TEXT);
		writeFileSync(join(dir, 'articles', `${NEW_ID}.json`), JSON.stringify(unknownMeta(NEW_ID, 'test article')));

		execFileSync('npx', ['tsx', 'tools/data.ts', '--data-dir', dir], { stdio: 'pipe' });
		const mentions = JSON.parse(readFileSync(join(dir, 'build', 'mentions.json'), 'utf8'))[NEW_ID];
		expect(mentions.map((m: { ref: string }) => m.ref)).toEqual(['albu-kamal', 'qamishli-countryside', 'qamishli', 'anbar', 'al-hol-camp', 'al-qaim', 'iraq-syria-border']);
		for (const m of mentions) expect(NEW_TEXT.slice(m.start, m.end)).toBe(m.text);

		const places = JSON.parse(readFileSync(join(dir, 'build', 'places.geojson'), 'utf8'));
		const albu = places.features.find((f: { id: string }) => f.id === 'albu-kamal');
		const fromNew = albu.properties.excerpts.filter((e: { article: string }) => e.article === NEW_ID);
		expect(fromNew).toHaveLength(1);
		expect(fromNew[0].sentence).toBe('اشتباكات في البوكمال وريف القامشلي.');

		// al-Qa'im is in the gazetteer; named by the new article, it is on the map with that excerpt.
		const qaim = places.features.find((f: { id: string }) => f.id === 'al-qaim');
		expect(qaim.properties.excerpts.filter((e: { article: string }) => e.article === NEW_ID).map((e: { text: string }) => e.text)).toEqual(['منفذ القائم']);
	});

	// Regression: the one argument parser refused `--served`, so `npm run serve` stopped at its second step.
	it('`npm run data -- --served` (what `npm run serve` runs) is accepted and finds the build just written current', { timeout: 60_000 }, () => {
		const out = execFileSync('npx', ['tsx', 'tools/data.ts', '--served', '--data-dir', dir], { encoding: 'utf8' });
		expect(out).toMatch(/^served build current/m);
	});

	it('keeps gazetteer places no article names (and no incident uses) off the map', () => {
		const named = new Set(Object.values(JSON.parse(readFileSync('geodata/build/mentions.json', 'utf8')) as { ref: string }[][]).flatMap((ms) => ms.map((m) => m.ref)));
		const incidents = JSON.parse(readFileSync('geodata/incidents.json', 'utf8')).incidents as { place_ids: string[]; footprint?: string }[];
		const used = new Set(incidents.flatMap((i) => [...i.place_ids, ...(i.footprint ? [i.footprint] : [])]));
		const ids = (JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')).entries as { id: string }[]).map((e) => e.id);
		const drawn = new Set(
			['places', 'areas', 'lines', 'countries'].flatMap((l) => JSON.parse(readFileSync(`geodata/build/${l}.geojson`, 'utf8')).features.map((f: { id: string }) => f.id))
		);
		expect(drawn.size).toBeGreaterThan(0);
		for (const id of ids) if (!named.has(id) && !used.has(id)) expect(drawn.has(id), id).toBe(false);
		for (const id of drawn) expect(named.has(id) || used.has(id), id).toBe(true);
	});
});

describe('bad input loses nothing', () => {
	it('reports a broken article, bad metadata, a bad recipe and a moved quote, and keeps the rest', () => {
		writeFileSync(join(dir, 'articles', 'bad_utf8.txt'), Buffer.from([0xd8, 0x41, 0xff, 0xfe]));
		writeFileSync(join(dir, 'articles', 'bad_meta.txt'), 'نص عن دمشق.');
		writeFileSync(join(dir, 'articles', 'bad_meta.json'), '{ not json');
		const gaz = JSON.parse(readFileSync(join(dir, 'gazetteer.json'), 'utf8'));
		gaz.entries.push({ id: 'no-variants', name_en: 'X', name_ar: 'س', kind: 'town', scope: 'frontier' });
		gaz.entries.push({ id: 'broken-place', name_en: 'Broken', name_ar: 'مكسور', kind: 'town', scope: 'frontier', variants: ['مكسور'], geometry: { ref: 'places', where: { geonameid: -1 } } });
		writeFileSync(join(dir, 'gazetteer.json'), JSON.stringify(gaz));
		const inc = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8'));
		inc.incidents[0].excerpts[0].start += 1;
		inc.incidents.push({ id: 'no-places', date: '2025-01-01', type: 'x', geo_precision: 1, excerpts: [] });
		writeFileSync(join(dir, 'incidents.json'), JSON.stringify(inc));

		const atlas = buildAtlas(loadRaw(dir));
		const where = atlas.problems.map((p) => p.where);
		expect(where).toContain('articles/bad_utf8.txt');
		expect(where).toContain('articles/bad_meta.json');
		expect(where).toContain('gazetteer/broken-place');
		expect(where).toContain(`incidents/${inc.incidents[0].id}`);
		expect(where).toContain('gazetteer/no-variants');
		expect(where).toContain('incidents/no-places');
		for (const p of atlas.problems) expect(p.message).toMatch(/\S/);

		expect(atlas.articles.has('bad_utf8')).toBe(false);
		expect(atlas.articles.get('bad_meta')!.meta.outlet_en.value).toBeNull();
		expect(atlas.places.get('damascus')!.properties.excerpts.some((e) => e.article === 'bad_meta')).toBe(true);
		expect(atlas.places.get('broken-place')!.geometry).toBeNull();
		expect(atlas.places.get('albu-kamal')!.geometry).not.toBeNull();
		// Every incident but the one without places is kept (the moved quote is a problem, not a loss).
		expect([...atlas.incidents.keys()].sort()).toEqual(inc.incidents.filter((i: { id: string }) => i.id !== 'no-places').map((i: { id: string }) => i.id).sort());
	});

	it('survives a missing data folder with problems, not a crash', () => {
		const atlas = buildAtlas(loadRaw(join(dir, 'does-not-exist')));
		expect(atlas.problems.length).toBeGreaterThan(0);
		expect(atlas.places.size).toBe(0);
	});

	it('`npm run data` exits non-zero and names the problem', { timeout: 180_000 }, () => {
		let out = '';
		try {
			execFileSync('npx', ['tsx', 'tools/data.ts', '--data-dir', dir], { stdio: 'pipe' });
		} catch (e) {
			out = String((e as { stderr: Buffer }).stderr);
		}
		expect(out).toMatch(/bad_utf8\.txt: not valid UTF-8/);
	});
});
