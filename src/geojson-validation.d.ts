// geojson-validation ships no types; these cover what we call.
declare module 'geojson-validation' {
	/** Returns true/false, or with `trace` the list of problems (empty when valid). */
	export function valid(geojson: unknown, trace?: boolean): boolean | string[];
	const GJV: { valid: typeof valid };
	export default GJV;
}
