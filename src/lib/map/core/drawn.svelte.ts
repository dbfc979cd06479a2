import type { Map as MlMap } from 'maplibre-gl';
import { layerData } from './data.svelte';

import { DRAWN_LAYERS } from '$lib/model/layers';
export { DRAWN_LAYERS };

interface Drawn {
	/** True once every data layer arrived (or failed) and MapLibre then reported `idle`. */
	readonly drawn: boolean;
	/** Resolves when `drawn` is true. */
	until(): Promise<void>;
}

const states = new WeakMap<MlMap, Drawn>();

/**
 * Whether `map` shows its data yet. `idle` alone is not enough (the basemap idles before the data
 * arrive), nor is the data alone (it takes frames to draw): both, in that order.
 */
export function drawnState(map: MlMap): Drawn {
	const known = states.get(map);
	if (known) return known;
	const layers = DRAWN_LAYERS.map((id) => layerData(id));
	let drawn = $state(false);
	const waiting: (() => void)[] = [];
	const onidle = () => {
		// setData runs in the same flush that marks a layer loaded, so an idle after that moment
		// means MapLibre has drawn the data.
		if (!layers.every((l) => l.loaded || l.error) || !map.loaded()) return;
		drawn = true;
		map.off('idle', onidle);
		waiting.splice(0).forEach((f) => f());
	};
	map.on('idle', onidle);
	map.triggerRepaint();
	const state: Drawn = {
		get drawn() {
			return drawn;
		},
		until: () => (drawn ? Promise.resolve() : new Promise<void>((r) => waiting.push(r)))
	};
	states.set(map, state);
	return state;
}

/**
 * Resolves once `map` has drawn what it was last given: its next `idle`, listened for in the task
 * after the caller's (the data a query change sets go in during the same flush, so the map is
 * then busy with them), or at once-plus-a-frame when nothing is pending. At most `maxMs`: a map
 * kept busy (dragged, or a play of the timeline) does not hold back what waits for it.
 */
export function afterDrawn(map: MlMap, maxMs = 3000): Promise<void> {
	return new Promise((resolve) => {
		setTimeout(() => {
			// Resolved a task later: `idle` fires inside the animation frame that drew the data, and work
			// run there would hold that frame off the screen.
			const done = () => {
				clearTimeout(timer);
				map.off('idle', done);
				setTimeout(resolve);
			};
			const timer = setTimeout(done, maxMs);
			map.on('idle', done);
			// Nothing left to load: ask for a frame, else no `idle` would come (one already asked for is not doubled).
			if (map.loaded() && map.areTilesLoaded()) map.triggerRepaint();
		});
	});
}
