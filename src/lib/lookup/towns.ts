/**
 * The GeoNames towns of Iraq and Syria the atlas does not draw, as the lookup knows them: one
 * compact row each, in geodata/lookup/towns.json (written by `npm run towns` from the
 * cities500 dump; the server never reads the 32 MB dump). Pure: building and reading rows.
 */
import { type GeoNamesRow } from '$lib/corpus/records';
import { isArabicName } from '$lib/arabic/script';
import { kurdishNamesAr } from '$lib/corpus/kurdishNames';

/** `[geonameid, name, Latin names, Arabic names, lon, lat, country, population]`. */
export type TownRow = [number, string, string[], string[], number, number, string, number];

export interface TownsFile {
	$comment: string;
	source: string;
	license: string;
	attribution: string;
	fields: string[];
	towns: TownRow[];
}

export interface Town {
	geonameid: number;
	name: string;
	latin: string[];
	arabic: string[];
	lon: number;
	lat: number;
	country: string;
	population: number;
}

/** A Latin-script name people may type (GeoNames' other languages are dropped: Cyrillic, Greek, Kurdish in Arabic script…). */
const LATIN = /^[\p{Script=Latin}\s'’ʿʾ‘-]{2,40}$/u;
const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** A populated place of the dump as a compact row; null for anything else (mountains, wells). */
export function townRow(r: GeoNamesRow): TownRow | null {
	if (r.featureClass !== 'P') return null;
	const alt = r.alternateNames ?? [];
	const latin = [...new Set([r.asciiName ?? '', ...alt].map((s) => s.trim()).filter((s) => LATIN.test(s) && !/^[A-Z]{2,4}$/.test(s) && s !== r.name))];
	const arabic = [...new Set([...alt.map((s) => s.trim()).filter(isArabicName), ...kurdishNamesAr(r)])];
	return [r.geonameId, r.name, latin, arabic, round(r.longitude), round(r.latitude), r.countryCode, r.population];
}

export function readTown(row: TownRow): Town {
	const [geonameid, name, latin, arabic, lon, lat, country, population] = row;
	return { geonameid, name, latin, arabic, lon, lat, country, population };
}

/** Rows that are not a well-formed TownRow are dropped: a hand-edited file cannot break the lookup. */
export function readTownsFile(json: unknown): Town[] {
	const rows = (json as Partial<TownsFile> | null)?.towns;
	if (!Array.isArray(rows)) return [];
	return rows
		.filter(
			(r): r is TownRow =>
				Array.isArray(r) && typeof r[0] === 'number' && typeof r[1] === 'string' && Array.isArray(r[2]) && Array.isArray(r[3]) && Number.isFinite(r[4]) && Number.isFinite(r[5])
		)
		.map(readTown);
}
