/**
 * Search over the real atlas: every spelling of the shared table finds its place first; dates,
 * actors and outlets find incidents and articles. Plus ranking rules on a small invented index.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { getAtlas } from '$lib/server/atlas';
import { buildIndex, groupHits, search } from './engine';
import { articleDocs, incidentDocs, placeDocs, placeNamesById, userDocs, type SearchDoc } from './documents';
import { SPELLINGS } from '../../../tests/fixtures/search/spellings';

const atlas = getAtlas();
const places = ['places', 'areas', 'lines', 'countries'].flatMap((l) => placeDocs(atlas.layers.get(l as 'places')!));
const incidents = atlas.layers.get('incidents')!;
const index = buildIndex([
	...places,
	...incidentDocs(incidents, placeNamesById(places)),
	...articleDocs([...atlas.articles.values()].map((a) => ({ id: a.id, meta: a.meta })))
]);
const top = (q: string) => search(index, q)[0]?.doc.id;
const ids = (q: string) => search(index, q).map((h) => h.doc.id);

describe('every spelling in the table finds its place first', () => {
	for (const row of SPELLINGS) {
		it(row.id, () => {
			expect(places.some((p) => p.target.kind === 'place' && p.target.id === row.id), `${row.id} is on the map`).toBe(true);
			for (const s of row.spellings) expect(top(s), JSON.stringify(s)).toBe(`place:${row.id}`);
		});
	}
	it('the table is wide: at least 15 places, 5 spellings each, Latin and Arabic', () => {
		expect(SPELLINGS.length).toBeGreaterThanOrEqual(15);
		for (const row of SPELLINGS.filter((r) => r.spellings.length < 5)) expect(row.spellings.length, row.id).toBeGreaterThanOrEqual(5);
		for (const row of SPELLINGS.slice(0, 15)) {
			expect(row.spellings.some((s) => /[\u0600-\u06FF]/.test(s)), row.id).toBe(true);
			expect(row.spellings.some((s) => /[a-z]/i.test(s)), row.id).toBe(true);
		}
		for (const row of SPELLINGS) for (const s of row.e2e) expect(row.spellings, row.id).toContain(s);
	});
});

describe('ranking', () => {
	it('a place named exactly comes before the lines and incidents that mention it', () => {
		expect(ids('Kirkuk')[0]).toBe('place:kirkuk');
		expect(ids('Kirkuk')).toContain('place:kirkuk-baniyas-pipeline');
		expect(ids('Qamishli').slice(0, 2)).toEqual(['place:qamishli', 'place:qamishli-countryside']);
		expect(ids('Baghdad')[0]).toBe('place:baghdad');
		expect(ids('Baghdad')).toContain('incident:2025-05-baghdad-arab-summit');
	});
	it('every word counts: two names find the line joining them, not each place', () => {
		expect(ids('Kirkuk Baniyas')).toEqual(['place:kirkuk-baniyas-pipeline']);
		expect(ids('Kirkuk Ceyhan')[0]).toBe('place:kirkuk-ceyhan-pipeline');
	});
	it('a prefix finds what is being typed', () => {
		expect(top('Qami')).toBe('place:qamishli');
		expect(top('Deir ez')).toBe('place:deir-ez-zor');
		expect(top('البوك')).toBe('place:albu-kamal');
	});
	it('says which key of the whole name matched: as typed, folded or phonetic', () => {
		expect(search(index, 'Qamishli')[0].found).toMatchObject({ key: 'name', match: 'exact', via: 'exact' });
		expect(search(index, 'Alqamishli')[0].found).toMatchObject({ key: 'name', via: 'fold' });
		expect(search(index, 'Kamechli')[0].found).toMatchObject({ key: 'name', via: 'sound' });
		expect(search(index, 'Qamishlo')[0].found).toMatchObject({ key: 'name', match: 'fuzzy' });
	});
	it('finds nothing for nonsense', () => {
		expect(search(index, 'xqzvw')).toEqual([]);
		expect(search(index, '   ')).toEqual([]);
	});
});

describe('incidents', () => {
	const octIds = incidents.features.filter((f) => f.properties!.date_from <= '2025-10-31' && f.properties!.date_to >= '2025-10-01').map((f) => `incident:${f.id}`);
	it('by month and year, however written', () => {
		expect(octIds.length).toBeGreaterThan(0);
		for (const q of ['Oct 2025', 'October 2025', '2025-10', 'أكتوبر 2025', 'تشرين الأول 2025', 'oct 2025']) {
			const found = ids(q).filter((id) => id.startsWith('incident:'));
			expect(found.sort(), q).toEqual([...octIds].sort());
		}
	});
	it('a month finds incidents only of that month; a span covers each of its months', () => {
		const july = ids('July 2025').filter((id) => id.startsWith('incident:'));
		expect(july).toEqual(['incident:2025-07-30-joint-drug-seizure']);
		expect(ids('January 2025')).toContain('incident:2024-12-syrian-soldiers-return-via-albu-kamal');
		expect(ids('Dec 2024')).toContain('incident:2024-12-syrian-soldiers-return-via-albu-kamal');
	});
	it('by title words and actors, in either script', () => {
		expect(ids('drug seizure').slice(0, 2).sort()).toEqual(['incident:2025-07-30-joint-drug-seizure', 'incident:2025-10-22-joint-drug-seizure']);
		expect(top('captagon')).toBe('incident:2025-10-22-joint-drug-seizure');
		expect(top('SDF patrol')).toBe('incident:2024-02-08-us-sdf-joint-patrol-qamishli');
		expect(top('قسد')).toBe('incident:2024-02-08-us-sdf-joint-patrol-qamishli');
		expect(top('Arab League summit')).toBe('incident:2025-05-baghdad-arab-summit');
		expect(ids('al-Shaibani')).toContain('incident:2024-12-26-iraqi-intelligence-delegation-damascus');
	});
});

describe('articles', () => {
	const byOutlet = (o: string) => [...atlas.articles.values()].filter((a) => [a.meta.outlet_en.value, a.meta.outlet_ar.value].includes(o)).map((a) => `article:${a.id}`);
	it('by outlet, in English or Arabic, spelt loosely', () => {
		const shafaq = byOutlet('Shafaq News');
		expect(shafaq.length).toBeGreaterThan(0);
		for (const q of ['Shafaq News', 'شفق نيوز', 'Shafak', 'shafaq']) expect(ids(q).filter((id) => id.startsWith('article:')), q).toEqual(shafaq);
	});
	it('by the agency an article relays, and by headline', () => {
		expect(ids('Monte Carlo')).toContain('article:000_8ce4d1c570f8e184');
		const withHeadline = [...atlas.articles.values()].find((a) => a.meta.headline_en)!;
		expect(ids(withHeadline.meta.headline_en!)[0]).toBe(`article:${withHeadline.id}`);
		expect(ids(withHeadline.meta.headline_ar.value!)[0]).toBe(`article:${withHeadline.id}`);
	});
});

describe('rules on an invented index', () => {
	const doc = (id: string, names: string[], forms: string[] = []): SearchDoc => ({
		id: `place:${id}`,
		group: 'place',
		target: { kind: 'place', id },
		title: names[0],
		titleAr: null,
		detail: {},
		names,
		forms
	});
	const small = buildIndex([doc('homs', ['Homs', 'حمص']), doc('hama', ['Hama', 'حماة']), doc('hol', ['al-Hol', 'الهول']), doc('rawa', ['Rawa', 'راوة'])]);
	it('an exact name beats a fuzzy neighbour', () => {
		expect(search(small, 'Hama')[0].doc.id).toBe('place:hama');
		expect(search(small, 'Homs')[0].doc.id).toBe('place:homs');
		expect(search(small, 'Hama')[0].score).toBeGreaterThan(search(small, 'Hama').find((h) => h.doc.id !== 'place:hama')?.score ?? 0);
	});
	it('says which key found it', () => {
		expect(search(small, 'Homs')[0].found).toMatchObject({ key: 'name', match: 'exact' });
		expect(search(small, 'Hawl')[0]).toMatchObject({ doc: { id: 'place:hol' } });
		expect(search(small, 'Hawl')[0].found.key).toMatch(/sound|skel|name|core/);
		expect(search(small, 'حماه')[0].doc.id).toBe('place:hama');
	});
	it('user features are found by their text properties and grouped apart', () => {
		const fc: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', geometry: { type: 'Point', coordinates: [40, 34] }, properties: { name: 'Checkpoint Alpha', note: 'near Rawa' } },
				{ type: 'Feature', geometry: { type: 'Point', coordinates: [41, 34] }, properties: { label: 'Well 7' } }
			]
		};
		const user = buildIndex(userDocs(fc.features.map((feature, index) => ({ layer: { id: 'user-1', name: 'My points' }, index, feature, day: null }))));
		const hits = search([small, user], 'Rawa');
		expect(hits.map((h) => h.doc.id)).toEqual(['place:rawa', 'user:user-1:0']);
		expect(groupHits(hits).map((g) => g.group)).toEqual(['place', 'user']);
		expect(search([small, user], 'checkpint alpha')[0].doc).toMatchObject({ title: 'Checkpoint Alpha', target: { kind: 'user', layerId: 'user-1', index: 0 } });
	});
});
