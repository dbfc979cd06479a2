import type { LayerInfo } from '$lib/types';
import type { LayoutLoad } from './$types';

// The layer list is small and rarely changes: loaded once, shared by the legend and export.
export const load: LayoutLoad = async ({ fetch }) => {
	try {
		const r = await fetch('/api/layers');
		if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
		const body = (await r.json()) as { layers: LayerInfo[] };
		return { layers: body.layers, layersError: null };
	} catch (e) {
		return { layers: [] as LayerInfo[], layersError: e instanceof Error ? e.message : String(e) };
	}
};
