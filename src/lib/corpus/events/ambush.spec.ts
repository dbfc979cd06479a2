/**
 * An ambush set to catch (ambush.ts): no one killed and no fight told, the seizure or arrest it made is the event,
 * told in its clause or in the clause after it that opens with «تمكّن (خلاله) من». Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import type { Geography } from './where';
import { typeOf } from './clause-testing';
import { classifyClause, clauseSpans } from './classify';

const geo: Geography = { places: [], stop_phrases: [] };
const types = (text: string) => draftIncidents({ id: 'x', text, date: '2026-03-02' }, geo).map((d) => d.type);

describe('an ambush that makes a catch is the catch', () => {
	it.each([
		['نصبت مفارز المكافحة كميناً مساء أمس قرب مدخل المدينة، وتمكنت من ضبط كمية من الحشيشة داخل سيارة أجرة.', 'drug-seizure'],
		['نصب عناصر الشرطة كميناً على الطريق الزراعي يوم الخميس، تمكنوا خلاله من ضبط شحنة أسلحة ورمانات يدوية.', 'weapons-seizure'],
		['ومن خلال كمين محكم على مدخل البلدة، ضبطت الوحدات صباح اليوم خمسين ألف حبة مخدرة وألقت القبض على ناقلها.', 'drug-seizure']
	])('%s', (text, type) => {
		expect(types(text)).toEqual([type]);
	});
	it('an arrest made through the ambush, in its clause', () => {
		expect(typeOf('نصبت القوة كميناً ليلة الأحد في البادية، واستطاعت من خلاله اعتقال مطلوبين اثنين')).toBe('arrest');
	});
	it('the ambush clause itself reads as the catch told after it', () => {
		const text = 'نصبت المفارز كميناً محكماً على الطريق الدولي، وتمكنت من ضبط الحبوب المخدرة في صهريج';
		expect(classifyClause(text, clauseSpans(text)[0]).event?.type).toBe('drug-seizure');
	});
	it('an ambush with a fight or a death stays a fight', () => {
		expect(typeOf('نصبت القوة كميناً لمجموعة مسلحة فقُتل اثنان منهم')).toBe('clash');
		const text = 'وقعت دورية في كمين نصبه مسلحون قرب القرية، وتمكن عناصرها من الانسحاب';
		expect(classifyClause(text, clauseSpans(text)[0]).event?.type).toBe('clash');
	});
});
