/**
 * The benchmark's arithmetic: medians and spreads of repeated runs, and one result entry per
 * metric as tests/bench/results/latest.json holds it. Pure, so it is unit-tested.
 */

export interface Sample {
	median: number;
	min: number;
	max: number;
	n: number;
}

/**
 * How a target reads: `ratio` ≤ value (app ÷ baseline), `ratio-min` ≥ value, `max` value ≤ a
 * number in the metric's unit, `none` recorded for information.
 */
export type Target = { kind: 'ratio' | 'ratio-min' | 'max'; value: number; text: string } | { kind: 'none'; text: string };

export interface Entry {
	value: number;
	unit: string;
	baseline: number | null;
	/** value ÷ baseline, 3 decimals; null without a baseline. */
	ratio: number | null;
	target: string;
	/** null when the target is informational or could not be judged. */
	met: boolean | null;
	/** min–max of the app's runs and of the baseline's, and how many runs. */
	spread?: { value: [number, number]; baseline?: [number, number]; runs: number };
	baseline_name?: string;
	note?: string;
}

export function median(xs: readonly number[]): number {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function sample(xs: readonly number[]): Sample {
	return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** The entry for a value against an optional baseline and a target. */
export function entry(value: number | Sample, unit: string, baseline: number | Sample | null, target: Target, extra: Partial<Entry> = {}): Entry {
	const v = typeof value === 'number' ? value : value.median;
	const b = baseline === null ? null : typeof baseline === 'number' ? baseline : baseline.median;
	const ratio = b === null || !Number.isFinite(b) || b === 0 || !Number.isFinite(v) ? null : round(v / b, 3);
	let met: boolean | null = null;
	if (Number.isFinite(v)) {
		if (target.kind === 'max') met = v <= target.value;
		else if (target.kind === 'ratio' && ratio !== null) met = ratio <= target.value;
		else if (target.kind === 'ratio-min' && ratio !== null) met = ratio >= target.value;
	}
	const out: Entry = { value: round(v, 2), unit, baseline: b === null ? null : round(b, 2), ratio, target: target.text, met, ...extra };
	if (typeof value !== 'number') {
		out.spread = { value: [round(value.min, 2), round(value.max, 2)], runs: value.n };
		if (baseline !== null && typeof baseline !== 'number') out.spread.baseline = [round(baseline.min, 2), round(baseline.max, 2)];
	}
	return out;
}

/** The results as a fixed-width table for the terminal. */
export function table(results: Record<string, Entry>): string {
	const rows = [['metric', 'value', 'baseline', 'ratio', 'target', 'met']];
	for (const [k, e] of Object.entries(results)) {
		const spread = e.spread ? ` (${e.spread.value[0]}–${e.spread.value[1]})` : '';
		const bspread = e.spread?.baseline ? ` (${e.spread.baseline[0]}–${e.spread.baseline[1]})` : '';
		rows.push([
			k,
			`${e.value} ${e.unit}${spread}`,
			e.baseline === null ? '—' : `${e.baseline}${bspread}${e.baseline_name ? ` ${e.baseline_name}` : ''}`,
			e.ratio === null ? '—' : `${e.ratio}×`,
			e.target,
			e.met === null ? '·' : e.met ? 'yes' : 'NO'
		]);
	}
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
	return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');
}
