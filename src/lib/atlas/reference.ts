/** The reference (basemap) layers as served: every feature gets id, name_en, name_ar, kind and empty excerpts. */
import type { Feature, FeatureCollection } from 'geojson';
import { toRfc7946 } from '$lib/geo/rfc7946';
import { slug } from '$lib/model/slug';
import type { LayerId } from '$lib/types';

type Props = Record<string, unknown>;

/**
 * Arabic names for the reference layers, which the sources give in English only. Standard Arabic
 * exonyms, entered by the Frontier Atlas editors (`name_ar_source` says so on each feature).
 */
const COUNTRY_AR: Record<string, string> = {
	SYR: 'سوريا', IRQ: 'العراق', ISR: 'إسرائيل', PSE: 'فلسطين', LBN: 'لبنان', TUR: 'تركيا', IRN: 'إيران',
	SAU: 'السعودية', JOR: 'الأردن', CYP: 'قبرص', AZE: 'أذربيجان', KWT: 'الكويت', EGY: 'مصر',
	'N. Cyprus': 'شمال قبرص', 'Cyprus U.N. Buffer Zone': 'المنطقة العازلة في قبرص'
};
const RIVER_AR: Record<string, string> = { Euphrates: 'الفرات', Tigris: 'دجلة', 'Shatt al Arab': 'شط العرب', Jordan: 'نهر الأردن' };
const LAKE_AR: Record<string, string> = {
	'Lake Assad': 'بحيرة الأسد', 'Lake Tharthar': 'بحيرة الثرثار', 'Lake Habbaniyah': 'بحيرة الحبانية', 'Lake Razazah': 'بحيرة الرزازة',
	'Sea of Galilee': 'بحيرة طبريا', 'Dead Sea': 'البحر الميت', 'Lake Urmia': 'بحيرة أرومية', 'Lake Van': 'بحيرة وان', 'Lake Hammar': 'هور الحمار'
};
const EDITORS = 'Arabic name: Frontier Atlas editors';

function layer(fc: FeatureCollection, fn: (p: Props, i: number) => Props & { id: string }): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: fc.features.map((f, i): Feature => {
			const props = { ...fn(f.properties ?? {}, i), excerpts: [] };
			return { type: 'Feature', id: props.id, geometry: toRfc7946(f.geometry), properties: { ...f.properties, ...props } };
		})
	};
}


export function referenceLayers(refs: Record<string, FeatureCollection>): [LayerId, FeatureCollection][] {
	return [
		[
			'governorates',
			layer(refs.governorates, (p) => ({
				id: slug(String(p.adm1_code ?? '')),
				name_en: String(p.label_en ?? p.name_en),
				name_ar: String(p.name_ar ?? ''),
				kind: 'governorate'
			}))
		],
		[
			'rivers',
			layer(refs.rivers, (p, i) => ({
				id: `river-${p.rivernum ?? 'x'}-${i}`,
				name_en: String(p.river ?? p.name_en ?? 'unnamed river'),
				name_ar: RIVER_AR[String(p.river)] ?? '',
				...(RIVER_AR[String(p.river)] ? { name_ar_source: EDITORS } : {}),
				kind: String(p.featurecla ?? 'river').toLowerCase()
			}))
		],
		[
			'lakes',
			layer(refs.lakes, (p, i) => ({
				id: `lake-${slug(String(p.name ?? ''))}-${i}`,
				name_en: String(p.name_alt ?? p.name),
				name_ar: LAKE_AR[String(p.name_alt ?? p.name)] ?? '',
				...(LAKE_AR[String(p.name_alt ?? p.name)] ? { name_ar_source: EDITORS } : {}),
				kind: String(p.featurecla ?? 'lake').toLowerCase()
			}))
		],
		[
			'countries-all',
			layer(refs.countries, (p, i) => ({
				id: p.iso_a3 ? String(p.iso_a3).toLowerCase() : `${slug(String(p.name ?? ''))}-${i}`,
				name_en: String(p.name),
				name_ar: COUNTRY_AR[String(p.iso_a3 ?? p.name)] ?? '',
				name_ar_source: EDITORS,
				kind: 'country'
			}))
		]
	];
}
