import type { Map as MlMap } from 'maplibre-gl';

/**
 * On a phone the panel is a bottom sheet over the map: pads the camera so the view's centre (the
 * one in the link) sits in the part of the map still visible above the sheet. Call during a
 * component's initialisation; `sheet` is the sheet's height in pixels, 0 when there is none.
 */
export function padAboveSheet(map: () => MlMap | null, sheet: () => number) {
	$effect(() => {
		const m = map();
		if (!m) return;
		const bottom = sheet();
		const p = m.getPadding();
		// Unchanged padding is not set again: setting it redraws the map.
		if (p.bottom !== bottom || p.top || p.left || p.right) m.setPadding({ top: 0, left: 0, right: 0, bottom });
	});
}
