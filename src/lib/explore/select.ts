/**
 * The one selector: which features a query keeps. The API, the export, the map's filter
 * expressions, the list, the timeline and the filter counts all ask it, so they cannot disagree.
 *
 * - time (`from`/`to`): an incident is kept when the days it may fall on (`date_from`…`date_to`)
 *   meet the range, both ends inclusive; a month- or approximately-dated incident is such a span.
 *   Features without dates (places) are not events and are not filtered by time.
 * - `type`, `actor`: incidents only; `kind`: gazetteer features only; `article`, `outlet`: both.
 *   Values of one parameter are alternatives (OR); different parameters must all hold (AND).
 * - `sources`: incidents reported by at least that many sources (`source_count`); places are kept.
 * - `near`: the feature's geometry (a footprint, for an imprecise incident) comes within `km` of
 *   the target's; distances are computed once per geometry and target, then cached (on the page
 *   the incidents sharing a footprint share its one object: one distance per footprint).
 * - `bbox`: the geometry meets the box.
 *   The geometry is `ctx.geometry(f)`: on the page a shared footprint is looked up by its reference.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { overlaps } from '$lib/corpus/dates';
import { facetApplies, facetValues, isEvent } from './facets';
import { dayRange, LIST_KEYS, type ExploreQuery, type ListKey } from './query';

export type Facet = 'time' | ListKey | 'sources' | 'near' | 'bbox';

/** How many distinct outlets and relayed agencies report an incident (0 when the feature does not say). */
export const sourceCount = (f: Feature): number => {
	const n = f.properties?.source_count;
	return typeof n === 'number' ? n : 0;
};

/** The geometry behind `near` and `bbox` (Turf: ./geoTests.ts, which the page loads only for a query that needs it). */
export interface GeoTests {
	/** Shortest distance in km between two geometries, 0 where they meet. */
	distanceKm(a: Geometry, b: Geometry): number;
	/** A test of whether a geometry meets the box (west, south, east, north). */
	meetsBox(bbox: [number, number, number, number]): (g: Geometry) => boolean;
}

export interface SelectContext {
	/** The geometry of a `near` target by gazetteer id, or null when there is none. */
	target(id: string): Geometry | null;
	/** The geometry tests; null while they are still loading (a `near` or `bbox` query keeps nothing until then). */
	readonly geo: GeoTests | null;
	/**
	 * A feature's geometry: on the page, a footprint many incidents share is sent once and looked up
	 * by the feature's `geometry_ref` ($lib/model/sharedGeometry). Omitted where every feature holds
	 * its own (the server's atlas): then `f.geometry`.
	 */
	geometry?(f: Feature): Geometry | null;
}

const geometryOf = (f: Feature, ctx: SelectContext): Geometry | null => (ctx.geometry ? ctx.geometry(f) : f.geometry);

const distances = new WeakMap<Geometry, Map<string, number>>();

/** Distance in km from a feature to a near target, computed once per geometry and target. */
export function distanceTo(f: Feature, id: string, ctx: SelectContext, geo: GeoTests): number {
	const g = geometryOf(f, ctx);
	if (!g) return Infinity;
	let m = distances.get(g);
	if (!m) distances.set(g, (m = new Map()));
	let d = m.get(id);
	if (d === undefined) {
		const t = ctx.target(id);
		// A target not known (yet: the page may still be loading it) is not cached.
		if (!t) return Infinity;
		d = geo.distanceKm(g, t);
		m.set(id, d);
	}
	return d;
}

