/**
 * Ranking rules and type words on small invented indexes: a whole-word or whole-name match ranks
 * above (and then drops) a fuzzy fragment of a longer name; incidents are found by the Arabic and
 * English words of their type, however the Arabic is written.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildIndex, groupHits, search, type Group } from './engine';
import { besideTowns } from './rank';
import { incidentDocs, type SearchDoc } from './documents';
import { typeWords } from './typeWords';

const place = (id: string, names: string[]): SearchDoc => ({
	id: `place:${id}`,
	group: 'place',
	target: { kind: 'place', id },
	title: names[0],
	titleAr: null,
	detail: {},
	names,
	forms: [id.replace(/-/g, ' ')]
});

describe('a whole match ranks above, and drops, fuzzy fragments of longer names', () => {
	const corridor = place('land-corridor', ["Iran's land corridor ('Shia crescent')", 'الهلال الشيعي']);
	const saudi = place('saudi-arabia', ['Saudi Arabia', 'السعودية']);
	const hol = place('al-hol-camp', ['al-Hol camp', 'مخيم الهول', 'al-Hawl']);
	const ids = (docs: SearchDoc[], q: string) => search(buildIndex(docs), q).map((h) => h.doc.id);

	it('a fragment alone is still offered, marked as a fragment', () => {
		const hits = search(buildIndex([saudi]), 'Rabia');
		expect(hits.map((h) => h.doc.id)).toEqual(['place:saudi-arabia']);
		expect(hits[0].fragment).toBe(true);
	});
	it('once a name matches whole, the fragments go', () => {
		const rabia = place('rabia', ['Rabia', 'ربيعة']);
		expect(ids([saudi, rabia], 'Rabia')).toEqual(['place:rabia']);
		expect(ids([saudi, rabia], 'ربيعه')).toEqual(['place:rabia']);
		for (const q of ['Hol', 'al-Hol', 'Hawl', 'الهول', 'هول']) expect(ids([corridor, hol], q), q).toEqual(['place:al-hol-camp']);
	});
	it('a whole word of a longer name is not a fragment', () => {
		const hits = search(buildIndex([corridor, hol]), 'crescent');
		expect(hits.map((h) => h.doc.id)).toEqual(['place:land-corridor']);
		expect(hits[0].fragment).toBe(false);
	});
});

describe('beside the lookup: a town GeoNames knows by the whole name', () => {
	const damascus = place('damascus', ['Damascus', 'دمشق']);
	const saudi = place('saudi-arabia', ['Saudi Arabia', 'السعودية']);
	const groups = (docs: SearchDoc[], q: string) => groupHits(search(buildIndex(docs), q));
	const ids = (r: { groups: Group[] }) => r.groups.flatMap((g) => g.hits.map((h) => h.doc.id));

	it('«Dimashq» finds Damascus only by its consonants: a fragment, kept when the town is that drawn place', () => {
		const found = groups([damascus, saudi], 'Dimashq');
		expect(found.flatMap((g) => g.hits.map((h) => h.fragment))).toEqual([true]);
		expect(besideTowns(found, { towns: 1, drawn: ['damascus'] })).toMatchObject({ confirmed: true });
		expect(ids(besideTowns(found, { towns: 1, drawn: ['damascus'] }))).toEqual(['place:damascus']);
		// A town of the name that is not drawn: the fragment goes and the lookup speaks.
		expect(besideTowns(found, { towns: 1, drawn: [] })).toEqual({ groups: [], confirmed: false });
		expect(besideTowns(found, { towns: 1, drawn: ['elsewhere'] })).toEqual({ groups: [], confirmed: false });
	});
	it('puts the confirmed town first; leaves whole matches and answers without towns alone', () => {
		const found = groups([saudi, damascus], 'Rabia');
		expect(besideTowns(found, null)).toEqual({ groups: found, confirmed: false });
		expect(besideTowns(found, { towns: 0, drawn: [] })).toEqual({ groups: found, confirmed: false });
		const two: Group[] = [{ group: 'place', hits: [...found[0].hits, { ...found[0].hits[0], doc: damascus }] }];
		expect(ids(besideTowns(two, { towns: 2, drawn: ['damascus'] }))).toEqual(['place:damascus', 'place:saudi-arabia']);
		const whole = groups([damascus], 'Damascus');
		expect(besideTowns(whole, { towns: 1, drawn: [] })).toEqual({ groups: whole, confirmed: false });
	});
});

describe('incidents by the words of their type', () => {
	const types = ['drug-seizure', 'ied', 'clash', 'landmine', 'patrol'];
	const fc: FeatureCollection = {
		type: 'FeatureCollection',
		features: types.map((type, i) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [40 + i, 34] },
			properties: { id: `inc-${type}`, title_en: `Incident ${i + 1}`, type, actors: [], place_ids: [], date: '2025-01-01' }
		}))
	};
	const index = buildIndex(incidentDocs(fc));
	const found = (q: string) => search(index, q).map((h) => h.doc.id);
	const cases: [string, string][] = [
		['مخدرات', 'drug-seizure'],
		['مخدّرات', 'drug-seizure'],
		['المخدرات', 'drug-seizure'],
		['كبتاغون', 'drug-seizure'],
		['كبتاجون', 'drug-seizure'],
		['drugs', 'drug-seizure'],
		['captagon', 'drug-seizure'],
		['عبوة', 'ied'],
		['عبوة ناسفة', 'ied'],
		['عبوات ناسفة', 'ied'],
		['IED', 'ied'],
		['اشتباك', 'clash'],
		['اشتباكات', 'clash'],
		['clashes', 'clash'],
		['لغم', 'landmine'],
		['ألغام', 'landmine'],
		['landmine', 'landmine'],
		['دورية', 'patrol']
	];
	it.each(cases)('%s → %s', (q, type) => {
		expect(found(q)[0]).toBe(`inc-${type}`.replace(/^/, 'incident:'));
		expect(found(q)).not.toContain('incident:inc-patrol'.replace('patrol', type === 'patrol' ? 'none' : 'patrol'));
	});
	it('an unknown type has no words, a known one has both scripts', () => {
		expect(typeWords('no-such-type')).toEqual([]);
		expect(typeWords(null)).toEqual([]);
		for (const t of types) {
			expect(typeWords(t).some((w) => /[\u0600-\u06FF]/.test(w)), t).toBe(true);
			expect(typeWords(t).some((w) => /[a-z]/i.test(w)), t).toBe(true);
		}
	});
});
