import { describe, expect, it } from 'vitest';
import { indexTerms, queryKeys, soundKey, wordKeys, words } from './keys';

const keys = (w: string) => wordKeys(w)!;

describe('words', () => {
	it('splits on hyphens and punctuation, joins apostrophes, keeps ISO dates whole', () => {
		expect(words("Deir ez-Zor, Qa'im 2025-10 (Oct)")).toEqual(['Deir', 'ez', 'Zor', 'Qaim', '2025-10', 'Oct']);
	});
	it("drops the English possessive: Iraq's → Iraq", () => {
		expect(words("Iraq's factions")).toEqual(['Iraq', 'factions']);
	});
	it('reads Arabic-Indic digits as digits', () => {
		expect(words('٢٠٢٥')).toEqual(['2025']);
	});
});

describe('Latin keys', () => {
	it('strips diacritics and case', () => {
		expect(keys('Kirkūk').exact).toBe('kirkuk');
		expect(keys('Bağdat').exact).toBe('bagdat');
		expect(keys('Qamişlo').exact).toBe('qamislo');
	});
	it('drops an attached article, sun letters included, and collapses doubled letters', () => {
		expect(keys('Alhol').fold).toContain('hol');
		expect(keys('Ezzor').fold).toContain('zor');
		expect(keys('Ashsham').fold).toContain('sham');
		expect(keys('Qusseir').fold).toContain('quseir');
	});
	it('does not take a short word for an article', () => {
		expect(keys('Alma').fold).toEqual(['alma']);
	});
	it('folds transliteration schools onto one sound', () => {
		for (const [a, b] of [
			['qamishli', 'kamechli'],
			['hawl', 'hol'],
			['houl', 'hol'],
			['dayr', 'deir'],
			['zawr', 'zour'],
			['jeyhan', 'djeyhan'],
			['baghdad', 'bagdad'],
			['qusayr', 'kusair'],
			['suriya', 'souria'],
			['banyas', 'banias']
		])
			expect(soundKey(a), `${a} ~ ${b}`).toBe(soundKey(b));
	});
	it('keeps different names apart', () => {
		expect(soundKey('kirkuk')).not.toBe(soundKey('baghdad'));
		expect(soundKey('hol')).not.toBe(soundKey('homs'));
	});
	it('gives Latin and Arabic script the same consonant skeleton', () => {
		for (const [latin, arabic, skel] of [
			['Dimashq', 'دمشق', 'dmsk'],
			['Hawl', 'الهول', 'hl'],
			['Qamishli', 'القامشلي', 'kmsl'],
			['Kirkuk', 'كركوك', 'krk'],
			['Deir', 'دير', 'dr']
		]) {
			expect(keys(latin).skel, latin).toContain(skel);
			expect(keys(arabic).skel, arabic).toContain(skel);
		}
	});
	it('keeps numbers and ISO dates exact', () => {
		expect(keys('2025-10')).toMatchObject({ exact: '2025-10', numeric: true, sound: [], skel: [] });
	});
});

describe('Arabic keys', () => {
	it('normalises with the extraction normaliser: hamza, taa marbuta, alef maqsura, tashkeel, tatweel', () => {
		expect(keys('إسرائيل').exact).toBe(keys('اسراييل').exact);
		expect(keys('سورية').exact).toBe(keys('سوريه').exact);
		expect(keys('القامشلى').exact).toBe(keys('القامشلي').exact);
		expect(keys('القُصَيْر').exact).toBe(keys('القصير').exact);
		expect(keys('بغـــداد').exact).toBe(keys('بغداد').exact);
	});
	it('reads the word with and without ال, وال, بال', () => {
		expect(keys('الأنبار').fold).toEqual(expect.arrayContaining(['انبار', 'الانبار']));
		expect(keys('والأنبار').fold).toContain('انبار');
		expect(keys('بالأنبار').fold).toContain('انبار');
	});
	it('a query also reads a leading و/ب/ل as a conjunction or preposition', () => {
		expect(wordKeys('بدمشق', { query: true })!.fold).toContain('دمشق');
		expect(wordKeys('وبغداد', { query: true })!.fold).toContain('بغداد');
		expect(wordKeys('بدمشق')!.fold).not.toContain('دمشق');
	});
});

describe('names written together or apart', () => {
	it('indexes runs of words joined, with and without the article', () => {
		const t = indexTerms(['Deir ez-Zor', 'دير الزور']);
		expect(t.exact).toEqual(expect.arrayContaining(['deirezzor', 'deirzor', 'ديرالزور']));
		expect(t.fold).toContain('ديرزور');
	});
	it('a query joins its words and drops stand-alone articles', () => {
		const q = queryKeys('al Hol');
		expect(q.words.map((w) => w.exact)).toEqual(['hol']);
		expect(queryKeys('Deir ez Zor').joined!.fold).toContain('deirzor');
	});
});
