/**
 * Date properties of user features: a property counts as a date when most of its values start
 * with an ISO day (YYYY-MM-DD). Filtering compares those first ten characters as strings, which
 * orders ISO days correctly, in a MapLibre filter expression (no re-sending of data).
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/;

/** Property names whose non-empty values are ISO dates in at least 80% of the features that have them. */
export function dateProperties(fc: FeatureCollection): string[] {
	// A Map, not an object: user keys such as "__proto__" must stay plain strings.
	const seen = new Map<string, { dates: number; all: number }>();
	for (const f of fc.features) {
		if (!f.properties) continue;
		for (const [k, v] of Object.entries(f.properties)) {
			if (v === null || v === '') continue;
			const s = seen.get(k) ?? { dates: 0, all: 0 };
			s.all++;
			if (typeof v === 'string' && ISO_DAY.test(v)) s.dates++;
			seen.set(k, s);
		}
	}
	return [...seen].filter(([, s]) => s.dates > 0 && s.dates >= 0.8 * s.all).map(([k]) => k);
}

/** The range of ISO days a date property spans, or null when it has none. */
export function dateRange(fc: FeatureCollection, prop: string): { min: string; max: string } | null {
	let min = '';
	let max = '';
	for (const f of fc.features) {
		const v = f.properties?.[prop];
		if (typeof v !== 'string' || !ISO_DAY.test(v)) continue;
		const d = v.slice(0, 10);
		if (!min || d < min) min = d;
		if (!max || d > max) max = d;
	}
	return min ? { min, max } : null;
}

/** Keeps features whose `prop` day lies in [from, to] (both inclusive; either may be empty). */
export function dateFilter(prop: string, from: string, to: string): ExpressionSpecification | null {
	if (!from && !to) return null;
	const day: ExpressionSpecification = ['slice', ['to-string', ['get', prop]], 0, 10];
	const parts: ExpressionSpecification[] = [['has', prop]];
	if (from) parts.push(['>=', day, from]);
	if (to) parts.push(['<=', day, to]);
	return ['all', ...parts];
}
