import { describe, expect, it } from 'vitest';
import { hasArabic, isArabicName, scriptLang, stripTashkeel, TASHKEEL } from './script';

describe('stripTashkeel', () => {
	it('drops harakat, shadda, sukun and tatweel, keeps letters', () => {
		expect(stripTashkeel('دِمَشْق')).toBe('دمشق');
		expect(stripTashkeel('البُوكَمَال')).toBe('البوكمال');
		expect(stripTashkeel('كـركوك')).toBe('كركوك');
		expect(stripTashkeel('مُسَيَّرَةٌ')).toBe('مسيرة');
	});
	it('leaves Latin and hamza letters alone', () => {
		expect(stripTashkeel('Albu Kamal')).toBe('Albu Kamal');
		expect(stripTashkeel('أإآؤئ')).toBe('أإآؤئ');
	});
	it('TASHKEEL is one mark, not a letter', () => {
		expect(TASHKEEL.test('\u064E')).toBe(true);
		expect(TASHKEEL.test('ب')).toBe(false);
	});
});

describe('hasArabic and scriptLang', () => {
	it('finds Arabic in any of its blocks', () => {
		expect(hasArabic('البوكمال')).toBe(true);
		expect(hasArabic('ﻻ')).toBe(true);
		expect(hasArabic('Albu Kamal 2025')).toBe(false);
		expect(hasArabic('')).toBe(false);
		expect(scriptLang('شفق نيوز')).toBe('ar');
		expect(scriptLang('Shafaq News')).toBe('en');
	});
});

describe('isArabicName', () => {
	it('takes a name in Arabic letters, with tashkeel, tatweel and spaces', () => {
		expect(isArabicName('البوكمال')).toBe(true);
		expect(isArabicName('دير الزور')).toBe(true);
		expect(isArabicName('دِمَشْق')).toBe(true);
		expect(isArabicName('كـركوك')).toBe(true);
	});
	it('refuses Kurdish and Persian spellings, Latin, and marks without a letter', () => {
		expect(isArabicName('کەرکووک')).toBe(false);
		expect(isArabicName('کرکوک')).toBe(false);
		expect(isArabicName('Kirkuk')).toBe(false);
		expect(isArabicName('ـ َ')).toBe(false);
		expect(isArabicName('')).toBe(false);
	});
});
