/**
 * The one table of Arabic month names, by month number (index 0 = January / Muharram): what the
 * corpus parser (src/lib/corpus/dates.ts) reads in every tradition, and what the interface writes.
 *
 * The first name of each Gregorian row is the Iraqi/Levantine one (كانون الثاني…), the form the
 * atlas writes: its texts come from Iraq and Syria. The second is the Egyptian/Gulf one (يناير…),
 * given after a slash where a reader from elsewhere needs it ("تشرين الأول/أكتوبر"). The rest are
 * spellings the parser also accepts (Maghrebi جانفي…, variant hamzas).
 */
export const GREGORIAN_MONTHS: readonly (readonly string[])[] = [
	['كانون الثاني', 'يناير', 'جانفي', 'ينير'],
	['شباط', 'فبراير', 'فيفري'],
	['آذار', 'مارس'],
	['نيسان', 'أبريل', 'إبريل', 'ابريل', 'أفريل'],
	['أيار', 'مايو', 'ماي'],
	['حزيران', 'يونيو', 'يونيه', 'جوان'],
	['تموز', 'يوليو', 'يوليه', 'جويلية', 'يوليوز'],
	['آب', 'أغسطس', 'آغسطس', 'أوت', 'غشت'],
	['أيلول', 'سبتمبر', 'شتنبر'],
	['تشرين الأول', 'أكتوبر', 'اكتوبر'],
	['تشرين الثاني', 'نوفمبر', 'نونبر'],
	['كانون الأول', 'ديسمبر', 'دجنبر']
];

/** Hijri (Umm al-Qura) month names with their common variants; the first is the written form. */
export const HIJRI_MONTHS: readonly (readonly string[])[] = [
	['محرم'],
	['صفر'],
	['ربيع الأول'],
	['ربيع الآخر', 'ربيع الثاني'],
	['جمادى الأولى', 'جمادى الأول'],
	['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
	['رجب'],
	['شعبان'],
	['رمضان'],
	['شوال'],
	['ذو القعدة', 'ذي القعدة'],
	['ذو الحجة', 'ذي الحجة']
];

/**
 * A Gregorian month (1–12) as the atlas writes it in Arabic: the Levantine name, or with `twin`
 * the Levantine name and the Egyptian one after a slash.
 * @example arabicMonth(10) // 'تشرين الأول'
 * @example arabicMonth(10, true) // 'تشرين الأول/أكتوبر'
 */
export function arabicMonth(month: number, twin = false): string {
	const row = GREGORIAN_MONTHS[month - 1];
	if (!row) throw new RangeError(`no month ${month}`);
	return twin ? `${row[0]}/${row[1]}` : row[0];
}