/** The query's facets other than time, as tests; empty when only time (or nothing) filters. */
function otherTests(q: ExploreQuery, ctx: SelectContext, skip: Set<Facet>): ((f: Feature) => boolean)[] {
	const tests: ((f: Feature) => boolean)[] = [];
	for (const k of LIST_KEYS) {
		if (skip.has(k) || !q[k]?.length) continue;
		const wanted = new Set(q[k]);
		tests.push((f) => !facetApplies(f, k) || facetValues(f, k).some(([id]) => wanted.has(id)));
	}
	const least = skip.has('sources') ? undefined : q.sources;
	if (least) tests.push((f) => !isEvent(f) || sourceCount(f) >= least);
	const near = skip.has('near') ? undefined : q.near;
	const box = skip.has('bbox') ? undefined : q.bbox;
	if (!near && !box) return tests;
	const geo = ctx.geo;
	if (!geo) return [() => false];
	if (near) tests.push((f) => distanceTo(f, near.target, ctx, geo) <= near.km);
	if (box) {
		const meets = geo.meetsBox(box);
		tests.push((f) => {
			const g = geometryOf(f, ctx);
			return !!g && meets(g);
		});
	}
	return tests;
}

/** A test for one feature against the query, leaving out the facets in `except` (for counts). */
export function predicate(q: ExploreQuery, ctx: SelectContext, except: Facet[] = []): (f: Feature) => boolean {
	const skip = new Set(except);
	const { from, to } = dayRange(q);
	const timed = !skip.has('time') && (from || to);
	const tests = otherTests(q, ctx, skip);
	return (f) => {
		const p = f.properties ?? {};
		if (timed && isEvent(f) && !overlaps(p.date_from, p.date_to, from, to)) return false;
		return tests.every((t) => t(f));
	};
}

/**
 * Each feature's span of days, read once per array of features: `date_from`/`date_to` of the
 * events, null for features that are not events (never filtered by time).
 */
const spans = new WeakMap<readonly Feature[], { from: (string | null)[]; to: (string | null)[] }>();
export function readSpans(features: readonly Feature[]): { from: (string | null)[]; to: (string | null)[] } {
	let t = spans.get(features);
	if (!t) {
		t = { from: new Array(features.length), to: new Array(features.length) };
		features.forEach((f, i) => {
			const ev = isEvent(f);
			t!.from[i] = ev ? f.properties!.date_from : null;
			t!.to[i] = ev ? f.properties!.date_to : null;
		});
		spans.set(features, t);
	}
	return t;
}

/**
 * What `predicate` keeps of `features`, in their order, or null when it keeps them all: the
 * time test reads a table of spans made once per array, so a step of the timeline over 100,000
 * incidents is two string comparisons a feature, not a walk through each one's properties.
 */
export function keptOf(features: readonly Feature[], q: ExploreQuery, ctx: SelectContext): Feature[] | null {
	const { from, to } = dayRange(q);
	const tests = otherTests(q, ctx, new Set());
	const out: Feature[] = [];
	if (from || to) {
		const span = readSpans(features);
		for (let i = 0; i < features.length; i++) {
			const a = span.from[i];
			if (a !== null && !overlaps(a, span.to[i]!, from, to)) continue;
			const f = features[i];
			if (tests.every((t) => t(f))) out.push(f);
		}
	} else {
		for (const f of features) if (tests.every((t) => t(f))) out.push(f);
	}
	return out.length === features.length ? null : out;
}

/** The features a query keeps, in their order. */
export function selectFeatures(fc: FeatureCollection, q: ExploreQuery, ctx: SelectContext): Feature[] {
	return fc.features.filter(predicate(q, ctx));
}

export interface FacetOption {
	id: string;
	label: string;
	/** Features that would be kept with this option chosen, all other filters as they are. */
	count: number;
}

/**
 * The options of a facet over some features, each with how many features pass every other
 * filter and have that value: the counts follow the other filters, not this one.
 */
export function facetOptions(features: Feature[], key: ListKey, q: ExploreQuery, ctx: SelectContext): FacetOption[] {
	const others = predicate(q, ctx, [key]);
	const out = new Map<string, FacetOption>();
	for (const f of features) {
		const vals = facetValues(f, key);
		const pass = vals.length > 0 && others(f);
		for (const [id, label] of vals) {
			const o = out.get(id) ?? { id, label, count: 0 };
			if (pass) o.count++;
			out.set(id, o);
		}
	}
	return [...out.values()].sort(optionOrder);
}

/** The order of facet options: most kept first, then by label. */
export const optionOrder = (a: FacetOption, b: FacetOption): number => b.count - a.count || a.label.localeCompare(b.label);
