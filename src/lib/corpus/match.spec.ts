import { describe, expect, it } from 'vitest';
import { Matcher, wordForms } from './match';

const entries = [
	{ id: 'albu-kamal', variants: ['البوكمال', 'أبو كمال', 'البو كمال'] },
	{ id: 'anbar', variants: ['الأنبار'] },
	{ id: 'deir-ez-zor', variants: ['دير الزور'] },
	{ id: 'corridor', variants: ['بين دير الزور والأنبار'], contains: ['deir-ez-zor', 'anbar'] },
	{ id: 'pipeline', variants: ['خط كركوك بانياس', 'خط أنابيب كركوك بانياس'], contains: ['kirkuk'] },
	{ id: 'kirkuk', variants: ['كركوك'] },
	{ id: 'baniyas', variants: ['بانياس'] },
	{ id: 'border', variants: ['الحدود المشتركة', { text: 'الحدود', confidence: 'context' as const }] },
	{ id: 'qusayr', variants: ['القصير'] },
	{ id: 'washington', variants: ['واشنطن'] }
];
const m = new Matcher(entries, ['معهد واشنطن']);
const found = (t: string) => m.find(t).map((x) => [x.ref, x.text]);

describe('wordForms', () => {
	it('peels attached particles, including ل + ال written لل', () => {
		const forms = wordForms('وللحدود').map((f) => f.form);
		expect(forms).toContain('الحدود');
		expect(wordForms('بالانبار').map((f) => f.form)).toContain('الانبار');
		expect(wordForms('فبغداد').map((f) => f.form)).toContain('بغداد');
	});
});

describe('Matcher', () => {
	it('finds both spellings of Albu Kamal', () => {
		expect(found('عبر مدينة البوكمال اليوم')).toEqual([['albu-kamal', 'البوكمال']]);
		expect(found('مناطق مثل دير الزور وأبو كمال')).toEqual([
			['deir-ez-zor', 'دير الزور'],
			['albu-kamal', 'أبو كمال']
		]);
	});
	it('offsets are verbatim in the original text, without the attached conjunction', () => {
		const t = 'وصلوا والبوكمال، ثم بالأنبار';
		for (const x of m.find(t)) expect(t.slice(x.start, x.end)).toBe(x.text);
		expect(found(t)).toEqual([
			['albu-kamal', 'البوكمال'],
			['anbar', 'الأنبار']
		]);
	});
	it('matches through tashkeel and keeps the diacritics in the span', () => {
		expect(found('دير الزور والقُصَيْر')).toEqual([
			['deir-ez-zor', 'دير الزور'],
			['qusayr', 'القُصَيْر']
		]);
	});
	it('lets multi-word names run over hyphens but not over commas or full stops', () => {
		expect(found('خط أنابيب كركوك -بانياس')).toEqual([
			['pipeline', 'خط أنابيب كركوك -بانياس'],
			['kirkuk', 'كركوك']
		]);
		expect(found('خط كركوك. بانياس')).toEqual([
			['kirkuk', 'كركوك'],
			['baniyas', 'بانياس']
		]);
	});
	it('longest match wins, and contained names count only where declared', () => {
		expect(found('ممراً بين دير الزور والأنبار')).toEqual([
			['corridor', 'بين دير الزور والأنبار'],
			['deir-ez-zor', 'دير الزور'],
			['anbar', 'الأنبار']
		]);
		// The pipeline declares Kirkuk but not Baniyas.
		expect(found('خط كركوك - بانياس').map((x) => x[0])).toEqual(['pipeline', 'kirkuk']);
	});
	it('marks generic phrases with context confidence and resolves لل', () => {
		const r = m.find('شبكات التهريب العابرة للحدود و الحدود المشتركة');
		expect(r.map((x) => [x.text, x.confidence])).toEqual([
			['للحدود', 'context'],
			['الحدود المشتركة', 'high']
		]);
	});
	it('stop phrases suppress names inside them', () => {
		expect(found('تقرير معهد واشنطن عن زيارة إلى واشنطن')).toEqual([['washington', 'واشنطن']]);
	});
	it('does not match inside longer words', () => {
		expect(found('الأنباري والبوكماليون')).toEqual([]);
	});
});
