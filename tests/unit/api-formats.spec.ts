/**
 * /api/layers/{id}?format=csv|kml: the same selector as GeoJSON (row and Placemark counts equal
 * its feature count under the same query, in the same order), the media types and filenames, and
 * a 400 for a format it does not know. Expected values come from the GeoJSON answer, never typed in.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { GET as layerGet } from '../../src/routes/api/layers/[id]/+server';
import { COLUMNS } from '$lib/explore/exportRows';

async function get(path: string) {
	const url = new URL(path, 'http://localhost');
	const id = url.pathname.split('/').pop()!;
	const res = await layerGet({ params: { id }, url, request: new Request(url) } as never);
	// ignoreBOM keeps the byte-order mark (Response.text() would drop it, hiding whether it is there).
	return { res, text: new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(await res.arrayBuffer()) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fc = { features: { id: string; properties: any }[] };
const QUERIES = ['', 'from=2025-07&to=2025-10&near=iraq-syria-border:25', 'bbox=38,33,42,37', 'kind=town'];

/** Data rows of a CSV answer: BOM and `#` lines dropped, header checked. */
function csvRows(text: string): string[][] {
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const body = text.slice(1).split('\r\n').filter((l, i, all) => !(l.startsWith('#') && all.slice(0, i).every((p) => p.startsWith('#'))));
	const rows = Papa.parse<string[]>(body.join('\r\n'), { skipEmptyLines: true }).data;
	expect(rows[0]).toEqual([...COLUMNS]);
	return rows.slice(1);
}

describe('GET /api/layers/{id}?format=csv|kml', () => {
	it('gives one CSV row and one Placemark per GeoJSON feature, in order, names intact', async () => {
		expect.hasAssertions();
		for (const layer of ['incidents', 'places', 'lines', 'areas']) {
			for (const q of QUERIES) {
				const geo = JSON.parse((await get(`/api/layers/${layer}?${q}`)).text) as Fc;
				const csv = await get(`/api/layers/${layer}?${q}&format=csv`);
				expect(csv.res.status).toBe(200);
				expect(csv.res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
				const rows = csvRows(csv.text);
				expect(rows.map((r) => r[0]), `${layer}?${q}`).toEqual(geo.features.map((f) => f.id));
				// An incident's Arabic name is its Arabic title.
				const arabic = (f: Fc['features'][number]) => f.properties.name_ar ?? f.properties.title_ar ?? '';
				expect(rows.map((r) => r[COLUMNS.indexOf('name_ar')])).toEqual(geo.features.map(arabic));
				if (layer === 'incidents') expect(rows.map((r) => Number(r[COLUMNS.indexOf('source_count')]))).toEqual(geo.features.map((f) => f.properties.source_count));
				const kml = await get(`/api/layers/${layer}?${q}&format=kml`);
				expect(kml.res.headers.get('content-type')).toBe('application/vnd.google-earth.kml+xml');
				expect(kml.text.match(/<Placemark>/g)?.length ?? 0, `${layer}?${q}`).toBe(geo.features.length);
				for (const f of geo.features) expect(kml.text).toContain(`<Data name="name_ar"><value>${arabic(f)}</value></Data>`);
			}
		}
	});

	it('says in the CSV which filters made it, as the GeoJSON metadata does', async () => {
		const q = 'from=2025-07&to=2025-10&near=iraq-syria-border:25';
		const geo = JSON.parse((await get(`/api/layers/incidents?${q}`)).text);
		const csv = (await get(`/api/layers/incidents?${q}&format=csv`)).text;
		const comments = csv.slice(1).split('\r\n').filter((l) => l.startsWith('#'));
		expect(comments.join('\n')).toContain(`query: ${geo.metadata.query}`);
		expect(comments.join('\n')).toContain(`${geo.metadata.count} of ${geo.metadata.total} features`);
		expect((await get('/api/layers/incidents?format=csv')).text.slice(1).startsWith('id,')).toBe(true);
	});

	it('names downloads like the GeoJSON ones', async () => {
		const cd = async (p: string) => (await get(p)).res.headers.get('content-disposition');
		expect(await cd('/api/layers/incidents?format=csv&download=1')).toBe('attachment; filename="frontier-atlas-incidents.csv"');
		expect(await cd('/api/layers/incidents?format=kml&download=1&type=patrol')).toBe('attachment; filename="frontier-atlas-incidents-filtered.kml"');
		expect(await cd('/api/layers/places?format=csv&download=1&bbox=35,30,48,38')).toBe('attachment; filename="frontier-atlas-places-in-view.csv"');
		expect(await cd('/api/layers/places?format=csv')).toBeNull();
	});

	it('answers 400 JSON for an unknown or repeated format, and serves GeoJSON for format=geojson', async () => {
		for (const p of ['/api/layers/places?format=xlsx', '/api/layers/places?format=CSV', '/api/layers/places?format=csv&format=kml']) {
			const { res, text } = await get(p);
			expect(res.status, p).toBe(400);
			expect(res.headers.get('content-type')).toMatch(/json/);
			expect(JSON.parse(text).error.code).toMatch(/^(bad_format|repeated_parameter)$/);
		}
		const geo = await get('/api/layers/places?format=geojson');
		expect(geo.res.headers.get('content-type')).toBe('application/geo+json');
		expect(geo.text).toBe((await get('/api/layers/places')).text);
	});
});
