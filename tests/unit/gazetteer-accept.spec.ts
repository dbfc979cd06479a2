/**
 * `npm run gazetteer -- accept` on a copy of the fixture corpus: a candidate becomes a drawn place
 * with its excerpts, and every refusal says why and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changed, fixtureDataDir, removeDir, run, snapshot } from './fixture-corpus';

let dir: string;
beforeAll(() => {
	dir = fixtureDataDir();
	expect(run('tools/data.ts', ['--data-dir', dir]).status).toBe(0);
}, 120_000);
afterAll(() => removeDir(dir));

const json = (p: string) => JSON.parse(readFileSync(join(dir, p), 'utf8'));
const accept = (...args: string[]) => run('tools/gazetteer.ts', ['accept', ...args, '--data-dir', dir]);

describe('npm run gazetteer -- accept', { timeout: 120_000 }, () => {
	it('turns a candidate into a drawn place: entry, reference record, excerpts — round trip', () => {
		const candidate = json('build/candidates.json').candidates.find((c: { text: string }) => c.text === 'الميادين');
		const geonameid = candidate.records[0].geonameid;
		expect(candidate.score).toBeGreaterThanOrEqual(json('build/candidates.json').propose_at);

		const r = accept(String(geonameid));
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain(`accepted GeoNames ${geonameid}`);

		const entry = json('gazetteer.json').entries.find((e: { geometry?: { where?: { geonameid?: number } } }) => e.geometry?.where?.geonameid === geonameid);
		expect(entry.id).toBe('al-mayadin');
		expect(entry.geometry).toEqual({ ref: 'geonames-accepted', where: { geonameid } });
		expect(entry.variants).toContain('الميادين');
		expect(entry.variants).toContain('مدينة الميادين');

		const ref = json('reference/geonames-accepted.geojson');
		const feature = ref.features.find((f: { properties: { geonameid: number } }) => f.properties.geonameid === geonameid);
		expect(feature.properties.attribution).toMatch(/GeoNames, geonames\.org/);
		expect(feature.properties.license).toBe('CC BY 4.0');
		expect(feature.geometry.coordinates).toEqual([candidate.records[0].lon, candidate.records[0].lat]);

		// Rebuilt: now drawn, with the verbatim excerpt, and no longer a candidate.
		const place = json('build/places.geojson').features.find((f: { id: string }) => f.id === 'al-mayadin');
		expect(place.properties.excerpts.length).toBeGreaterThan(0);
		const text = readFileSync(join(dir, 'articles', `${candidate.article}.txt`), 'utf8');
		for (const e of place.properties.excerpts) expect(text.slice(e.start, e.end)).toBe(e.text);
		expect(place.properties.source).toMatch(/GeoNames/);
		expect(json('build/candidates.json').candidates.some((c: { text: string }) => c.text === 'الميادين')).toBe(false);
	});

	it.each([
		[['173480'], /already in the gazetteer as "al-mayadin"/],
		[['99999999'], /not a cities500 record of Iraq, Syria or a neighbour/],
		[['abc'], /is not a GeoNames id/],
		[['174018', '--as', 'Bad Id!'], /--as "Bad Id!" is not a valid id/],
		[['174018', '--as', 'albu-kamal'], /already has an entry "albu-kamal"/],
		[['174018', '--as'], /--as needs a value/]
	])('refuses %j with a clear message and changes nothing', (args, message) => {
		const before = snapshot(dir);
		const r = accept(...args);
		expect(r.status).not.toBe(0);
		expect(r.stderr).toMatch(message);
		expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
		expect(changed(before, snapshot(dir))).toEqual([]);
	});
});
