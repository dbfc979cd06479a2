import { describe, expect, it } from 'vitest';
import { classifyClause } from './classify';

const typeOf = (s: string) => classifyClause(s, { start: 0, end: s.length, text: s }).event?.type ?? null;

// «تمكنت المفارز من معالجة عبوة ناسفة»: the defusal phrase itself names the bomb (resolve.ts), a bomb defused
// (Disrupted weapons use, ied), though the clause's other words («مفارز الجهد الهندسي») read as weapons.
describe('a bomb named by the defusal phrase is a bomb defused', () => {
	it.each([
		['وفي سياق آخر، تمكنت مفارز الجهد الهندسي في قيادة العمليات صباح اليوم من معالجة عبوة ناسفة زُرعت على جانب الطريق الرئيس'],
		['تمكنت مفارز الجهد الهندسي من معالجة عبوة ناسفة موضوعة قرب جسر القرية'],
		['فككت فرق الهندسة العسكرية عبوة ناسفة محلية الصنع زُرعت على جانب الطريق']
	])('%s', (s) => expect(typeOf(s)).toBe('ied'));
	it('a launcher disarmed, no bomb named, is still a weapon seized', () => {
		expect(typeOf('ضبطت القوة منصة لإطلاق الصواريخ وجرى تفكيكها')).toBe('weapons-seizure');
	});
});
