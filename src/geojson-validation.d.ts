// geojson-validation ships no types; only what src/lib/geo/import uses is declared.
declare module 'geojson-validation' {
	/** With `trace`, the list of problems (empty when valid). */
	export function valid(value: unknown, trace: true): string[];
	export function valid(value: unknown, trace?: false): boolean;
	const gjv: { valid: typeof valid };
	export default gjv;
}
