/**
 * What a smuggling run is coded as (resolve.ts, rulings.ts, sequels.ts): drugs only tried or suspected leave it an
 * interdiction, a seizure only tried seized nothing, goods crossing are a run, a smuggler of people seized is an
 * arrest, and a seizure named after the run types it. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import type { Geography } from './where';
import { typeOf } from './clause-testing';

const geo: Geography = { places: [], stop_phrases: [] };
const types = (text: string) => draftIncidents({ id: 'x', text, date: '2026-03-02' }, geo).map((d) => d.type);

describe('a fight with smugglers: drugs seized or counted make a drug seizure, drugs only tried do not', () => {
	it('tried', () => {
		expect(typeOf('قتلت القوات مهربَين في اشتباك وقع عند محاولتهم إدخال مواد مخدرة عبر الحدود')).toBe('smuggling-interdiction');
		expect(typeOf('اشتبك حرس الحدود مع مهربين حاولوا نقل حبوب مخدرة فجر اليوم')).toBe('smuggling-interdiction');
	});
	it('counted or seized', () => {
		expect(typeOf('قتلت القوات مهربَين في اشتباك وضبطت مئتي ألف حبة كبتاغون')).toBe('drug-seizure');
		expect(typeOf('اشتبك حرس الحدود مع مهربين وضبط 40 كيلوغراماً من الحشيش')).toBe('drug-seizure');
	});
});

describe('a seizure only tried: an interdiction', () => {
	it.each([
		['أصيب شرطي خلال محاولة اعتراض سيارة يشتبه بأنها تنقل مخدرات'],
		['جُرح عنصران أثناء محاولتهما ضبط شاحنة محملة بالسجائر'],
		['قُتل جندي حين حاول اعتراض صهريج وقود مهرب']
	])('%s', (text) => {
		expect(typeOf(text)).toBe('smuggling-interdiction');
	});
	it('a seizure made stays a seizure', () => {
		expect(typeOf('تمكنت الدورية من ضبط سيارة تنقل مخدرات')).toBe('drug-seizure');
	});
});

describe('goods, not people, tried to cross: a smuggling run', () => {
	it.each([
		['أوقفت القوات شاحنتين حاولتا عبور الساتر محملتين بالمواشي'],
		['أحبط الحرس محاولة عبور سيارات محملة بالوقود عبر الشريط الحدودي'],
		['منعت الدوريات ثلاث عجلات من اجتياز الحدود كانت تحاول العبور ببضائع مهربة']
	])('%s', (text) => {
		expect(typeOf(text)).toBe('smuggling-interdiction');
	});
	it('people, or a smuggler, trying to cross stay an infiltration', () => {
		expect(typeOf('اعتقلت دورية ستة أشخاص حاولوا عبور الحدود بطريقة غير شرعية')).toBe('infiltration');
		expect(typeOf('اعتقلت دورية مهرباً كان يحاول عبور الساتر')).toBe('infiltration');
	});
});

describe('a smuggler of people «seized» on a charge: an arrest', () => {
	it.each([
		['ضُبط في المدينة شخص يدير شبكة لتهريب البشر إلى أوروبا'],
		['ضبطت الشرطة متهماً بتهريب اللاجئين عبر الحدود'],
		['ضُبط في الحي شخص يتولى تهريب ما لا يقل عن 30 مهاجراً كل شهر']
	])('%s', (text) => {
		expect(typeOf(text)).toBe('arrest');
	});
	it('a smuggler of goods seized with them stays a run', () => {
		expect(typeOf('ضبطت الدورية شخصاً يهرّب شحنة سجائر عبر الحدود')).not.toBe('arrest');
	});
});

describe('a run stopped, then what was seized named in the sentence: the seizure', () => {
	it.each([
		['اشتبكت الدورية مساء الأحد مع مهربين حاولوا إدخال شحنة قرب الساتر، فيما ضُبطت بنادق وذخائر كانت معهم.', 'weapons-seizure'],
		['أحبطت القوات مساء الأحد محاولة تهريب قرب الحدود، حيث ضبطت ثلاثمئة ألف حبة مخدرة.', 'drug-seizure']
	])('%s', (text, type) => {
		expect(types(text)).toEqual([type]);
	});
	it('a fight with no seizure stays the run', () => {
		expect(types('اشتبكت الدورية مساء الأحد مع مهربين حاولوا إدخال شحنة سجائر قرب الساتر، فيما فرّ الباقون.')).toEqual(['smuggling-interdiction']);
	});
});
