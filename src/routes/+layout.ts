import type { LayerInfo } from '$lib/types';
import type { DataStatus } from '$lib/ui/dataNotice';
import { fetchTiles } from '$lib/map/tiles/capability.svelte';
import type { LayoutLoad } from './$types';

// The layer list is small and rarely changes: loaded once, shared by the legend and export.
// The data status too: problems found at start-up are shown on every page (DataNotice).
export const load: LayoutLoad = async ({ fetch }) => {
	const status = fetch('/api/status')
		.then((r) => (r.ok ? (r.json() as Promise<DataStatus>) : null))
		.catch(() => null);
	// Whether the server has vector tiles (only with a database): the map draws its events from them.
	const tiles = fetchTiles(fetch);
	try {
		const r = await fetch('/api/layers');
		if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
		const body = (await r.json()) as { layers: LayerInfo[] };
		return { layers: body.layers, layersError: null, dataStatus: await status, tiles: await tiles };
	} catch (e) {
		return { layers: [] as LayerInfo[], layersError: e instanceof Error ? e.message : String(e), dataStatus: await status, tiles: await tiles };
	}
};
