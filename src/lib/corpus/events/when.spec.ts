import { describe, expect, it } from 'vitest';
import { findWhens } from './when';
import { eventWhen } from './event-when';

// 2025-01-15 is a Wednesday.
const D = '2025-01-15';
const first = (text: string, d = D) => findWhens(text, d)[0];

describe('dates against the article date', () => {
	it.each([
		['أمس', '2025-01-14', '2025-01-14', 'day'],
		['مساء أمس الثلاثاء', '2025-01-14', '2025-01-14', 'day'],
		['فجر اليوم', '2025-01-15', '2025-01-15', 'day'],
		['يوم الأحد', '2025-01-12', '2025-01-12', 'day'],
		['مساء الخميس', '2025-01-09', '2025-01-09', 'day'],
		['الأربعاء الماضي', '2025-01-08', '2025-01-08', 'day'],
		['قبل يومين', '2025-01-13', '2025-01-13', 'day'],
		['الأسبوع الماضي', '2025-01-08', '2025-01-14', 'week'],
		['مطلع الشهر الجاري', '2025-01-01', '2025-01-10', 'approximate'],
		['الشهر الماضي', '2024-12-01', '2024-12-31', 'month'],
		['منذ أيام', '2025-01-08', '2025-01-14', 'approximate'],
		['الأحد الماضي', '2025-01-12', '2025-01-12', 'day'],
		['الاثنين الماضي', '2025-01-13', '2025-01-13', 'day'],
		['أول أمس', '2025-01-13', '2025-01-13', 'day'],
		['مساء أمس الأول', '2025-01-13', '2025-01-13', 'day'],
		['ليلة أمس', '2025-01-14', '2025-01-14', 'day'],
		// A night named by the two days it joins: after midnight (or at dawn) the second day, else both.
		['بعد منتصف ليلة الاثنين - الثلاثاء', '2025-01-14', '2025-01-14', 'day'],
		['فجر ليلة السبت على الأحد', '2025-01-12', '2025-01-12', 'day'],
		['ليلة الأحد/الاثنين', '2025-01-12', '2025-01-13', 'approximate'],
		['في 22 من تشرين الأول', '2024-10-22', '2024-10-22', 'day'],
		['في 8 كانون الثاني/ يناير 2025', '2025-01-08', '2025-01-08', 'day'],
		['17 رجب 1446 هـ', '2025-01-17', '2025-01-17', 'day']
	])('«%s» → %s…%s (%s)', (text, from, to, precision) => {
		const w = first(text);
		expect(w).toMatchObject({ from, to, precision });
		expect(text.slice(w.evidence.start, w.evidence.end)).toBe(w.evidence.text);
	});
	it('«الأسبوع الماضي» is the 7 days ending the day before the article, whatever its weekday', () => {
		// A Monday article: the Monday–Sunday week before.
		expect(first('ضُبطت الأسبوع الماضي شحنة', '2025-01-13')).toMatchObject({ from: '2025-01-06', to: '2025-01-12', precision: 'week' });
		expect(first('خلال الأسبوع المنصرم', '2025-01-18')).toMatchObject({ from: '2025-01-11', to: '2025-01-17', precision: 'week' });
		expect(first('الاسبوع الفايت', '2025-03-01')).toMatchObject({ from: '2025-02-22', to: '2025-02-28', precision: 'week' });
		// Near miss: this week runs up to the article date.
		expect(first('هذا الأسبوع', D)).toMatchObject({ to: D });
	});
	it('a weekday named on that very day is the day itself', () => {
		expect(first('اليوم الأربعاء')).toMatchObject({ from: D, to: D });
		expect(first('يوم الأربعاء')).toMatchObject({ from: D, to: D });
	});
	it('a bare year long before the article is background, not a date', () => {
		const w = first('خسر آخر معاقله في القائم أواخر عام 2017');
		expect(w.background).toBe(true);
	});
	it('finds no date in words that are not dates', () => {
		expect(findWhens('قال إن الوضع الأمني مستقر', D)).toEqual([]);
		expect(findWhens('مارس الضغط على الحكومة', D)).toEqual([]);
	});
	it('prefers the event date to the date the source spoke', () => {
		const text = 'أفاد مصدر أمني، اليوم الأربعاء، بمقتل جنديين بانفجار عبوة مساء أمس الثلاثاء';
		const w = eventWhen(text, D, { start: 0, end: text.length, text }, text.indexOf('عبوة'));
		expect(w?.evidence.text).toBe('مساء أمس الثلاثاء');
		expect(findWhens(text, D)[0].role).toBe('report');
	});
});

