// The tiled layers' filter (featureFilter, evaluated by MapLibre's own style-spec code on the light
// properties the tiles carry: src/lib/server/db/rows.ts) keeps exactly the incidents the one
// selector keeps ($lib/explore/select `predicate`), on the fixture corpus and the shipped atlas; the count tiles' URL
// carries the whole query, canonical; the feature tiles' only what a filter cannot test.
import { afterAll, describe, expect, it } from 'vitest';
import { featureFilter as mlFilter } from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';
import { buildAtlas } from '$lib/atlas/build';
import { loadRaw } from '$lib/atlas/load';
import { predicate, type SelectContext } from '$lib/explore/select';
import { facetValues } from '$lib/explore/facets';
import { parseQueryStrict, type ExploreQuery } from '$lib/explore/query';
import { featureRow } from '$lib/server/db/rows';
import { fixtureDataDir, removeDir } from '../../../../tests/unit/fixture-corpus';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { countParams, countText, fadeOpacity, featureFilter, featureParams, tileUrl } from './tiledQuery';
import { fadeWeight } from '$lib/explore/playback';
import { dayRange } from '$lib/explore/query';
import { m } from '$lib/i18n';

const dir = fixtureDataDir();
afterAll(() => removeDir(dir));
// The fixture corpus' incidents and, as an invariant (no counts), the shipped atlas' (more of them, more dates).
const incidents: Feature[] = [dir, 'geodata'].flatMap((d) => buildAtlas(loadRaw(d)).layers.get('incidents')!.features);
// Only time and facets: no geometry test is asked of the context.
const ctx: SelectContext = { target: () => null, geo: null };

function keptByFilter(q: ExploreQuery): string[] {
	const expr = featureFilter(q);
	const test = expr ? mlFilter(expr, 'test').filter : () => true;
	return incidents
		.filter((f, i) => test({ zoom: 10 }, { type: 1, properties: JSON.parse(featureRow('incidents', i, f).props) } as never))
		.map((f) => String(f.properties!.id));
}
const keptBySelector = (q: ExploreQuery) => incidents.filter(predicate(q, ctx)).map((f) => String(f.properties!.id));

describe('tiled event layers: the query as MapLibre filters and tile URLs', () => {
	const first = (key: 'type' | 'actor' | 'article' | 'outlet') => {
		for (const f of incidents) {
			const v = facetValues(f, key)[0];
			if (v) return v[0];
		}
		throw new Error(`no ${key} in the fixture incidents`);
	};
	const queries = () => [
		'',
		'from=2025-07&to=2025-10',
		'from=2025-07-30&to=2025-07-30',
		'to=2024-12',
		`type=${first('type')}`,
		`actor=${first('actor')}`,
		`article=${first('article')}`,
		`outlet=${first('outlet')}`,
		'sources=2',
		`from=2024-06&type=${first('type')}&actor=${first('actor')}`
	];

	it('keeps the incidents the selector keeps, query by query', () => {
		expect.hasAssertions();
		const sizes = new Set<number>();
		for (const s of queries()) {
			const q = parseQueryStrict(new URLSearchParams(s));
			const want = keptBySelector(q);
			sizes.add(want.length);
			expect(keptByFilter(q), s || '(no query)').toEqual(want);
		}
		// The queries tell incidents apart: not all keep everything, not all keep nothing.
		expect(sizes.size).toBeGreaterThan(2);
	});

	it('puts every filter in the count tiles URL, canonical, and only near and bbox in the feature tiles URL', () => {
		const q = parseQueryStrict(new URLSearchParams('type=b,a&from=2025-01&near=albu-kamal:25&layers=incidents&bbox=40,33,42,35'));
		expect(countParams(q)).toBe('from=2025-01&type=a%2Cb&near=albu-kamal%3A25&bbox=40%2C33%2C42%2C35');
		expect(featureParams(q)).toBe('near=albu-kamal%3A25&bbox=40%2C33%2C42%2C35');
		expect(featureParams(parseQueryStrict(new URLSearchParams('from=2025-01&type=a')))).toBe('');
		expect(featureFilter(parseQueryStrict(new URLSearchParams('layers=incidents')))).toBeNull();
		expect(tileUrl('http://h:1', '/tiles/{layer}/{z}/{x}/{y}.pbf', 'incidents', 'from=2025-01')).toBe('http://h:1/tiles/incidents/{z}/{x}/{y}.pbf?from=2025-01');
	});

	it('writes a region count with the message in each language, every plural form', () => {
		expect.hasAssertions();
		for (const locale of ['en', 'ar'] as const) {
			const text = (count: number, n: string) => m.region_incidents({ count, n }, { locale });
			const e = expression.createExpression(countText(text, `${locale}-u-nu-latn`), 'layers[0].layout.text-field');
			if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
			for (const count of [1, 2, 3, 10, 11, 99, 100, 1234]) {
				const got = e.value.evaluate({ zoom: 5 }, { type: 1, properties: { count } } as never);
				expect(got, `${locale} ${count}`).toBe(text(count, new Intl.NumberFormat(`${locale}-u-nu-latn`).format(count)));
			}
		}
	});

	it('fades a marker on the tiles as the files fade it: by the share of its days in the window', () => {
		expect.hasAssertions();
		expect(fadeOpacity({})).toBe(1);
		let faded = 0;
		for (const w of ['from=2025-05-01&to=2025-05-15', 'from=2024-12-20', 'to=2025-01-10', 'from=2025-10', 'from=2024-12-15&to=2025-01-15']) {
			const q = parseQueryStrict(new URLSearchParams(w));
			const e = expression.createExpression(fadeOpacity(q), 'layers[0].paint.circle-opacity');
			if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
			const { from, to } = dayRange(q);
			for (const [i, f] of incidents.entries()) {
				const p = f.properties!;
				if (p.date_to < (from ?? '') || p.date_from > (to ?? '9999')) continue;
				const want = 0.25 + 0.75 * fadeWeight(p.date_from, p.date_to, from, to);
				expect(e.value.evaluate({ zoom: 10 }, { type: 1, properties: JSON.parse(featureRow('incidents', i, f).props) } as never), `${f.id} ${w}`).toBeCloseTo(want, 9);
				if (want < 1) faded++;
			}
		}
		expect(faded).toBeGreaterThan(0);
	});
});
