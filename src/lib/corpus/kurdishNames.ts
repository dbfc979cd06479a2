/**
 * Arabic spellings of a town's Kurdish name that GeoNames lists only in Latin script: the Kurdish-run
 * outlets (Hawar, North Press, Rudaw) write «كوباني» for ‘Ayn al ‘Arab and «ديرك» for al-Mālikīyah, names
 * no Arabic alternate of the record carries. Each is the transliteration of a Latin alternate name the
 * record itself has (`latin`), checked against the dump by src/lib/atlas/geonames.spec.ts; a record that
 * lacks that Latin name gets nothing. Read by the candidates and drafts (atlas/geonames.ts) and the
 * search's town lookup (lookup/towns.ts).
 */
import type { GeoNamesRow } from './records';

export const KURDISH_NAMES_AR: Readonly<Record<number, { latin: string; ar: readonly string[] }>> = {
	172256: { latin: 'Kobani', ar: ['كوباني', 'كوبانى'] },
	173530: { latin: 'Derik', ar: ['ديرك'] }
};

/** The Arabic spellings of the row's Kurdish name it vouches for (its Latin form is among its alternates). */
export function kurdishNamesAr(r: Pick<GeoNamesRow, 'geonameId' | 'alternateNames'>): readonly string[] {
	const k = KURDISH_NAMES_AR[r.geonameId];
	return k && r.alternateNames?.includes(k.latin) ? k.ar : [];
}
