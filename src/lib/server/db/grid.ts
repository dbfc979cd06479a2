/**
 * The grid the event layers' low-zoom tiles count in (./tiles.ts, ./counts.ts): below
 * AGGREGATE_BELOW a tile of an event layer is CELLS × CELLS cells, each a point with `count`.
 * A cell of zoom z is `floor(x / size(z))` in Web Mercator metres from the origin, so the cells of
 * zoom z are exactly unions of 2 × 2 cells of zoom z + 1: counts kept at a fine level add up to
 * every coarser zoom's cells (an index shift), with the same points and averages.
 */
export const AGGREGATE_BELOW = 9;
export const EVENT_LAYERS = new Set(['incidents', 'acled']);
/** Grid cells per tile side at aggregated zooms. */
export const CELLS = 64;
/** Half the Web Mercator world's width in metres (EPSG:3857). */
export const R = 20037508.342789244;

/**
 * Web Mercator by arithmetic on a point's lon/lat (no geometry made per row): at a million
 * incidents, ST_Transform per point was most of a low-zoom tile's time.
 */
export const mercX = (pt: string) => `(ST_X(${pt}) * ${R} / 180)`;
export const mercY = (pt: string) => `(ln(tan((90 + ST_Y(${pt})) * pi() / 360)) * ${R} / pi())`;

/** A cell's width in metres at zoom z, as SQL (the same arithmetic the live tile and the counts use). */
export const cellSize = (z: number) => `(${2 * R} / ${2 ** z * CELLS})`;

/**
 * The cell indices a tile of zoom z counts (x0…x1, y0…y1, y north-up): its own CELLS × CELLS and
 * one cell of margin each side, the margin the live query's box takes so symbols on the edge are not clipped.
 */
export function tileCells(z: number, x: number, y: number): { x0: number; x1: number; y0: number; y1: number } {
	const half = 2 ** z * (CELLS / 2);
	const left = x * CELLS - half;
	const bottom = half - (y + 1) * CELLS;
	return { x0: left - 1, x1: left + CELLS, y0: bottom - 1, y1: bottom + CELLS };
}
