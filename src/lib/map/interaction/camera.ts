/** A screen rectangle in CSS pixels (a DOMRect fits). */
export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Pixels taken off each side of the map (MapLibre's PaddingOptions). */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/**
 * How much of each side of `map` the `covers` (a floating sidebar, a bottom sheet…) hide, as a
 * padding that leaves the biggest clear rectangle: each cover is pushed to the side where cutting
 * it off loses the least map. Covers outside the map count for nothing.
 * @example obstructionPadding({ left: 0, top: 0, right: 1280, bottom: 800 }, [{ left: 10, top: 10, right: 298, bottom: 680 }])
 * // { top: 0, right: 0, bottom: 0, left: 298 }
 */
export function obstructionPadding(map: Rect, covers: Rect[]): Padding {
	const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
	const w = map.right - map.left;
	const h = map.bottom - map.top;
	for (const c of covers) {
		const r = {
			left: Math.max(c.left, map.left),
			top: Math.max(c.top, map.top),
			right: Math.min(c.right, map.right),
			bottom: Math.min(c.bottom, map.bottom)
		};
		if (r.right <= r.left || r.bottom <= r.top) continue;
		const cut: Padding = {
			top: r.bottom - map.top,
			right: map.right - r.left,
			bottom: map.bottom - r.top,
			left: r.right - map.left
		};
		const lost = (side: (typeof SIDES)[number]) => cut[side] * (side === 'top' || side === 'bottom' ? w : h);
		const side = SIDES.reduce((a, b) => (lost(b) < lost(a) ? b : a));
		pad[side] = Math.max(pad[side], cut[side]);
	}
	return pad;
}

/** The part of `map` left clear by `pad`. */
export function clearArea(map: Rect, pad: Padding): Rect {
	return { left: map.left + pad.left, top: map.top + pad.top, right: map.right - pad.right, bottom: map.bottom - pad.bottom };
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
	return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

/**
 * The fit padding to give `map.fitBounds` so a feature lands in the clear area with `margin` to
 * spare, given the padding the map already applies (MapLibre adds the two).
 */
export function fitPadding(clear: Padding, mapPadding: Partial<Padding>, margin: number): Padding {
	const out = { ...clear };
	for (const s of SIDES) out[s] = Math.max(0, clear[s] - (mapPadding[s] ?? 0)) + margin;
	return out;
}
