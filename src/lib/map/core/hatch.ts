import type { Map as MlMap } from 'maplibre-gl';

/** A square RGBA image, as `map.addImage` takes it. */
export interface Pixels {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

/** `#rrggbb` → [r, g, b]. */
function rgb(hex: string): [number, number, number] {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`hatch: colour must be #rrggbb, got ${hex}`);
	return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/**
 * A tile of diagonal hatching (lines rising to the right, 45°) that repeats seamlessly: the pixel
 * at (x, y) is ink when (x + y) mod `size` falls within the line's `width`; every other pixel is
 * fully transparent, so the land under a hatched region keeps its own colour.
 * @example hatchPixels(8, 1, '#c2185b', 0.6) // an 8×8 tile, one-pixel lines, 60 % opaque
 */
export function hatchPixels(size: number, width: number, colour: string, alpha = 1): Pixels {
	if (!Number.isInteger(size) || size < 2) throw new Error('hatch: size must be an integer ≥ 2');
	if (!(width > 0 && width < size)) throw new Error('hatch: width must be between 0 and size');
	const [r, g, b] = rgb(colour);
	const a = Math.round(Math.max(0, Math.min(1, alpha)) * 255);
	const data = new Uint8ClampedArray(size * size * 4);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			// Which diagonal (x + y constant) the pixel is on, wrapped, so the tile's edges meet.
			const d = (x + y + 1) % size;
			if (d >= width) continue;
			const i = (y * size + x) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = a;
		}
	return { width: size, height: size, data };
}

const PR = 2; // drawn at twice the size, like the place icons

/**
 * Registers a hatch pattern once per map under `name`, for `fill-pattern`. Browser only.
 * @example addHatch(map, 'hatch-incident', palette.incident) // then paint: { 'fill-pattern': 'hatch-incident' }
 */
export function addHatch(map: MlMap, name: string, colour: string, alpha = 0.7): void {
	if (map.hasImage(name)) return;
	// Thin lines 14 px apart: a region reads as "somewhere in here", never as a painted area.
	map.addImage(name, hatchPixels(14 * PR, 1 * PR, colour, alpha), { pixelRatio: PR });
}
