import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { toldApart } from './another';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const drafts = (text: string) => draftIncidents({ id: 'ev-another', text, date: '2025-11-20' }, GEO).map((d) => d.type);

// «وفي عملية أخرى» / «وفي حادثة منفصلة»: the writer says the sentence tells another event than the one just told.
describe('«in another operation» opens another event', () => {
	it.each([
		'ضبطت مفارز الشرطة، مساء أمس، عشرة آلاف حبة كبتاغون في محافظة الأنبار.\n\nوفي عملية أخرى، ألقت مفارز الشرطة، مساء أمس، القبض على مطلوب في محافظة الأنبار.',
		'ضبطت قوة من الجيش، مساء أمس، شحنة أسلحة في محافظة الأنبار.\n\nوفي حادثة منفصلة، اعتقلت القوة ذاتها، مساء أمس، متهماً بالإرهاب في محافظة الأنبار.',
		'صادرت دورية، مساء أمس، كمية من الحشيش في محافظة الأنبار.\n\nفي عملية ثانية، أوقفت الدورية، مساء أمس، ثلاثة مطلوبين في محافظة الأنبار.'
	])('two drafts: %s', (text) => {
		const types = drafts(text);
		expect(types).toHaveLength(2);
		expect(types).toContain('arrest');
	});
	it('without the marker, the same night and region, the arrest is told with the seizure', () => {
		expect(drafts('ضبطت مفارز الشرطة، مساء أمس، عشرة آلاف حبة كبتاغون في محافظة الأنبار.\n\nوألقت مفارز الشرطة، مساء أمس، القبض على مطلوب في محافظة الأنبار.')).toHaveLength(1);
	});
	it('only the first event clause of the sentence is told apart, and only by an opening marker', () => {
		const text = 'وفي عملية أخرى، ألقت القوة القبض على مطلوب، وقد جرى توقيفه.';
		const sentence = 0;
		expect(toldApart(text, { start: 0, end: 40, text: text.slice(0, 40) }, sentence, [])).toBe(true);
		expect(toldApart(text, { start: 42, end: text.length, text: text.slice(42) }, sentence, [{ ev: { clause: { start: 0, end: 40, text: '' } } }])).toBe(false);
		expect(toldApart('ألقت القوة في عملية أخرى القبض على مطلوب', { start: 0, end: 20, text: '' }, 0, [])).toBe(false);
	});
});
