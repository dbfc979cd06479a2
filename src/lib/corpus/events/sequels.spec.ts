/**
 * Follow-ups inside one sentence (sequels.ts): how an event went on is that event; what follows background is
 * background. Every sentence is written for this file; none is taken from a labelled split.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { sequel } from './sequels';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const drafts = (text: string) => draftIncidents({ id: 't', text, date: '2026-03-02' }, GEO);

describe('a follow-up telling how the event went on is that event', () => {
	it('the fight that foiled an attempt: the attempt, coded as a battle, with the fight’s toll', () => {
		const ds = drafts('أحبطت قوات الحدود فجر اليوم محاولة تسلل قرب القائم، حيث اشتبكت مع المتسللين وقتلت اثنين منهم.');
		expect(ds.map((d) => [d.type, d.event_type, d.sub_event_type])).toEqual([['infiltration', 'Battles', 'Armed clash']]);
		expect(ds[0].fatalities?.value).toBe(2);
	});
	it('a smuggling run stopped, then the fight with the smugglers', () => {
		const ds = drafts('أحبطت دورية للحرس مساء الأحد محاولة تهريب شحنة سجائر قرب البوكمال، ثم اشتبكت مع المجموعة وأصابت أحد أفرادها.');
		expect(ds.map((d) => [d.type, d.event_type])).toEqual([['smuggling-interdiction', 'Battles']]);
	});
	it('a crowd that goes on to attack: one riot', () => {
		const ds = drafts('تظاهر العشرات صباح الأحد في البوكمال وأحرقوا الإطارات، ثم هاجموا مقر البلدية بالحجارة.');
		expect(ds.map((d) => d.type)).toEqual(['riot']);
	});
	it('the arrests of a raid: one event', () => {
		const ds = drafts('اشتبكت قوة من الجيش فجر اليوم مع مسلحين في قرية قرب الميادين وقتلت أحدهم، فيما اعتُقل اثنان من مرافقيه.');
		expect(ds.map((d) => d.type)).toEqual(['clash']);
	});
	it('near miss: another kind of event told after «فيما» stays its own', () => {
		expect(sequel('ied', 'arrest')).toBe(false);
		const ds = drafts('انفجرت عبوة ناسفة صباح اليوم في القائم، فيما اعتقلت القوات ثلاثة مشتبهين.');
		expect(ds.map((d) => d.type)).toEqual(['ied', 'arrest']);
	});
	it('near miss: a follow-up with a day and a place of its own is another event', () => {
		const ds = drafts('أحبطت قوات الحدود فجر اليوم محاولة تسلل قرب القائم، فيما اشتبكت قوة أخرى مساء أمس مع مسلحين في البوكمال.');
		expect(ds.map((d) => d.type)).toEqual(['infiltration', 'clash']);
	});
});

describe('a follow-up of background is background', () => {
	it.each([
		['وكان التنظيم قد سيطر على البوكمال عام 2014، قبل أن تشتبك معه القوات في معارك دامت أسابيع.'],
		['سيطر مسلحون على القائم في حزيران 2014، ثم اشتبكوا مع الجيش لأسابيع.'],
		['وكانت الميادين قد شهدت عام 2017 معارك عنيفة، حيث قُتل عشرات المقاتلين.']
	])('«%s»: no draft', (text) => {
		expect(drafts(text)).toEqual([]);
	});
	it('near miss: a follow-up dated to a day of its own is news', () => {
		const ds = drafts('وكان التنظيم قد سيطر على البوكمال عام 2014، قبل أن تشتبك معه القوات مساء أمس قرب القائم.');
		expect(ds.map((d) => d.type)).toEqual(['clash']);
	});
});
