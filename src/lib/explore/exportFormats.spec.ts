/**
 * The CSV and KML writers on hand-made features whose text is made to break naive writers: commas,
 * quotes and line breaks inside Arabic and English names, markup characters, a formula-like cell.
 * The CSV is read back with papaparse; every value must come back exactly.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Feature } from 'geojson';
import { BOM, layerCsv } from './exportCsv';
import { layerKml, placemarkName } from './exportKml';
import { COLUMNS, featureRow, representativePoint } from './exportRows';
import { exportFilename, exportMetadata } from './export';
import { geometryToWkt } from '$lib/geo/wkt';

const excerpt = (article: string, outlet_en: string | null, sentence: string) => ({
	article,
	start: 0,
	end: 4,
	text: sentence.slice(0, 4),
	sentence,
	sentence_start: 0,
	sentence_end: sentence.length,
	gloss_en: 'A gloss, with "quotes" & <markup>',
	ref: 'x',
	confidence: 'high',
	outlet_en,
	outlet_ar: 'شفق نيوز',
	headline_ar: null,
	headline_en: null,
	date: '2025-11-08',
	date_precision: 'day'
});

const features: Feature[] = [
	{
		type: 'Feature',
		id: 'albu-kamal',
		geometry: { type: 'Point', coordinates: [40.92, 34.45] },
		properties: {
			name_en: 'Albu Kamal, "the crossing"',
			name_ar: 'البوكمال، "أبو كمال"\nسطر ثانٍ, بفاصلة',
			kind: 'town',
			source: 'GeoNames',
			license: 'CC BY 4.0',
			excerpts: [excerpt('002_a', 'Shafaq News', 'في أبو كمال، قالت المصادر "كذا".'), excerpt('004_b', null, 'نص آخر')]
		}
	},
	{
		type: 'Feature',
		id: '2025-10-22-seizure',
		geometry: { type: 'Polygon', coordinates: [[[40, 34], [41, 34], [41, 35], [40, 35], [40, 34]]] },
		properties: {
			name_en: '=HYPERLINK("x") seizure',
			name_ar: 'ضبط مخدرات',
			kind: 'drug-seizure',
			date: '2025-10',
			date_end: null,
			date_precision: 'month',
			geo_precision: 2,
			anchor_lon: 40.5,
			anchor_lat: 34.5,
			summary_en: 'A seizure near the border.',
			excerpts: []
		}
	},
	{
		type: 'Feature',
		id: 'anbar',
		geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]], [[[9, 9], [9.1, 9], [9.1, 9.1], [9, 9]]]] },
		properties: { name_en: 'Anbar', name_ar: 'الأنبار', kind: 'governorate' }
	},
	{
		type: 'Feature',
		id: 'pipeline',
		geometry: { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3], [4, 4]]] },
		properties: { name_en: 'Pipeline', name_ar: '', kind: 'pipeline' }
	}
];

const parse = (csv: string) => Papa.parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true, comments: false }).data;

describe('CSV export', () => {
	it('starts with a BOM and a header row, and gives back every cell exactly', () => {
		const csv = layerCsv(features, null);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv.charCodeAt(1)).not.toBe(0xfeff);
		const rows = parse(csv);
		expect(rows[0]).toEqual([...COLUMNS]);
		expect(rows).toHaveLength(features.length + 1);
		expect.hasAssertions();
		features.forEach((f, i) => {
			const row = featureRow(f);
			const back = Object.fromEntries(COLUMNS.map((c, j) => [c, rows[i + 1][j]]));
			for (const c of COLUMNS) if (c !== 'name_en' || i !== 1) expect(back[c], `${f.id} ${c}`).toBe(String(row[c]));
		});
		// Arabic with a comma, quotes and a line break survives quoting untouched.
		expect(rows[1][COLUMNS.indexOf('name_ar')]).toBe(features[0].properties!.name_ar);
		expect(rows[1][COLUMNS.indexOf('outlets')]).toBe('Shafaq News; شفق نيوز');
		expect(rows[1][COLUMNS.indexOf('articles')]).toBe('002_a; 004_b');
	});

	it('neutralises a cell a spreadsheet would run as a formula', () => {
		const rows = parse(layerCsv(features, null));
		expect(rows[2][COLUMNS.indexOf('name_en')]).toBe(`'=HYPERLINK("x") seizure`);
	});

	it('carries the filters as # lines before the header when filtered, with no comma or quote in them', () => {
		const q = { from: '2025-07', to: '2025-10', type: ['drug-seizure', 'patrol'], near: { target: 'iraq-syria-border', km: 25 }, bbox: [35, 30, 48, 38] as [number, number, number, number] };
		const md = exportMetadata('incidents', q, 2, 7);
		const csv = layerCsv(features.slice(0, 2), md);
		const lines = csv.slice(BOM.length).split('\r\n');
		const comments = lines.filter((l) => l.startsWith('#'));
		expect(lines.slice(0, comments.length)).toEqual(comments);
		expect(lines[comments.length]).toBe(COLUMNS.join(','));
		expect(comments.join('\n')).toContain('2 of 7 features');
		expect(comments.join('\n')).toContain(`query: ${md.query}`);
		expect(comments.join('\n')).toContain('from: 2025-07-01');
		expect(comments.join('\n')).toContain('to: 2025-10-31');
		expect(comments.join('\n')).toContain('type: drug-seizure; patrol');
		expect(comments.join('\n')).toContain('near: within 25 km of iraq-syria-border');
		for (const c of comments) expect(c).not.toMatch(/[,"]/);
		expect(Papa.parse(csv.slice(1), { comments: '#', skipEmptyLines: true }).data).toHaveLength(3);
		expect(layerCsv(features, null).slice(1).startsWith('id,')).toBe(true);
	});
});

describe('representative point', () => {
	it('says which point it gives: the point, the marker, the label point or the middle of a line', () => {
		expect(representativePoint(features[0])).toEqual({ at: [40.92, 34.45], from: 'point' });
		expect(representativePoint(features[1])).toEqual({ at: [40.5, 34.5], from: 'marker' });
		const anbar = representativePoint(features[2]);
		expect(anbar.from).toBe('label_point');
		// Inside the larger part, about its middle (pole of inaccessibility of a 4×2 box: y = 1).
		expect(anbar.at![0]).toBeGreaterThan(0.9);
		expect(anbar.at![0]).toBeLessThan(3.1);
		expect(anbar.at![1]).toBeCloseTo(1, 1);
		expect(representativePoint(features[3])).toEqual({ at: [3, 3], from: 'line_middle' });
		expect(representativePoint({ type: 'Feature', geometry: null, properties: {} })).toEqual({ at: null, from: '' });
	});
});

describe('KML export', () => {
	const kml = layerKml('places', features, null);

	it('has one Placemark per feature, named in Arabic and English, with the text intact', () => {
		expect(kml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<kml xmlns="http:\/\/www\.opengis\.net\/kml\/2\.2">/);
		expect(kml.match(/<Placemark>/g)).toHaveLength(features.length);
		expect(placemarkName({ name_ar: 'البوكمال', name_en: 'Albu Kamal', id: 'x' })).toBe('البوكمال — Albu Kamal');
		expect(placemarkName({ name_ar: '', name_en: 'Pipeline', id: 'x' })).toBe('Pipeline');
		expect(kml).toContain('<name>الأنبار — Anbar</name>');
		// Markup in the text is escaped, Arabic is written as itself (not as character references).
		expect(kml).toContain(`<Data name="name_ar"><value>${features[0].properties!.name_ar}</value></Data>`);
		expect(kml).toContain('&#x3C;markup>');
		expect(kml).not.toContain('<markup>');
		expect(kml).toContain('<Data name="id"><value>2025-10-22-seizure</value></Data>');
		expect(kml).toContain('<Data name="point_from"><value>marker</value></Data>');
		expect(kml).not.toContain('<Data name="wkt">');
		expect(kml).toContain('في أبو كمال، قالت المصادر');
	});

	it('describes the export in its folder, with the filters when filtered', () => {
		expect(kml).toContain('<name>Frontier Atlas — places</name>');
		expect(kml).toContain('all 4 features');
		const md = exportMetadata('places', { kind: ['town'] }, 1, 4);
		const filtered = layerKml('places', features.slice(0, 1), md);
		expect(filtered).toContain('<name>Frontier Atlas — places (filtered)</name>');
		expect(filtered).toContain('1 of 4 features');
		expect(filtered).toContain('kind: town');
	});

	it('writes each geometry type as KML', () => {
		expect(kml).toContain('<Point><coordinates>40.92,34.45</coordinates></Point>');
		expect(kml).toMatch(/<MultiGeometry>\s*<Polygon>/);
		expect(kml).toMatch(/<MultiGeometry>\s*<LineString>/);
	});
});

describe('filenames', () => {
	it('name the format and say when the file is not the whole layer', () => {
		expect(exportFilename('incidents', {}, 'csv')).toBe('frontier-atlas-incidents.csv');
		expect(exportFilename('incidents', { type: ['patrol'] }, 'kml')).toBe('frontier-atlas-incidents-filtered.kml');
		expect(exportFilename('places', { bbox: [1, 2, 3, 4] }, 'csv')).toBe('frontier-atlas-places-in-view.csv');
		expect(exportFilename('places', {})).toBe('frontier-atlas-places.geojson');
		expect(geometryToWkt(features[0].geometry)).toBe('POINT (40.92 34.45)');
	});
});
