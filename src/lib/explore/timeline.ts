/**
 * What the timeline draws, as day numbers: each incident's span (a point for a day-dated one),
 * the domain they cover (whole months), and incidents per month for the histogram.
 */
import type { Feature } from 'geojson';
import { addMonths, dayNumber, isoDay } from './days';
import { isEvent } from './facets';

export interface Span {
	id: string;
	from: number;
	to: number;
	/** Dated to the day: drawn as a bar of the histogram, not as a span. */
	exact: boolean;
}

export function spans(features: Feature[]): Span[] {
	return features.filter(isEvent).map((f) => {
		const p = f.properties!;
		const from = dayNumber(p.date_from);
		const to = dayNumber(p.date_to);
		return { id: String(p.id ?? f.id), from, to, exact: from === to };
	});
}

const monthStart = (n: number) => dayNumber(`${isoDay(n).slice(0, 7)}-01`);
const nextMonth = (n: number) => dayNumber(addMonths(`${isoDay(n).slice(0, 7)}-01`, 1));

/** Whole months from the earliest to the latest day of the spans and of `extra` days (the query's). */
export function domain(all: Span[], extra: (number | undefined)[] = []): { start: number; end: number } | null {
	// A loop, not Math.min(...days): 200,000 arguments overflow the stack.
	let lo = Infinity;
	let hi = -Infinity;
	for (const s of all) {
		if (s.from < lo) lo = s.from;
		if (s.to > hi) hi = s.to;
	}
	for (const d of extra) {
		if (d === undefined) continue;
		if (d < lo) lo = d;
		if (d > hi) hi = d;
	}
	if (lo === Infinity) return null;
	return { start: monthStart(lo), end: nextMonth(hi) - 1 };
}

/** Day-dated incidents per month, from the domain's first month to its last. */
export function monthBins(all: Span[], start: number, end: number): { from: number; to: number; count: number }[] {
	const out: { from: number; to: number; count: number }[] = [];
	for (let m = monthStart(start); m <= end; m = nextMonth(m)) out.push({ from: m, to: nextMonth(m) - 1, count: 0 });
	// One pass over the spans, each placed by binary search (100,000 incidents × 36 months was a step's worth of time).
	for (const s of all) {
		if (!s.exact) continue;
		let lo = 0;
		let hi = out.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (s.from < out[mid].from) hi = mid - 1;
			else if (s.from > out[mid].to) lo = mid + 1;
			else {
				out[mid].count++;
				break;
			}
		}
	}
	return out;
}

/** Incidents dated only to a span, one entry per distinct span with how many share it (the timeline draws one bar per span). */
export function spanLanes(all: Span[]): (Span & { count: number })[] {
	const out = new Map<string, Span & { count: number }>();
	for (const s of all) {
		if (s.exact) continue;
		const key = `${s.from}:${s.to}`;
		const had = out.get(key);
		if (had) had.count++;
		else out.set(key, { ...s, count: 1 });
	}
	return [...out.values()];
}

/**
 * Which months of the axis carry a label: every `every`-th month of the year from January (a
 * divisor of 12, so January is always among them and the gaps are even), so that labels of about
 * `labelPx` pixels fit `widthPx`.
 * @example axisEvery(24, 200) // 6: January and July
 */
export function axisEvery(months: number, widthPx: number, labelPx = 40): number {
	const raw = widthPx <= 0 ? Math.max(1, months) : Math.max(1, Math.ceil((months * labelPx) / widthPx));
	return [1, 2, 3, 4, 6, 12].find((d) => d >= raw) ?? 12 * Math.ceil(raw / 12);
}

/**
 * The timeline's extent, histogram and span bars from the server's answer (`/api/layers/{id}/timeline`,
 * $lib/explore/listing `TimelineBody`), as `domain`, `monthBins` and `spanLanes` make them from features.
 */
export function serverBins(body: {
	months: { month: string; count: number }[];
	spans: { from: string; to: string; count: number }[];
}): { extent: { start: number; end: number } | null; bins: { from: number; to: number; count: number }[]; lanes: (Span & { count: number })[] } {
	const bins = body.months.map(({ month, count }) => {
		const from = dayNumber(`${month}-01`);
		return { from, to: nextMonth(from) - 1, count };
	});
	const lanes = body.spans.map((s) => ({ id: `${s.from}:${s.to}`, from: dayNumber(s.from), to: dayNumber(s.to), exact: false, count: s.count }));
	const extent = bins.length ? { start: bins[0].from, end: bins[bins.length - 1].to } : null;
	return { extent, bins, lanes };
}
