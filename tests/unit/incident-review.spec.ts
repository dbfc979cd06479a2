/**
 * From new articles to reviewed incidents, end to end on a copy of the fixture corpus: `npm run add`
 * drafts the events of two new articles (one reports two events, the other is a second outlet's
 * telling of one of them), `npm run incident` accepts one, merges the second telling into it,
 * accepts a place from GeoNames with its incident, rejects one; the built layer carries the
 * sources. Every refusal says why and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { DraftSchema, type Draft } from '$lib/corpus/events/schema';
import { IncidentRecordSchema } from '$lib/schema/incidents';
import { changed, FIXTURE_CORPUS, fixtureDataDir, removeDir, run, snapshot } from './fixture-corpus';

const NEW = ['fx_004', 'fx_005'].map((id) => join(FIXTURE_CORPUS, 'incidents', `${id}.txt`));
let dir: string;
let addOut = '';
beforeAll(() => {
	dir = fixtureDataDir();
	const r = run('tools/add.ts', [...NEW, '--data-dir', dir]);
	expect(r.status, r.stderr).toBe(0);
	addOut = r.stdout;
}, 300_000);
afterAll(() => removeDir(dir));

const json = (p: string) => JSON.parse(readFileSync(join(dir, p), 'utf8'));
const text = (article: string) => readFileSync(join(dir, 'articles', `${article}.txt`), 'utf8');
const incident = (...args: string[]) => run('tools/incident.ts', [...args, '--data-dir', dir]);
const drafts = (): Draft[] => json('build/incident-drafts.json').drafts;
const incidents = () => json('incidents.json').incidents as { id: string; excerpts: { article: string }[]; drafts?: string[]; [k: string]: unknown }[];
const BOMB = ['ied', 'landmine', 'suicide-bombing'];

/** Every `{start, end, text}` inside a value, with where it was found. */
function spans(x: unknown, at = ''): [string, { start: number; end: number; text: string }][] {
	if (!x || typeof x !== 'object') return [];
	const o = x as Record<string, unknown>;
	const own: [string, { start: number; end: number; text: string }][] = typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' ? [[at, o as never]] : [];
	return [...own, ...Object.entries(o).flatMap(([k, y]) => spans(y, `${at}.${k}`))];
}

// Chosen by what they say, not by number: the bomb near al-Qa'im in each article, the other events.
let bomb4: Draft, bomb5: Draft, other4: Draft, other5: Draft;

