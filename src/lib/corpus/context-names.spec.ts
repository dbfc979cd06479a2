/**
 * The words around a name (context.ts) that make it a place despite an ordinary-word look-alike: a «ة» no pronoun
 * takes, a point of the compass measuring from it, the ends of a road; and a country named as where something came
 * from, which says nothing of the country of the place beside it. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { countryCue, nameContext } from './context';

const at = (text: string, name: string) => {
	const start = text.lastIndexOf(name);
	return nameContext(text, start, start + name.length);
};

describe('a homograph spelled or placed as only a name can be', () => {
	it.each([
		['انفجر لغم قرب عنة صباح اليوم', 'عنة'],
		['وصلت تعزيزات إلى قضاء راوة وعنة', 'عنة'],
		['قُتل راعٍ في عنة بانفجار عبوة', 'عنة']
	])('«%s»: «%s» written with «ة» is no pronoun', (text, name) => expect(at(text, name).homograph).toBe(false));
	it('near miss: «عنه» (about him) stays the ordinary word', () => {
		expect(at('قال المصدر إن التحقيق كشف عنه', 'عنه').homograph).toBe(true);
	});
	it.each([
		['شنت الطائرات غارات جنوب غربي حديثة', 'حديثة'],
		['اشتباكات عنيفة شرق الباب', 'الباب'],
		['سقطت قذيفة شمالي الطبقة', 'الطبقة']
	])('«%s»: a point of the compass measures from the place «%s»', (text, name) => expect(at(text, name).homograph).toBe(false));
	it('near miss: a tract after a point of the compass stays a word («غرب الحدود»)', () => {
		expect(at('انتشرت القوات غرب الحدود', 'الحدود').homograph).toBe(true);
	});
	it.each([
		['فُككت عبوة على الطريق بين الطارمية والمشاهدة', 'الطارمية'],
		['كمين على الطريق الرابط بين راوة وعنة', 'راوة'],
		['انتشار أمني على طريق بين البعاج وسنجار', 'البعاج']
	])('«%s»: the first end of a road is announced as a place', (text, name) => expect(at(text, name).trigger).not.toBeNull());
	it('near miss: «بين» with no road before it announces nothing', () => {
		expect(at('وقع خلاف بين الطارمية والمشاهدة', 'الطارمية').trigger).toBeNull();
	});
});

describe('a country named as where something came from is no cue to the country of the place beside it', () => {
	it.each([
		'أسقط الجيش طائرة مسيّرة قادمة من الأراضي السورية قرب الرويشد',
		'اعتقلت القوات متسللين قادمين من سوريا قرب الرويشد',
		'ضبطت شاحنة آتية من داخل العراق قرب الرويشد'
	])('«%s»', (s) => expect(countryCue(s, s.indexOf('الرويشد'))).toBeNull());
	it('near miss: a country the place is in is still a cue', () => {
		const s = 'أسقط الجيش الأردني طائرة مسيّرة قرب الرويشد';
		expect(countryCue(s, s.indexOf('الرويشد'), true)?.country).toBe('JO');
		const t = 'قصفت المدفعية مواقع في الأراضي السورية قرب البوكمال';
		expect(countryCue(t, t.indexOf('البوكمال'))?.country).toBe('SY');
	});
});
