import { getContext, setContext } from 'svelte';
import type { Map as MlMap } from 'maplibre-gl';

const KEY = Symbol('atlas-map');

/** Called by MapView: children reach the map through `getMap()`. */
export function setMapContext(get: () => MlMap | null): void {
	setContext(KEY, get);
}

/**
 * The map this component is drawn in. Throws outside a MapView, or before the map has loaded
 * (MapView renders its children only once the style has loaded, so inside it this never throws).
 */
export function getMap(): MlMap {
	const get = getContext<(() => MlMap | null) | undefined>(KEY);
	if (!get) throw new Error('getMap() called outside <MapView>');
	const map = get();
	if (!map) throw new Error('getMap() called before the map loaded');
	return map;
}

/** Run a teardown step on a map that may already have been removed (page navigation). */
export function ifAlive(map: MlMap, fn: (map: MlMap) => void): void {
	// After map.remove() the style is gone; removing layers then would throw.
	if (map._removed || !map.style) return;
	fn(map);
}

/**
 * A source's teardown: its layers first (child layers may not have been torn down yet, and a source
 * with layers cannot be removed), then the source; nothing on a map already removed.
 */
export function removeSource(map: MlMap, sourceId: string): void {
	ifAlive(map, (m) => {
		for (const l of m.getStyle().layers) if ('source' in l && l.source === sourceId) m.removeLayer(l.id);
		if (m.getSource(sourceId)) m.removeSource(sourceId);
	});
}
