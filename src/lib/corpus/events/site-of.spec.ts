import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { classifyClause } from './classify';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const typeOf = (s: string) => classifyClause(s, { start: 0, end: s.length, text: s }).event?.type ?? null;
const drafts = (text: string) => draftIncidents({ id: 'ev-site-of', text, date: '2025-08-24' }, GEO).map((d) => `${d.type} ${d.date.from}`);

// «قرب موقع الانفجار», «إلى مكان الحادث», «في محيط موقع التفجير»: the known event's site places another act (site-of.ts).
describe('the site of a known event is a landmark, not the event told again', () => {
	it.each([
		['اعتقلت قوة من الجيش فجر اليوم ثلاثة مشتبه بهم في قرية قريبة من موقع الانفجار', 'arrest'],
		['داهمت مفرزة من الشرطة منزلاً يبعد مئات الأمتار عن مكان التفجير واعتقلت صاحبه', 'arrest'],
		['وألقت القوات القبض على شخصين كانا يتجولان في محيط موقع الهجوم', 'arrest'],
		['انتشرت قوة من الجيش في محيط مكان الانفجار', 'deployment']
	])('%s → %s', (s, type) => expect(typeOf(s)).toBe(type));
	it.each([
		['قُتل جندي في الانفجار الذي وقع قرب موقع عسكري', 'ied'],
		['وانفجرت عبوة ثانية قرب موقع التفجير الأول', 'ied'],
		['أسفر الانفجار عن مقتل جندي', 'ied']
	])('untouched: %s → %s', (s, type) => expect(typeOf(s)).toBe(type));
	it('the arrest near the blast site is drafted on its own day, not folded into the blast', () => {
		const out = drafts('انفجرت عبوة ناسفة، مساء السبت، بدورية للجيش في محافظة الأنبار، ما أدى إلى مقتل جندي.\n\nوقال المصدر إن "قوة من الجيش اعتقلت فجر اليوم ثلاثة مشتبه بهم في قرية قريبة من موقع الانفجار في محافظة الأنبار".');
		expect(out).toContain('ied 2025-08-23');
		expect(out).toContain('arrest 2025-08-24');
	});
});
