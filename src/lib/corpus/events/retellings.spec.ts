import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { typeOf } from './clause-testing';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

// 2025-01-15 is a Wednesday.
const draft = (text: string) => draftIncidents({ id: 't1', text, date: '2025-01-15' }, GEO);

describe('one event told twice in an article', () => {
	it('a follow-up whose only place is the hospital the wounded were taken to is the event told before', () => {
		const ds = draft('قُتل راعٍ وأصيب آخر بانفجار لغم أرضي مساء أمس قرب البوكمال. وقال مصدر محلي إن الراعيين كانا يرعيان الأغنام حين انفجر اللغم بهما، ونُقل المصاب إلى مشفى الميادين.');
		expect(ds).toHaveLength(1);
		expect(ds[0].place?.name_en).toBe('Albu Kamal');
	});
	it('a bare «الاشتباك» and the interdiction that became a fight are one event, coded as the interdiction', () => {
		const ds = draft('تحدث قائد في قوات الحدود عن الاشتباك الذي شهده قاطع القائم أمس. وقال إن مجموعة مهربين حاولت أمس إدخال شحنة سجائر قرب القائم، فاشتبكت معهم مفارزنا وضبطت عجلتين محملتين بالبضاعة.');
		expect(ds.map((d) => [d.type, d.event_type])).toEqual([['smuggling-interdiction', 'Battles']]);
	});
	it('a clash and an interdiction on different days stay two events', () => {
		const ds = draft('اندلع اشتباك بين عشيرتين في القائم يوم الأحد. وفي سياق آخر، حاولت مجموعة مهربين مساء أمس إدخال شحنة سجائر قرب البوكمال، فاشتبكت معهم القوة وضبطت عجلتين محملتين.');
		expect(ds).toHaveLength(2);
	});
});

describe('what a seizure verb seized', () => {
	it.each([
		['حاولت مجموعة مهربين إدخال شحنة سجائر ومواد مخدرة، فاشتبكت معها القوة وضبطت عجلتين محملتين بالبضاعة', 'smuggling-interdiction'],
		['حاول مهربون إدخال أغنام ومواد مخدرة وضبطت القوة شاحنة محملة', 'smuggling-interdiction'],
		['ضبطت مفارز الحدود سيارتين محملتين بمواد مخدرة', 'drug-seizure'],
		['حاول مهربون إدخال 200 ألف حبة كبتاغون فاشتبكت معهم القوة وضبطت العجلة المحملة بها', 'drug-seizure']
	])('«%s» → %s', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
});

describe('a second operation with a recent period of its own is a clause of its own', () => {
	it('«الأسبوع الماضي … ، وقبل أيام عثرنا …» tells an arrest and a find', () => {
		const ds = draft('الأسبوع الماضي اعتقلت مفارزنا سبعة متسللين قرب القائم، وقبل أيام عثرنا على مخبأ فيه بنادق وأعتدة قرب البوكمال.');
		expect(ds.map((d) => d.type)).toEqual(['infiltration', 'weapons-seizure']);
	});
	it('a toll joined with «و» stays the event’s', () => {
		expect(draft('انفجرت عبوة ناسفة قرب القائم قبل أيام، وأصيب ثلاثة جنود بجروح.')).toHaveLength(1);
	});
});
