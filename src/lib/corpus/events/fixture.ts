/**
 * A small geography for the unit tests of the drafter: a few gazetteer places with points and
 * countries, and two GeoNames-like records. Coordinates as the real gazetteer has them.
 */
import type { PlaceRecord } from '../records';
import type { Geography } from './where';

const place = (id: string, name_en: string, kind: string, variants: string[], lon: number | null, lat: number | null, country: string | null) => ({ id, name_en, name_ar: variants[0], kind, variants, lon, lat, country });

/** Gazetteer places of the tests. */
export const TEST_GEOGRAPHY: Geography = {
	places: [
		place('al-qaim', "al-Qa'im", 'town', ['القائم', 'مدينة القائم', 'قضاء القائم', 'منفذ القائم'], 41.04, 34.37, 'IQ'),
		place('albu-kamal', 'Albu Kamal', 'town', ['البوكمال', 'أبو كمال'], 40.91854, 34.45226, 'SY'),
		place('anbar', 'Anbar Governorate', 'governorate', ['الأنبار', 'محافظة الأنبار'], 41.9, 33.2, 'IQ'),
		place('deir-ez-zor', 'Deir ez-Zor', 'city', ['دير الزور'], 40.14, 35.33, 'SY'),
		place('deir-ez-zor-governorate', 'Deir ez-Zor Governorate', 'governorate', ['محافظة دير الزور', 'ريف دير الزور'], 40.5, 35.0, 'SY'),
		place('baghdad', 'Baghdad', 'capital', ['بغداد'], 44.4, 33.34, 'IQ'),
		place('damascus', 'Damascus', 'capital', ['دمشق'], 36.29128, 33.5102, 'SY'),
		place('al-hol', 'al-Hol camp', 'camp', ['مخيم الهول', 'الهول'], 41.14983, 36.39042, 'SY'),
		// «الحدودي» alone names the border only in context, as in the gazetteer.
		{ ...place('iraq-syria-border', 'Iraq–Syria border', 'border', ['الحدود السورية العراقية'], 40.58, 35.24, null), variants: ['الحدود السورية العراقية', { text: 'الحدودي', confidence: 'context' as const }] },
		place('syria', 'Syria', 'country', ['سوريا', 'سورية', 'الأراضي السورية'], 38.5, 35.0, 'SY'),
		place('iraq', 'Iraq', 'country', ['العراق', 'الأراضي العراقية'], 43.7, 33.0, 'IQ'),
		place('kirkuk', 'Kirkuk', 'city', ['كركوك'], 44.39, 35.47, 'IQ'),
		place('kirkuk-baniyas-pipeline', 'Kirkuk–Baniyas pipeline', 'pipeline', ['خط أنابيب كركوك بانياس'], 40.0, 35.0, null)
	],
	stop_phrases: [],
	records: [
		{ id: 'geonames:173480', source: 'geonames', geonameid: 173480, name: 'Al Mayadin', names_ar: ['الميادين'], country: 'SY', admin1_code: '07', admin1: 'Deir ez-Zor', feature_code: 'P.PPLA2', population: 44000, lon: 40.45, lat: 35.02, border_distance_km: 70 },
		{ id: 'geonames:98677', source: 'geonames', geonameid: 98677, name: 'Ar Rutbah', names_ar: ['الرطبة'], country: 'IQ', admin1_code: '01', admin1: 'Anbar', feature_code: 'P.PPLA2', population: 22000, lon: 40.28, lat: 33.04, border_distance_km: 110 },
		{ id: 'geonames:999', source: 'geonames', geonameid: 999, name: 'Far Town', names_ar: ['الحمرين'], country: 'IQ', admin1_code: '10', admin1: 'Basra', feature_code: 'P.PPL', population: 5000, lon: 47.8, lat: 30.5, border_distance_km: 40 }
	] satisfies PlaceRecord[]
};
