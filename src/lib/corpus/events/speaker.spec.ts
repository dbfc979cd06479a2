/** The speaker's own forces in interviews and statements (invented texts). */
import { describe, expect, it } from 'vitest';
import { speakerForces, withSpeaker } from './speaker';
import { findActors } from './actors';

/** The ids the last paragraph of `text` gives the speaker's forces. */
const ours = (text: string, country: 'IQ' | 'SY' | null = 'IQ') => {
	const start = text.lastIndexOf('\n') + 1;
	return speakerForces(text, { start, end: text.length, text: text.slice(start) }, country).map((a) => [a.id, a.text]);
};

describe("the speaker's own forces", () => {
	it.each([
		['آمر فوج في الجيش العراقي يتحدث عن الحدود\nوقال: قبل يومين داهمت قواتنا وكراً في الصحراء', 'iraqi-army', 'قواتنا'],
		['حوار مع ضابط في قوات حرس الحدود العراقية\n- الشهر الماضي ضبطنا شحنة أسلحة قرب الساتر', 'iraqi-border-guards', 'ضبطنا'],
		['بيان صادر عن قوات سوريا الديمقراطية\nوتصدّت وحداتنا لهجوم على نقطة في ريف دير الزور', 'sdf', 'وحداتنا'],
		['قائد في الحشد الشعبي: أحبطنا تسللاً\nوأمس أحبطنا محاولة تسلل لخلية من داعش', 'pmf', 'أحبطنا'],
		// A faction's statement: its «مجاهدونا» and «ضربنا» are the faction.
		['بيان لكتائب حزب الله\nوقد دكّ مجاهدونا فجر اليوم القاعدة بالصواريخ', 'iran-backed-militias', 'مجاهدونا'],
		['لقاء مع قيادي في حركة النجباء\nنعم، الأسبوع الماضي ضربنا الرتل قرب الرطبة', 'iran-backed-militias', 'ضربنا'],
		['بيان صادر عن المقاومة الإسلامية في العراق\nواستهدف مجاهدينا الأبطال بمسيرتين قاعدة حرير', 'iran-backed-militias', 'مجاهدينا'],
		['قائد في قوات سوريا الديمقراطية\nوهاجمنا مواقعهم قرب البصيرة', 'sdf', 'وهاجمنا']
	])('«%s» → %s from «%s»', (text, id, word) => {
		expect(ours(text)).toEqual([[id, word]]);
	});

	it('gives no actor without a first-person force or operation, or without a force the article names first', () => {
		// «لدينا», «علينا» are first person but no operation.
		expect(ours('آمر فوج في الجيش العراقي يتحدث\nلدينا معلومات عن تحركات وعلينا الحذر')).toEqual([]);
		// The group named first is the other side, not the speaker.
		expect(ours('داعش يهاجم قرية\nوقد تصدّت قواتنا للهجوم')).toEqual([]);
	});

	it('folds a soldier of no named force into the speaker\'s forces', () => {
		const text = 'ضابط في حرس الحدود العراقي يروي\nاشتبكت دورية مع مهربين وأُصيب جندي من قواتنا';
		const start = text.indexOf('\n') + 1;
		const clause = { start, end: text.length, text: text.slice(start) };
		const actors = findActors(text, start, text.length, 'IQ');
		expect(actors.map((a) => a.id)).toContain('iraqi-army');
		expect(withSpeaker(text, clause, actors, 'IQ').map((a) => a.id)).toEqual(['smugglers', 'iraqi-border-guards']);
		// Without «قواتنا» the soldier stays the army's.
		const plain = 'اشتبكت دورية مع مهربين وأُصيب جندي';
		expect(withSpeaker(plain, { start: 0, end: plain.length, text: plain }, findActors(plain, 0, plain.length, 'IQ'), 'IQ').map((a) => a.id)).toEqual(['smugglers', 'iraqi-army']);
	});
});
