/**
 * Where a clause puts its event when it also names other places: the first end of «بين بلدة X ومدينة Y», the venue
 * of an agreement before what it provides («يقضي بـ …»), the side «من جهة X» a force deployed on. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces } from './where';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const placeOf = (text: string, at = 0) => eventPlace(text, { start: 0, end: text.length, text }, findPlaces('t', text, GEO), [], null, at);
const idOf = (text: string) => {
	const e = placeOf(text);
	return e ? (e.place.id ?? `geonames:${e.place.geonameid}`) : null;
};

describe('a pair of towns each with its place noun: the event is coded at the first', () => {
	it.each([
		['انفجرت عبوة ناسفة على الطريق بين مدينة القائم ومدينة البوكمال', 'al-qaim'],
		['خطف مسلحون سائقاً بين بلدة البوكمال ومدينة القائم مساء أمس', 'albu-kamal'],
		['وقع اشتباك على الطريق بين مدينة الميادين وبلدة البوكمال', 'geonames:173480']
	])('«%s» → %s', (text, id) => expect(idOf(text)).toBe(id));
	it('near miss: two places not joined as a pair keep the nearer rule', () => {
		expect(idOf('انفجرت عبوة في مدينة البوكمال، وأُسعف الجرحى إلى مدينة القائم')).toBe('albu-kamal');
	});
});

describe('the venue of an agreement, not the place it provides for', () => {
	it.each([
		['وقّع الطرفان، أمس في بغداد، اتفاقاً يقضي بإعادة فتح منفذ القائم', 'baghdad'],
		['وقّعت الحكومتان في دمشق مذكرة تفاهم تنص على تسيير دوريات مشتركة في البوكمال', 'damascus'],
		['أبرم الجانبان في بغداد اتفاقاً يتضمن نقل عائلات من مخيم الهول', 'baghdad']
	])('«%s» → %s', (text, id) => expect(idOf(text)).toBe(id));
	it('near miss: with no venue named before, the place the text provides for is kept', () => {
		expect(idOf('وقّع الطرفان اتفاقاً يقضي بإعادة فتح منفذ القائم')).toBe('al-qaim');
	});
});

describe('«من جهة X»: the side where it happened, not an origin', () => {
	it.each([
		['انتشرت قوات الجيش على الطريق المؤدي إلى المعبر من جهة القائم', 'al-qaim'],
		['أقامت القوات حواجز على مداخل البلدة من جانب البوكمال', 'albu-kamal']
	])('«%s» → %s', (text, id) => expect(idOf(text)).toBe(id));
	it('near miss: «قادمة من البوكمال» is where a convoy came from', () => {
		expect(idOf('وصلت إلى القائم قافلة قادمة من البوكمال')).toBe('al-qaim');
	});
});

describe('an office stood before is a building; a press conference’s town is where the speaker spoke', () => {
	it.each([
		['نظّم العشرات وقفة احتجاجية أمام مكتب الأمم المتحدة في دير الزور', 'deir-ez-zor'],
		['انفجرت عبوة قرب مكتب المحافظ في كركوك', 'kirkuk'],
		['اقتحم محتجون مقراً داخل مكتب الإدارة في مدينة القائم', 'al-qaim']
	])('«%s» → %s', (text, id) => expect(idOf(text)).toBe(id));
	it('near miss: an office’s seat named as who spoke is not the place', () => {
		expect(idOf('قال مكتب الإعلام في كركوك إن مسلحين هاجموا نقطة للجيش')).toBeNull();
	});
	it.each([
		['كشف المحافظ، خلال مؤتمر صحفي عقده في مبنى المحافظة ببغداد، عن تفاصيل هجوم في قضاء القائم', 'al-qaim'],
		['أعلن القائد في مؤتمر صحفي بكركوك مقتل ثلاثة مسلحين في دير الزور', 'deir-ez-zor']
	])('«%s» → %s', (text, id) => expect(idOf(text)).toBe(id));
	it('a camp named back goes before where the families went, wherever each stands', () => {
		const text = 'يضم مخيم الهول آلاف العائلات. وتتسارع العودة إلى العراق، إذ غادرت 150 عائلة المخيم الأسبوع الماضي';
		const clause = { start: text.indexOf('وتتسارع'), end: text.length, text: text.slice(text.indexOf('وتتسارع')) };
		expect(eventPlace(text, clause, findPlaces('t', text, GEO), [], null, text.indexOf('غادرت'), true)?.place.id).toBe('al-hol');
	});
});
