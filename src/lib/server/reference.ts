/** The reference (basemap) layers as served: every feature gets id, name_en, name_ar, kind and empty excerpts. */
import type { Feature, FeatureCollection } from 'geojson';
import { toRfc7946 } from '$lib/geo/rfc7946';
import type { LayerId } from '$lib/types';

type Props = Record<string, unknown>;

function layer(fc: FeatureCollection, fn: (p: Props, i: number) => Props & { id: string }): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: fc.features.map((f, i): Feature => {
			const props = { ...fn(f.properties ?? {}, i), excerpts: [] };
			return { type: 'Feature', id: props.id, geometry: toRfc7946(f.geometry), properties: { ...f.properties, ...props } };
		})
	};
}

const slug = (s: unknown) =>
	String(s ?? '')
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

export function referenceLayers(refs: Record<string, FeatureCollection>): [LayerId, FeatureCollection][] {
	return [
		[
			'governorates',
			layer(refs.governorates, (p) => ({
				id: slug(p.adm1_code),
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
				name_ar: '',
				kind: String(p.featurecla ?? 'river').toLowerCase()
			}))
		],
		[
			'lakes',
			layer(refs.lakes, (p, i) => ({
				id: `lake-${slug(p.name)}-${i}`,
				name_en: String(p.name_alt ?? p.name),
				name_ar: '',
				kind: String(p.featurecla ?? 'lake').toLowerCase()
			}))
		],
		[
			'countries-all',
			layer(refs.countries, (p, i) => ({
				id: p.iso_a3 ? String(p.iso_a3).toLowerCase() : `${slug(p.name)}-${i}`,
				name_en: String(p.name),
				name_ar: '',
				kind: 'country'
			}))
		]
	];
}
