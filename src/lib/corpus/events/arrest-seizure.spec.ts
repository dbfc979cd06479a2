/**
 * An arrest and what was found on the people held: arms carried by them are part of the arrest; drugs seized stay a
 * drug seizure, also after the charge («بتهمة …») the arrest names. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('arms found on the people arrested', () => {
	it.each([
		['تمكنت الشرطة من إلقاء القبض على خلية من ثلاثة عناصر في حي الجبيلة، وضُبط بحوزتهم حزام ناسف وبنادق'],
		['أسفرت العملية عن القبض على مسؤول مالي في التنظيم وضبط مسدسات وذخائر كانت بحوزته'],
		['اعتقلت دورية مطلوبين اثنين في القرية، وصادرت بنادق آلية كانت في حوزتهما'],
		['أوقفت القوة ثلاثة أشخاص على الحاجز وضبطت بحوزتهم قنابل يدوية']
	])('%s → arrest', (s) => expect(typeOf(s)).toBe('arrest'));
	it('a cache found with no one holding it stays a seizure', () => {
		expect(typeOf('ضبطت وحدات الهندسة مستودعاً يحوي بنادق وقذائف هاون في أطراف البلدة، واعتقلت حارسه')).toBe('weapons-seizure');
	});
});

describe('a charge ends where a past verb joined by «و» goes on', () => {
	it.each([
		['اعتقلت الشرطة شابين بتهمة ترويج المخدرات، وضبطت بحوزتهما كمية من حبوب الكبتاغون'],
		['أوقفت دورية ثلاثة أشخاص للاشتباه بتورطهم في التهريب، وصادرت عشرة كيلوغرامات من الحشيش كانت معهم'],
		['ألقت القوى الأمنية القبض على تاجر بتهمة الاتجار بالمواد المخدرة، وضبطوا في منزله عشرين ألف حبة مخدرة']
	])('%s → drug-seizure', (s) => expect(typeOf(s)).toBe('drug-seizure'));
	it('a verbal noun after the comma is still the charge', () => {
		expect(typeOf('اعتقلت قوى الأمن رجلاً بتهمة الانتماء إلى خلية، وتهريب حبوب الكبتاغون')).toBe('arrest');
	});
});

describe('people arrested and taken to an unknown place', () => {
	it.each([
		['اعتقلت قوات الأسايش خمسة شبان من القرية فجر اليوم، واقتادتهم إلى جهة مجهولة'],
		['داهمت دورية منزلاً في الحي واعتقلت صاحبه قبل أن تقتاده إلى مكان مجهول'],
		['شنت القوات حملة اعتقالات طالت عشرة أشخاص، اقتيدوا إلى جهة مجهولة']
	])('%s → arrest', (s) => expect(typeOf(s)).toBe('arrest'));
	it('taken away by gunmen with no arrest told is an abduction', () => {
		expect(typeOf('اعترض مسلحون مجهولون سيارة تاجر على الطريق واقتادوه إلى جهة مجهولة')).toBe('abduction');
	});
});

describe('a fight with a group that tried to smuggle a load', () => {
	it.each([
		['صار اشتباك مع مجموعة حاولت تهرّب سلاح من الجهة الثانية، قُتل واحد منهم'],
		['اندلع اشتباك بين حرس الحدود ومسلحين حاولوا تهريب شحنة أسلحة عبر الساتر، ما أدى إلى مقتل أحدهم'],
		['اشتبكت القوة مع أشخاص حاولوا إدخال مواشي إلى الأراضي السورية']
	])('%s → smuggling-interdiction', (s) => expect(typeOf(s)).toBe('smuggling-interdiction'));
	it('a man who tried to flee is no smuggler', () => {
		expect(typeOf('اشتبكت دورية مع مطلوب حاول يهرب من الحاجز، ما أدى إلى مقتله')).toBe('clash');
	});
});
