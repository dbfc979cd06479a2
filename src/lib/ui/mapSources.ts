import { m } from '$lib/i18n';

/** Every data source the map draws from, with its licence: the attribution box and the PNG export both list these. */
export function mapSources(): { name: string; licence: string; what: string }[] {
	return [
		{ name: 'Natural Earth', licence: m.public_domain(), what: m.src_ne() },
		{ name: 'GeoNames', licence: 'CC BY 4.0', what: m.src_geonames() },
		{ name: 'Global Energy Monitor', licence: 'CC BY 4.0', what: m.src_gem() },
		{ name: m.src_editors_name(), licence: 'CC BY 4.0', what: m.src_editors() }
	];
}