describe('incidents from new articles', { timeout: 300_000 }, () => {
	it('npm run add drafts every event of the new articles, each field with its verbatim words, and prints them', () => {
		expect.hasAssertions();
		const all = drafts();
		for (const d of all) {
			expect(v.safeParse(DraftSchema, d).success, d.id).toBe(true);
			for (const k of ['id', 'article', 'evidence', 'date', 'event_type', 'sub_event_type', 'type', 'actors', 'place', 'fatalities', 'quantities', 'title_ar', 'title_en', 'same_as', 'confidence', 'reasons']) expect(d, `${d.id}.${k}`).toHaveProperty(k);
			for (const [where, s] of spans(d)) expect(text(d.article).slice(s.start, s.end), `${d.id}${where}`).toBe(s.text);
		}
		const of = (a: string) => all.filter((d) => d.article === a);
		expect(of('fx_004').length).toBeGreaterThanOrEqual(2);
		[bomb4, other4] = [of('fx_004').find((d) => BOMB.includes(d.type))!, of('fx_004').find((d) => !BOMB.includes(d.type))!];
		[bomb5, other5] = [of('fx_005').find((d) => BOMB.includes(d.type))!, of('fx_005').find((d) => !BOMB.includes(d.type))!];
		for (const d of [bomb4, bomb5, other4, other5]) expect(d).toBeDefined();
		// The bomb: near al-Qa'im (precision 2), the Tuesday before the articles' date, two dead.
		for (const d of [bomb4, bomb5]) {
			expect(d.place).toMatchObject({ id: 'al-qaim', geo_precision: 2 });
			expect(d.date).toMatchObject({ from: '2025-11-11', to: '2025-11-11', precision: 'day' });
			expect(d.fatalities?.value).toBe(2);
		}
		// Two outlets tell it: corroborated both ways, and not with the other events.
		expect(bomb5.same_as).toContain(bomb4.id);
		expect(bomb4.same_as).toContain(bomb5.id);
		expect(other4.same_as).not.toContain(bomb5.id);
		// The article an incident already cites by hand is not drafted.
		expect(all.some((d) => d.article === 'fx_001')).toBe(false);
		// The review list and the readable file show them with the commands.
		for (const d of [bomb4, bomb5, other4, other5]) {
			expect(addOut).toContain(d.id);
			expect(addOut).toContain(`npm run incident -- accept ${d.id}`);
		}
		const md = readFileSync(join(dir, 'build', 'incident-drafts.md'), 'utf8');
		for (const d of all) {
			expect(md).toContain(`\`${d.id}\``);
			expect(md).toContain(d.evidence.text);
			expect(md).toContain(`npm run incident -- reject ${d.id} --why`);
		}
	});

	it.each([
		[['accept', 'fx_004-e99'], /no draft "fx_004-e99"/],
		[['accept'], /usage: npm run incident/],
		[['approve', 'x'], /unknown command "approve"/],
		[['accept', '@bomb4', '--as', 'Bad Id!'], /--as "Bad Id!" is not a valid id/],
		[['accept', '@bomb4', '--as', 'fx-clashes-albu-kamal'], /already has an incident "fx-clashes-albu-kamal"/],
		[['accept', '@bomb4', '--as', 'a', '--same-as', 'b'], /not both/],
		[['accept', '@bomb4', '--same-as', 'nothing-here'], /no incident and no accepted draft/],
		[['accept', '@bomb5', '--same-as', '@bomb4'], /is not accepted yet: accept it first/],
		[['accept', '@bomb4', '--why', 'x'], /--why goes with reject/],
		[['accept', '@bomb4', '--as'], /--as needs a value/],
		[['reject', '@other5'], /say why with --why/],
		[['reject', '@other5', '--why', '   '], /say why with --why/],
		[['reject', '@other5', '--as', 'x', '--why', 'y'], /--as and --same-as go with accept/],
		[['reject', 'fx_005-e99', '--why', 'no'], /no draft "fx_005-e99"/],
		[['accept', '@bomb4', '--date', '2025-11-31'], /--date "2025-11-31" is not a day or a range of days/],
		[['reject', '@other5', '--why', 'y', '--date', '2025-11-11'], /--date goes with accept/]
	])('refuses %j with a clear message and changes nothing', (args, message) => {
		const named: Record<string, Draft> = { '@bomb4': bomb4, '@bomb5': bomb5, '@other5': other5 };
		const before = snapshot(dir);
		const r = incident(...args.map((a) => named[a]?.id ?? a));
		expect(r.status).not.toBe(0);
		expect(r.stderr).toMatch(message);
		expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
		expect(changed(before, snapshot(dir))).toEqual([]);
	});

	it('accepts a draft as a schema-checked incident with its verbatim excerpt and a drawn footprint; twice changes nothing', () => {
		const r = incident('accept', bomb4.id);
		expect(r.status, r.stderr).toBe(0);
		const rec = incidents().find((i) => i.drafts?.includes(bomb4.id))!;
		const ok = v.parse(IncidentRecordSchema, rec);
		expect(ok.excerpts).toEqual([{ article: 'fx_004', ...bomb4.evidence }]);
		expect(text('fx_004').slice(ok.excerpts[0].start, ok.excerpts[0].end)).toBe(ok.excerpts[0].text);
		expect(ok).toMatchObject({ type: bomb4.type, date: '2025-11-11', date_precision: 'day', geo_precision: 2, place_ids: ['al-qaim'], title_ar: bomb4.title_ar, title_en: bomb4.title_en });
		// Precision 2: the town, and a drawn area around it as the footprint, in the gazetteer.
		const area = json('gazetteer.json').entries.find((e: { id: string }) => e.id === ok.footprint);
		expect(area).toMatchObject({ contains: ['al-qaim'], geometry_basis: 'drawn', variants: [] });
		expect(area.drawn_how).toContain(bomb4.place!.evidence.text);
		const feature = json('build/incidents.geojson').features.find((f: { id: string }) => f.id === ok.id);
		expect(feature.geometry.type).toMatch(/Polygon/);
		expect(feature.properties).toMatchObject({ source_count: 1, sources: ['Shafaq News'], footprint_id: ok.footprint });

		const before = snapshot(dir);
		const again = incident('accept', bomb4.id);
		expect(again.status).toBe(0);
		expect(again.stdout).toMatch(/already in incident/);
		expect(changed(before, snapshot(dir))).toEqual([]);
		expect(drafts().some((d) => d.id === bomb4.id)).toBe(false);
	});

	it('merges a second outlet’s telling with --same-as: two sources on the built incident', () => {
		const id = incidents().find((i) => i.drafts?.includes(bomb4.id))!.id;
		const r = incident('accept', bomb5.id, '--same-as', bomb4.id);
		expect(r.status, r.stderr).toBe(0);
		const rec = incidents().find((i) => i.id === id)!;
		expect(rec.excerpts.map((e) => e.article)).toEqual(['fx_004', 'fx_005']);
		expect(rec.drafts).toEqual([bomb4.id, bomb5.id]);
		expect(incidents().length).toBe(2);
		const feature = json('build/incidents.geojson').features.find((f: { id: string }) => f.id === id);
		expect(feature.properties.source_count).toBe(2);
		expect(feature.properties.sources).toEqual(['Shafaq News', 'Rudaw']);
		for (const e of feature.properties.excerpts) expect(text(e.article).slice(e.start, e.end)).toBe(e.text);
		// The merged telling is no longer proposed, and cannot be rejected now.
		expect(drafts().some((d) => d.id === bomb5.id)).toBe(false);
		const before = snapshot(dir);
		expect(incident('reject', bomb5.id, '--why', 'dup').stderr).toMatch(/already in incident/);
		expect(changed(before, snapshot(dir))).toEqual([]);
	});

	it('accepts a draft placed at a GeoNames town: the town joins the gazetteer with its record', () => {
		expect(other4.place?.geonameid).toBeTypeOf('number');
		const r = incident('accept', other4.id);
		expect(r.status, r.stderr).toBe(0);
		const entry = json('gazetteer.json').entries.find((e: { geometry?: { where?: { geonameid?: number } } }) => e.geometry?.where?.geonameid === other4.place!.geonameid);
		expect(entry.geometry.ref).toBe('geonames-accepted');
		expect(json('reference/geonames-accepted.geojson').features.map((f: { properties: { geonameid: number } }) => f.properties.geonameid)).toContain(other4.place!.geonameid);
		const rec = incidents().find((i) => i.drafts?.includes(other4.id))!;
		expect(rec.place_ids).toEqual([entry.id]);
		const feature = json('build/incidents.geojson').features.find((f: { id: string }) => f.id === rec.id);
		expect(feature.geometry.coordinates).toEqual([other4.place!.lon, other4.place!.lat]);
	});

	it('rejects a draft with the reason: not proposed on the next npm run data; twice changes nothing', () => {
		const r = incident('reject', other5.id, '--why', 'a background arrest, not on the frontier');
		expect(r.status, r.stderr).toBe(0);
		expect(json('incident-rejections.json').rejections).toEqual([expect.objectContaining({ draft: other5.id, article: 'fx_005', evidence: other5.evidence, why: 'a background arrest, not on the frontier' })]);
		expect(run('tools/data.ts', ['--data-dir', dir]).status).toBe(0);
		const file = json('build/incident-drafts.json');
		expect(file.drafts.some((d: Draft) => d.id === other5.id || d.evidence.text === other5.evidence.text)).toBe(false);
		expect(file.held).toContainEqual({ id: other5.id, why: expect.stringMatching(/^rejected on .*: a background arrest/) });
		// Everything of the two articles is reviewed now: nothing of theirs is proposed.
		expect(file.drafts.filter((d: Draft) => d.article === 'fx_004' || d.article === 'fx_005')).toEqual([]);

		const before = snapshot(dir);
		const again = incident('reject', other5.id, '--why', 'again');
		expect(again.status).toBe(0);
		expect(again.stdout).toMatch(/already rejected/);
		expect(changed(before, snapshot(dir))).toEqual([]);
		expect(incident('accept', other5.id).stderr).toMatch(/was rejected on .*remove it from incident-rejections\.json/);
		expect(changed(before, snapshot(dir))).toEqual([]);
	});
});
