import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { LAYERS } from '$lib/atlas/catalogue';
import type { LayerInfo } from '$lib/types';
import type { RequestHandler } from './$types';

const FAMILY: Record<string, LayerInfo['geometryType']> = {
	Point: 'Point',
	MultiPoint: 'Point',
	LineString: 'LineString',
	MultiLineString: 'LineString',
	Polygon: 'Polygon',
	MultiPolygon: 'Polygon'
};

export const GET: RequestHandler = () => {
	const atlas = getAtlas();
	const layers: LayerInfo[] = LAYERS.map((l) => {
		const fc = atlas.layers.get(l.id);
		const families = new Set((fc?.features ?? []).map((f) => FAMILY[f.geometry?.type ?? ''] ?? 'Mixed'));
		const geometryType = families.size === 1 ? [...families][0] : families.size === 0 ? FAMILY.Point : 'Mixed';
		return { id: l.id, title: l.title, geometryType, count: fc?.features.length ?? 0, group: l.group, description: l.description };
	});
	return json({ layers });
};
