// polylabel 2 ships no types.
declare module 'polylabel' {
	/** Pole of inaccessibility of a polygon given as rings; the result carries its distance to the edge. */
	export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): number[] & { distance: number };
}
