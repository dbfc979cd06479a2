/**
 * The towns a line or a pipeline is named by are not where along it the event was. Every sentence is
 * written for this file (none is taken from the labelled splits).
 */
import { describe, expect, it } from 'vitest';
import { namesLine } from './line-ends';
import { whole } from './clause-testing';

/** Whether the `n`th occurrence of `town` in `text` names the line. */
const ofLine = (text: string, town: string, n = 0) => {
	let at = -1;
	for (let i = 0; i <= n; i++) at = text.indexOf(town, at + 1);
	return namesLine(text, whole(text), { start: at, end: at + town.length, text: town });
};

describe('a town that names a line or a pipeline', () => {
	it.each([
		['انفجرت عبوة تحت أنبوب النفط الخام كركوك – جيهان قرب ناحية الزاب', 'كركوك'],
		['سقط برج على خط الضغط العالي (الموصل – دهوك) في منطقة زراعية قرب تلكيف', 'دهوك'],
		['فُجّر برجان على خط 132 كيلوفولت الرابط بين سامراء وتكريت مساء أمس قرب العوجة', 'سامراء'],
		['استُهدف خط الغاز الممتد من عكاشات إلى القائم بعبوة قرب الرطبة', 'القائم'],
		['وثقب مجهولون خط كركوك – بانياس قرب ناحية سليمان بيك', 'بانياس']
	])('«%s»: %s', (text, town) => {
		expect(ofLine(text, town)).toBe(true);
	});
	it.each([
		// The town after «قرب» is where the event was, though a line was named before it.
		['انفجرت عبوة تحت أنبوب النفط الخام كركوك – جيهان قرب ناحية الزاب', 'الزاب'],
		['فُجّر برج على خط 132 ك.ف في قضاء بلد', 'بلد'],
		// A front line is no infrastructure: «خط التماس» is named by a place it runs through, not by its ends.
		['اندلعت اشتباكات على خطوط التماس في ريف منبج', 'منبج'],
		// A comma ends the line's name: what follows is the event's own place.
		['وكان أنبوب النفط متوقفاً، ثم اعتُقل ثلاثة في بيجي', 'بيجي']
	])('near miss: «%s»: %s is where it happened', (text, town) => {
		expect(ofLine(text, town)).toBe(false);
	});
});
