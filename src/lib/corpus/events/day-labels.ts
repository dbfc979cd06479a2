/**
 * A round-up's items headed by a day on a line of its own: «الاثنين\nغادرت قافلة …», «- الخميس 2 نيسان\n…», «السبت:\n…».
 * The label dates every item under it up to the next heading — in the week the round-up's heading names
 * («(30 آذار – 5 نيسان 2026)») when it names one, else the last such day before the article. An item's own date
 * goes first (extract.ts asks here only when its clause and sentence date nothing).
 */
import { norm } from '$lib/arabic/normalize';
import { lines } from '../draft';
import { findWhens, WEEKDAYS, type Anchor, type When } from './when';
import { lastWeekday } from './bare-weekday';
import { headingWeek } from './heading-week';

/** A heading line: a few words, no sentence of its own. */
const MAX_WORDS = 6;
/** A weekday label, with «يوم», a list's bullet or number and a colon or dash around it; group 1 the weekday, group 2 the rest. */
const LABEL = new RegExp(`^[\\s\\-–—•*#(]*(?:[0-9\\u0660-\\u0669]{1,2}\\s*[-–.)]\\s*)?(?:يوم\\s+)?(${WEEKDAYS.map(([w]) => w).join('|')})(?![\\p{L}])\\s*[:：\\-–—،,]?\\s*(.*?)[\\s:：.)]*$`, 'u');

/** The day the label over `at` gives, or null when no label heads it (the nearest heading line above it is no day). */
export function labelledDay(text: string, at: number, anchor: Anchor, year: number | null): When | null {
	const above = lines(text).filter((l) => l.end <= at && !(l.start <= at && at < l.end));
	for (let i = above.length - 1; i >= 0; i--) {
		const line = text.slice(above[i].start, above[i].end);
		if (line.split(/\s+/).length > MAX_WORDS || /[.!؟?]$/.test(line)) continue;
		return label(text, above[i], anchor, year);
	}
	return null;
}

function label(text: string, l: { start: number; end: number }, anchor: Anchor, year: number | null): When | null {
	const line = text.slice(l.start, l.end);
	const evidence = { start: l.start, end: l.end, text: line };
	// «الخميس 2 نيسان», «2 نيسان 2026»: a day written out on the label line is its day.
	const whens = findWhens(text, anchor, l.start, l.end, year).filter((w) => w.precision === 'day' && w.from !== null && !w.background);
	// «الأربعاء 12 شباط»: the written day, not the weekday read alone.
	const dated = whens.length > 1 ? whens.filter((w) => /[0-9\u0660-\u0669]/.test(w.evidence.text)) : whens;
	const m = LABEL.exec(norm(line));
	// Only a line that is nothing but the day (a weekday, «يوم», marks) is a label: «مقتل جنديين أمس» is a headline.
	const rest = dated.length === 1 ? norm(text.slice(l.start, dated[0].evidence.start) + ' ' + text.slice(dated[0].evidence.end, l.end)).replace(/[^\p{L}\s]/gu, ' ').trim() : null;
	if (rest !== null && (rest === '' || LABEL.test(rest) || rest === 'يوم')) return { ...dated[0], evidence, role: 'event' };
	if (!m || m[2] || !anchor || anchor.from !== anchor.to) return null;
	const wd = WEEKDAYS.find(([w]) => w === m[1])![1];
	const week = headingWeek(text, year ?? Number(anchor.from.slice(0, 4)));
	const inWeek = week ? lastWeekday(week.to, wd, true) : null;
	const d = inWeek && inWeek >= week!.from ? inWeek : lastWeekday(anchor.from, wd, false);
	return { from: d, to: d, precision: 'day', evidence, role: 'event', background: false };
}
