import { describe, expect, it } from 'vitest';
import { sameAs, sameEvent } from './corroborate';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';
import type { IncidentRecord } from '$lib/schema/incidents';

const A = 'أفاد مصدر أمني بمقتل جنديين بانفجار عبوة ناسفة مساء أمس في قضاء القائم.';
const B = 'أعلنت قيادة العمليات استشهاد جنديين بانفجار عبوة ناسفة في مدينة دير الزور مساء الثلاثاء.';
const C = 'قُتل جنديان بانفجار عبوة ناسفة في مدينة القائم مساء الثلاثاء.';

describe('sameAs', () => {
	const drafts = [
		...draftIncidents({ id: 'a', text: A, date: '2025-01-15' }, GEO),
		...draftIncidents({ id: 'b', text: B, date: '2025-01-15' }, GEO),
		...draftIncidents({ id: 'c', text: C, date: '2025-01-15' }, GEO)
	];
	it('links tellings of one event in two articles, both ways, with the reason', () => {
		const out = sameAs(drafts);
		expect(out.find((d) => d.id === 'a-e1')?.same_as).toEqual(['c-e1']);
		expect(out.find((d) => d.id === 'c-e1')?.same_as).toEqual(['a-e1']);
		expect(out.find((d) => d.id === 'a-e1')?.reasons.join(' ')).toMatch(/same as c-e1/);
	});
	it('does not link events far apart (al-Qaim and Deir ez-Zor)', () => {
		expect(sameAs(drafts).find((d) => d.id === 'b-e1')?.same_as).toEqual([]);
	});
	it('names an existing incident', () => {
		const incident = { id: '2025-01-14-ied-al-qaim', date: '2025-01-14', date_end: null, type: 'ied', place_ids: ['al-qaim'], geo_precision: 1, quantities: {}, excerpts: [] } as unknown as IncidentRecord;
		expect(sameAs(drafts, [incident], GEO).find((d) => d.id === 'a-e1')?.same_as).toContain('2025-01-14-ied-al-qaim');
	});
	it('rejects other types, other days and other counts', () => {
		const base = { id: 'x', article: 'x', type: 'ied', from: '2025-01-14', to: '2025-01-14', place: { id: 'al-qaim', geonameid: null, lon: 41, lat: 34.4, precision: 1 }, fatalities: 2, quantities: {} };
		expect(sameEvent(base, { ...base, id: 'y', article: 'y' })).toBeTruthy();
		expect(sameEvent(base, { ...base, id: 'y', article: 'y', type: 'protest' })).toBeNull();
		expect(sameEvent(base, { ...base, id: 'y', article: 'y', from: '2025-01-20', to: '2025-01-20' })).toBeNull();
		// Other counts part two tellings that differ in anything else: another day, or only a nearby place.
		expect(sameEvent(base, { ...base, id: 'y', article: 'y', fatalities: 9, from: '2025-01-13', to: '2025-01-14' })).toBeNull();
		expect(sameEvent(base, { ...base, id: 'y', article: 'y', fatalities: 9, type: 'landmine' })).toBeNull();
		const near = { ...base, place: { ...base.place, precision: 2 } };
		expect(sameEvent(near, { ...near, id: 'y', article: 'y', fatalities: 9, place: { id: 'husaybah', geonameid: null, lon: 41.25, lat: 34.45, precision: 2 } })).toBeNull();
		expect(sameEvent(base, { ...base, id: 'y' })).toBeNull();
	});
	it('keeps two tellings of one day, place and type together when only their counts disagree (a toll updated, accounts that conflict)', () => {
		const base = { id: 'x', article: 'x', type: 'ied', from: '2025-01-14', to: '2025-01-14', place: { id: 'al-qaim', geonameid: null, lon: 41, lat: 34.4, precision: 1 }, fatalities: 2, quantities: {} };
		expect(sameEvent(base, { ...base, id: 'y', article: 'y', fatalities: 9 })).toMatch(/counts differ \(fatalities 2 and 9\)/);
		const seized = { ...base, type: 'drug-seizure', fatalities: null, quantities: { pills: 140 } };
		expect(sameEvent(seized, { ...seized, id: 'y', article: 'y', quantities: { pills: 50 } })).toMatch(/pills 140 and 50/);
		expect(sameEvent(base, { ...base, id: 'y', article: 'y' })).not.toMatch(/counts differ/);
	});
	it('lets a telling placed only in a countryside reach further than one placed in a town', () => {
		const town = { id: 'x', article: 'x', type: 'drug-seizure', from: '2025-03-16', to: '2025-03-16', place: { id: null, geonameid: 173480, lon: 40.45, lat: 35.02, precision: 1 }, fatalities: null, quantities: { pills: 4200000 } };
		const countryside = { ...town, id: 'y', article: 'y', place: { id: 'deir-ez-zor', geonameid: null, lon: 40.14, lat: 35.34, precision: 2 }, quantities: { pills: 4000000 } };
		expect(sameEvent(town, countryside)).toMatch(/km apart/);
		expect(sameEvent(town, { ...countryside, place: { ...countryside.place, precision: 1 } })).toBeNull();
		expect(sameEvent(town, { ...countryside, quantities: { pills: 200000 } })).toBeNull();
	});
	it('links a telling placed only in a region to one in a town inside it, when type and day or count agree', () => {
		const town = { id: 'x', article: 'x', type: 'airstrike', from: '2025-03-05', to: '2025-03-05', place: { id: null, geonameid: 98677, lon: 40.28, lat: 33.04, precision: 2 }, fatalities: 4, quantities: {} };
		const region = { ...town, id: 'y', article: 'y', place: { id: 'anbar', geonameid: null, lon: 41.9, lat: 33.2, precision: 3 } };
		expect(sameEvent(town, region)).toMatch(/only a region/);
		expect(sameEvent(town, { ...region, type: 'drone-strike', fatalities: null })).toBeNull();
		expect(sameEvent(town, { ...region, from: '2025-03-01', to: '2025-03-06', fatalities: 9 })).toBeNull();
		expect(sameEvent(town, { ...region, place: { ...region.place, lon: 47.8, lat: 30.5 } })).toBeNull();
	});
	it('compares an undated telling without the date test, says so and lowers its confidence', () => {
		const undated = draftIncidents({ id: 'u', text: C, date: null }, GEO);
		expect(undated[0].date.from).toBeNull();
		const out = sameAs([...draftIncidents({ id: 'a', text: A, date: '2025-01-15' }, GEO), ...undated]);
		const u = out.find((d) => d.id === 'u-e1')!;
		expect(u.same_as).toEqual(['a-e1']);
		expect(u.reasons.join(' ')).toMatch(/compared without dates/);
		expect(u.confidence).toBeLessThan(undated[0].confidence);
		// Undated, a compatible type is not enough: an IED and a landmine at one place stay apart.
		const mine = draftIncidents({ id: 'w', text: 'قُتل جنديان بانفجار لغم أرضي في مدينة القائم.', date: null }, GEO);
		expect(mine[0].type).toBe('landmine');
		expect(sameAs([...draftIncidents({ id: 'a', text: A, date: '2025-01-15' }, GEO), ...mine]).find((d) => d.id === 'w-e1')?.same_as).toEqual([]);
		// A different type at the same place is still no match, date or not.
		const other = draftIncidents({ id: 'v', text: 'ضبطت القوات الأمنية شحنة من حبوب الكبتاغون في مدينة القائم.', date: null }, GEO);
		expect(sameAs([...draftIncidents({ id: 'a', text: A, date: '2025-01-15' }, GEO), ...other]).find((d) => d.id === 'v-e1')?.same_as).toEqual([]);
	}, 120000); // drafting an undated article is slow (≈20 s a text on a loaded machine)
	it('links a protest to the clash, riot or shooting another outlet makes of it: the same place and day', () => {
		const tell = (id: string, text: string) => draftIncidents({ id, text, date: '2025-01-15' }, GEO);
		const protest = tell('p', 'خرج مئات المتظاهرين في مدينة القائم يوم الثلاثاء للمطالبة بتوفير فرص العمل، قبل أن تفرقهم قوات الأمن.');
		const tellings = [
			tell('c', 'اندلعت اشتباكات بين محتجين غاضبين وقوات الأمن في مدينة القائم يوم الثلاثاء.'),
			tell('s', 'أطلقت قوات الأمن النار على المحتجين في القائم يوم الثلاثاء ما أدى إلى إصابة خمسة منهم.'),
			tell('r', 'تحولت تظاهرة في مدينة القائم الثلاثاء إلى أعمال شغب أحرق فيها المحتجون إطارات.')
		];
		expect(protest[0].type).toBe('protest');
		// Fire on the protesters is the protest with intervention (rulings.ts); the clash and the riot are other types.
		expect(tellings.map((x) => x[0].type)).toEqual(['clash', 'protest', 'riot']);
		expect(tellings[1][0].sub_event_type).toBe('Protest with intervention');
		for (const other of tellings) expect(sameAs([...protest, ...other]).find((d) => d.id === 'p-e1')?.same_as).toEqual([other[0].id]);
		// Another day at the same town, or the same day in another city: another event.
		const sunday = tell('d', 'اندلعت اشتباكات بين محتجين غاضبين وقوات الأمن في مدينة القائم يوم الأحد.');
		const elsewhere = tell('e', 'اندلعت اشتباكات بين مسلحين وقوات الأمن في مدينة دير الزور يوم الثلاثاء.');
		expect(sameAs([...protest, ...sunday, ...elsewhere]).find((d) => d.id === 'p-e1')?.same_as).toEqual([]);
	});
	it('lets two tellings differ in one field (type of a family, a day, the place, the count), not in two unless their counts agree', () => {
		const qaim = { id: 'al-qaim', geonameid: null, lon: 41.04, lat: 34.37, precision: 1 };
		const base = { id: 'x', article: 'x', type: 'shelling', from: '2025-04-18', to: '2025-04-18', place: qaim, fatalities: null, quantities: {} };
		const other = { ...base, id: 'y', article: 'y' };
		const nextDay = { from: '2025-04-19', to: '2025-04-19' };
		const kamal = { id: 'albu-kamal', geonameid: null, lon: 40.92, lat: 34.45, precision: 1 };
		const mayadin = { id: null, geonameid: 173480, lon: 40.45, lat: 35.02, precision: 2 };
		// One doubt each: linked.
		expect(sameEvent(base, { ...other, type: 'airstrike' })).toBeTruthy();
		expect(sameEvent(base, { ...other, ...nextDay })).toBeTruthy();
		expect(sameEvent(base, { ...other, place: kamal })).toBeTruthy();
		// Two: a shelling at al-Qa'im and an air strike at Albu Kamal the next day; a strike in the
		// countryside the day before; a clash over a week and a killing 17 km off inside it.
		expect(sameEvent(base, { ...other, type: 'airstrike', place: kamal, ...nextDay })).toBeNull();
		expect(sameEvent(base, { ...other, type: 'airstrike', ...nextDay })).toBeNull();
		expect(sameEvent({ ...base, place: { ...mayadin, precision: 2 } }, { ...other, place: { id: 'deir-ez-zor', geonameid: null, lon: 40.14, lat: 35.33, precision: 2 }, ...nextDay })).toBeNull();
		const week = { ...base, type: 'clash', from: '2026-02-02', to: '2026-02-08', place: mayadin };
		expect(sameEvent(week, { ...other, type: 'assassination', from: '2026-02-05', to: '2026-02-05', place: { ...mayadin, geonameid: 1, lon: 40.6, lat: 35.1 } })).toBeNull();
		// Two doubts, but both tellings count three dead: one event.
		expect(sameEvent({ ...base, fatalities: 3 }, { ...other, fatalities: 3, place: kamal, ...nextDay })).toBeTruthy();
		expect(sameEvent({ ...base, fatalities: 3 }, { ...other, fatalities: 9, place: kamal, ...nextDay })).toBeNull();
	});
	it('links a telling to the closest of one article\'s events only, when that one is closest to it too', () => {
		// One outlet tells two IEDs the same evening, at al-Qa'im and 13 km off at Albu Kamal; another, one at al-Qa'im.
		const [qaim] = draftIncidents({ id: 'two', text: C, date: '2025-01-15' }, GEO);
		const kamal = { ...qaim, id: 'two-e2', place: { ...qaim.place!, id: 'albu-kamal', lon: 40.91854, lat: 34.45226 } };
		const other = draftIncidents({ id: 'a', text: A, date: '2025-01-15' }, GEO);
		const out = sameAs([qaim, kamal, ...other]);
		expect(out.find((d) => d.id === 'a-e1')?.same_as).toEqual(['two-e1']);
		expect(out.find((d) => d.id === 'two-e2')?.same_as).toEqual([]);
		// Alone, the Albu Kamal one is near enough to be the same event.
		expect(sameAs([kamal, ...other]).find((d) => d.id === 'a-e1')?.same_as).toEqual(['two-e2']);
	});
	it('does not take a count of one against two, or none against one, as agreeing', () => {
		const base = { id: 'x', article: 'x', type: 'ied', from: '2025-01-14', to: '2025-01-14', place: { id: 'al-qaim', geonameid: null, lon: 41.04, lat: 34.37, precision: 1 }, fatalities: 1, quantities: {} };
		const apart = { ...base, id: 'y', article: 'y', type: 'landmine', from: '2025-01-15', to: '2025-01-15' };
		expect(sameEvent(base, { ...apart, fatalities: 2 })).toBeNull();
		expect(sameEvent({ ...base, fatalities: 0 }, { ...apart, fatalities: 1 })).toBeNull();
		expect(sameEvent({ ...base, quantities: { arrested: 5 } }, { ...apart, quantities: { arrested: 4 } })).toBeTruthy();
	});
});
