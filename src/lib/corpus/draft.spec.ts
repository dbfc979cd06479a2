import { describe, expect, it } from 'vitest';
import { draftMeta, reviewNotes } from './draft';

const verbatim = (text: string, meta: ReturnType<typeof draftMeta>) => {
	for (const f of Object.values(meta))
		if (f && typeof f === 'object' && 'evidence' in f) for (const e of f.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
};

describe('draftMeta', () => {
	it('drafts headline, date line, date, outlet and relayed agency, each with verbatim evidence', () => {
		const text = 'إغلاق منفذ حدودي\n\nبغداد، 3 تشرين الثاني/نوفمبر 2025 (شفق نيوز) - أعلنت السلطات إغلاق المنفذ، وفق وكالة الأنباء العراقية.\n';
		const meta = draftMeta('x', text, { places: [{ start: text.indexOf('بغداد'), end: text.indexOf('بغداد') + 5, name_en: 'Baghdad' }] });
		verbatim(text, meta);
		expect(meta.headline_ar.value).toBe('إغلاق منفذ حدودي');
		expect(meta.language.value).toBe('ar');
		expect(meta.date).toMatchObject({ value: '2025-11-03', precision: 'day' });
		expect(meta.date.evidence[0].text).toBe('3 تشرين الثاني/نوفمبر 2025');
		expect(meta.dateline.value).toBe('Baghdad');
		expect(meta.outlet_ar.value).toBe('شفق نيوز');
		expect(meta.outlet_en.value).toBe('Shafaq News');
		expect(meta.reported_via.value).toBe('Iraqi News Agency (INA)');
		expect(reviewNotes(meta)).toContain('headline_en: translate the headline');
	});

	it('leaves what it cannot find null, with a note — a date of an event is not the article date', () => {
		const text = 'قال مسؤول إن الاجتماع عقد في 26 ديسمبر/ كانون الأول 2024 في دمشق.\nوأضاف أن اللقاء كان مثمرا.';
		const meta = draftMeta('y', text);
		verbatim(text, meta);
		expect(meta.headline_ar.value).toBeNull();
		expect(meta.headline_ar.note).toMatch(/ends like a sentence/);
		expect(meta.date.value).toBeNull();
		expect(meta.date.evidence.map((e) => e.text)).toEqual(['26 ديسمبر/ كانون الأول 2024']);
		expect(meta.outlet_ar.value).toBeNull();
		expect(meta.dateline.value).toBeNull();
		for (const f of [meta.outlet_ar, meta.outlet_en, meta.reported_via, meta.dateline, meta.headline_ar]) expect(f.note).toMatch(/review/);
	});

	it("names the agencies and channels of the neighbours' press: Jordan's Petra in a date line, Kurdistan24 in the first line", () => {
		const jo = 'الرمثا 5 شباط (بترا) - أحبطت القوات المسلحة محاولة تهريب على الواجهة الشمالية.';
		const a = draftMeta('jo', jo);
		verbatim(jo, a);
		expect(a.reported_via.value).toBe('Jordan News Agency (Petra)');
		const kr = 'دهوك (كوردستان 24) - قصفت مسيرة تركية موقعاً في قضاء العمادية.';
		const b = draftMeta('kr', kr);
		verbatim(kr, b);
		expect(b.outlet_en.value).toBe('Kurdistan24');
	});

	it('does not call a text Arabic when it is not', () => {
		const meta = draftMeta('z', 'A short English report about the border.\nIt has two lines.');
		expect(meta.language.value).toBeNull();
		expect(meta.language.note).toMatch(/Not mainly Arabic/);
	});

	it.each([
		['دير الزور – عنب بلدي – 12 أيار/ مايو 2025\nقتل شخصان بانفجار لغم في ريف دير الزور الشرقي.', '12 أيار/ مايو 2025', '2025-05-12', 'دير الزور – عنب بلدي – 12 أيار/ مايو 2025'],
		['مقتل راعٍ بانفجار لغم\nالأنبار (الأحد 4 آذار 2025) – قتل راعٍ بانفجار لغم أرضي في صحراء الأنبار.', '4 آذار 2025', '2025-03-04', 'الأنبار (الأحد 4 آذار 2025)'],
		['دير الزور – عنب بلدي – 12 أيار/ مايو 2025 – قتل شخصان بانفجار لغم في ريف دير الزور الشرقي.', '12 أيار/ مايو 2025', '2025-05-12', 'دير الزور – عنب بلدي – 12 أيار/ مايو 2025']
	])('reads the date inside a date line: %s', (text, words, day, line) => {
		const at = text.indexOf('دير الزور') >= 0 ? text.indexOf('دير الزور') : text.indexOf('الأنبار');
		const meta = draftMeta('d', text, { places: [{ start: at, end: at + (text.startsWith('دير') ? 9 : 7), name_en: 'Here' }] });
		verbatim(text, meta);
		expect(meta.date).toMatchObject({ value: day, precision: 'day' });
		expect(meta.date.evidence.map((e) => e.text)).toEqual([words]);
		expect(meta.dateline.evidence.map((e) => e.text)).toEqual([line]);
	});
});