describe('dates when the article date is not a day', () => {
	it('leaves a relative date unresolved, with the reason, when the article date is unknown', () => {
		const [w] = findWhens('قتل جنديان مساء أمس الثلاثاء', null);
		expect(w).toMatchObject({ from: null, to: null, precision: 'unknown' });
		expect(w.evidence.text).toBe('مساء أمس الثلاثاء');
		expect(w.note).toMatch(/«مساء أمس الثلاثاء» is relative and the article's date is unknown/);
	});
	it('widens a relative date over the span the article date is known within', () => {
		// «أمس» of an article dated only to March 2025: any day from the last of February to the 30th of March.
		const [w] = findWhens('أمس', { from: '2025-03-01', to: '2025-03-31' });
		expect(w).toMatchObject({ from: '2025-02-28', to: '2025-03-30', precision: 'approximate' });
		expect(w.note).toMatch(/2025-03-01…2025-03-31/);
	});
	it('still resolves explicit dates; a missing year comes from the hint, else stays unresolved', () => {
		expect(findWhens('في 12 أيار 2025', null)[0]).toMatchObject({ from: '2025-05-12', to: '2025-05-12', precision: 'day' });
		expect(findWhens('في 12 أيار', null, 0, undefined, 2024)[0]).toMatchObject({ from: '2024-05-12', precision: 'day' });
		const [bare] = findWhens('في 12 أيار', null);
		expect(bare).toMatchObject({ from: null, precision: 'unknown' });
		expect(bare.note).toMatch(/gives no year/);
	});
	it('reads an ordinal day of a month and a span of named days', () => {
		// Ordinal days in any month tradition, with «من» («الثاني عشر» is 12, not 2).
		expect(findWhens('وفي الثالث من أوت الماضي هاجم مسلحون قرية', '2026-11-20')[0]).toMatchObject({ from: '2026-08-03', to: '2026-08-03', precision: 'day' });
		expect(findWhens('في الثاني عشر من كانون الثاني 2026', null)[0]).toMatchObject({ from: '2026-01-12', precision: 'day' });
		expect(findWhens('فجر الحادي والعشرين من مايو', '2026-06-01')[0]).toMatchObject({ from: '2026-05-21', precision: 'day' });
		// No ordinal without «من»: «اللواء الثامن شباط» is no date.
		expect(findWhens('تقدم اللواء الثامن شباط', '2026-06-01').filter((w) => w.precision === 'day')).toEqual([]);
		// A span: from the first day to the one the month follows, with an attached و.
		const [span] = findWhens('جرى النقل بين 3 و5 آذار الجاري على دفعتين', '2026-03-20');
		expect(span).toMatchObject({ from: '2026-03-03', to: '2026-03-05', precision: 'day' });
		expect(span.evidence.text).toBe('بين 3 و5 آذار');
		expect(findWhens('من ٧ إلى ٩ نيسان', '2026-04-20')[0]).toMatchObject({ from: '2026-04-07', to: '2026-04-09' });
		// «و14 تموز» alone is the 14th, not the 4th.
		expect(findWhens('في 2 و14 تموز', '2026-08-01').map((w) => w.from)).toContain('2026-07-14');
	});
	it('dates a bulletin\'s weekday lines in the week its heading names, not the week before the article', () => {
		// Published on Wednesday 25 March 2026, covering Sunday 15 to Saturday 21 March.
		const text = 'حصاد الأسبوع الأمني (15 - 21 آذار 2026)\n\n- الاثنين: انفجرت عبوة في بلدة.\n- الخميس: اشتباك على الحدود.';
		const whens = findWhens(text, '2026-03-25', text.indexOf('- الاثنين'));
		expect(whens.map((w) => [w.evidence.text, w.from])).toEqual([
			['الاثنين', '2026-03-16'],
			['الخميس', '2026-03-19']
		]);
		// With no week in the heading, a line's weekday is the last one before the article.
		const bare = 'حصاد الأسبوع الأمني\n\n- الاثنين: انفجرت عبوة في بلدة.';
		expect(findWhens(bare, '2026-03-25', bare.indexOf('- الاثنين'))[0].from).toBe('2026-03-23');
	});
	it('so does a line that opens with «يوم» and a comma, on the article’s own weekday too', () => {
		// Published on Monday 16 March 2026, covering Monday 9 to Sunday 15 March.
		const text = 'نشرة الأحداث (9 – 15 آذار 2026)\n\n• يوم الاثنين، انفجرت عبوة قرب البلدة.\n- الأحد، اشتباك قرب الحدود.\n- يوم الخميس: دورية على الطريق.';
		const whens = findWhens(text, '2026-03-16', text.indexOf('• يوم'));
		expect(whens.map((w) => [w.evidence.text, w.from])).toEqual([
			['يوم الاثنين', '2026-03-09'],
			['الأحد', '2026-03-15'],
			['يوم الخميس', '2026-03-12']
		]);
		// Near miss: with no week in the heading, «يوم الاثنين،» is the last Monday up to the article, itself.
		const bare = 'نشرة الأحداث\n\n- يوم الاثنين، انفجرت عبوة قرب البلدة.';
		expect(findWhens(bare, '2026-03-16', bare.indexOf('- يوم'))[0].from).toBe('2026-03-16');
	});
	it('reads a numbered item\'s label («1- الاثنين:», «(2) الأحد:», «٣. السبت:») and a heading week across a month\'s end', () => {
		// Published on Wednesday 7 January 2026, covering Monday 29 December 2025 to Sunday 4 January 2026.
		const text = 'نشرة الأسبوع من 29 كانون الأول 2025 إلى 4 كانون الثاني 2026:\n\n1- الاثنين: انفجرت عبوة قرب السوق.\n(2) الأحد: اعتقلت قوة مطلوباً.\n٣. السبت: أُغلق المعبر.';
		const whens = findWhens(text, '2026-01-07', text.indexOf('1- '));
		expect(whens.map((w) => [w.evidence.text, w.from])).toEqual([
			['الاثنين', '2025-12-29'],
			['الأحد', '2026-01-04'],
			['السبت', '2026-01-03']
		]);
		// Near miss: a count in running text, «2- اثنان», is no label; «الاثنين» there stays the number two.
		const running = 'نشرة الأحداث\n\nقُتل 2 - الاثنين من المارة، في القصف.';
		expect(findWhens(running, '2026-01-07', 0).map((w) => w.evidence.text)).toEqual([]);
	});
	it('reads the weekday label after an item\'s own dateline, «Town — الأحد:», in the heading\'s week', () => {
		// Published on Tuesday 17 March 2026, covering Sunday 8 to Saturday 14 March.
		const text = 'ملخص الأسبوع على الحدود (8 – 14 آذار 2026)\n\nالقائم — الأحد: انفجرت عبوة قرب سوق.\nريف الحسكة - الاثنين: اعتقلت قوة ثلاثة مطلوبين.\nتل أبيض – يوم السبت، أُغلق المعبر.';
		const whens = findWhens(text, '2026-03-17', text.indexOf('القائم —'));
		expect(whens.map((w) => [w.evidence.text, w.from])).toEqual([
			['الأحد', '2026-03-08'],
			['الاثنين', '2026-03-09'],
			['يوم السبت', '2026-03-14']
		]);
		// Near miss: «الاثنين» after a dash in running text with no label colon and no heading week is the number two.
		const running = 'نشرة الأحداث\n\nأصيب عنصران — الاثنين، بحسب المصدر، في القصف.';
		expect(findWhens(running, '2026-03-17', 0).map((w) => w.evidence.text)).toEqual([]);
	});
});

describe('a dated past: recent news or background, by its date', () => {
	// The article is dated 2025-01-15.
	it.each([
		['وكانت المنطقة قد شهدت في تموز 2023 هجوماً مماثلاً', true],
		['سبق أن تعرض الموقع لهجوم في 4 آذار/ مارس 2024', true],
		['ففي أيار/ مايو 2024 استهدفت مسيّرة الطريق ذاته', true],
		['وكانت القوات قد استعادت في 2 كانون الأول 2024 السيطرة على البلدة', false],
		['وكان المعبر قد أُغلق في آب/ أغسطس 2024', false],
		// No year: the writer means the months just gone.
		['وكانت دورية قد تعرضت لهجوم في 9 شباط', false],
		// A season of a year long past.
		['وكان مسلحون قد خطفوا في صيف 2019 مزارعاً من القرية', true],
		['وكانت الخلية قد نفذت في شتاء عام 2020 هجوماً على الطريق', true],
		['وتعرضت البلدة في ربيع 2017 لقصف مدفعي', true]
	])('«%s» → background %s', (text, background) => {
		const w = first(text);
		expect(w.evidence.text).toMatch(/[0-9]/);
		expect(w.background).toBe(background);
	});
});

it('a season of the article’s own year is no background', () => {
	expect(findWhens('وكانت القرية قد شهدت في شتاء 2025 اشتباكات متقطعة', D).some((w) => w.background)).toBe(false);
});

describe('a reporting verb with its object pronoun dates the report, not the event', () => {
	const whole = (text: string) => ({ start: 0, end: text.length, text });
	it.each([
		['أُحبطت الأسبوع الماضي محاولة تهريب، وفق ما أعلنته مديرية الجمارك اليوم الأربعاء', 'week'],
		['اعتُقل ثلاثة مطلوبين الأسبوع الماضي، بحسب ما ذكره مصدر أمني اليوم', 'week'],
		['ضُبطت شحنة وقود الشهر الماضي، على ما أكدوه في مؤتمر صحفي اليوم', 'month']
	])('«%s» → %s', (text, precision) => {
		const w = eventWhen(text, D, whole(text), 0)!;
		expect(w.precision).toBe(precision);
		expect(w.role).toBe('event');
	});

	it('near miss: the same clause with no date of its own takes the report day, as a report date', () => {
		const text = 'أُحبطت محاولة تهريب، وفق ما أعلنته مديرية الجمارك اليوم الأربعاء';
		expect(eventWhen(text, D, whole(text), 0)!.role).toBe('report');
	});
});

describe('two years named together long before the article are background', () => {
	it.each(['خلال عامي 2019 و2020', 'في السنوات 2016 و2017', 'بين العامين 2015 و2016'])('«%s»', (text) => {
		expect(findWhens(`شهدت المنطقة حوادث مماثلة ${text}`, D).some((w) => w.background)).toBe(true);
	});
	it('near miss: the article’s own year is not background', () => {
		expect(findWhens('شهدت المنطقة حوادث مماثلة خلال عامي 2024 و2025', D).some((w) => w.background)).toBe(false);
	});
});

describe('«اليوم» closing a quoted name is an outlet, not a date', () => {
	it.each(['وقال مصدر لـ"بغداد اليوم" إن الوضع هادئ', 'بحسب ما نقل موقع «العراق اليوم» عن مصدر', 'وأفاد مراسل "سوريا اليوم" بوقوع انفجار'])('«%s»', (text) => {
		expect(findWhens(text, D)).toEqual([]);
	});
	it('near miss: «اليوم» after a town, unquoted, is today', () => {
		expect(findWhens('وصل وفد إلى بغداد اليوم', D)[0]?.from).toBe(D);
		expect(findWhens('قال مصدر "إن الاشتباكات تجددت اليوم"', D)[0]?.from).toBe(D);
	});
});

describe('a month named with «الماضي» is the latest such month before the article', () => {
	it.each([
		['استقبلت الوزارة في تشرين الثاني الماضي مئة عائلة', '2024-11-01', '2024-11-30'],
		['وكانت قد نفذت حملة في آب/ أغسطس المنصرم', '2024-08-01', '2024-08-31'],
		['أُغلق المعبر في شهر كانون الثاني الماضي', '2024-01-01', '2024-01-31'],
		['ضُبطت الشحنة في ديسمبر الماضي', '2024-12-01', '2024-12-31']
	])('«%s» → %s … %s', (text, from, to) => {
		const w = findWhens(text, D).find((x) => x.precision === 'month')!;
		expect([w.from, w.to]).toEqual([from, to]);
	});
	it('near misses: a named day of that month keeps its day; a bare month name is no date', () => {
		expect(findWhens('أُعيد فتحه في العاشر من كانون الأول الماضي', D)[0]).toMatchObject({ from: '2024-12-10', precision: 'day' });
		expect(findWhens('وقال أبو تموز إن الوضع هادئ', D)).toEqual([]);
	});
});

describe('«منذ» and a named day keep a month with «الماضي» from dating the clause as a month', () => {
	it.each(['المعبر المغلق منذ تشرين الأول الماضي', 'وقع الهجوم في 21 أيلول/ سبتمبر الماضي', 'في التاسع من آب/ أغسطس الماضي'])('«%s»', (text) => {
		expect(findWhens(text, D).some((w) => w.precision === 'month')).toBe(false);
	});
});
