import { describe, expect, it } from 'vitest';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { keepFilter } from './keep';

// Evaluated with MapLibre's own filter engine, as the map will.
function passes(filter: FilterSpecification | null, props: Record<string, unknown>): boolean {
	if (!filter) return true;
	const f = featureFilter(filter, 'layers[0].filter');
	return f.filter({ zoom: 5 }, { type: 1, properties: props, geometry: [] } as never);
}

describe('keepFilter', () => {
	it('keeps only the listed ids, within the layer’s own filter', () => {
		const base: FilterSpecification = ['!=', ['get', 'scope'], 'outside'];
		const f = keepFilter(base, ['a', 'b']);
		expect(passes(f, { id: 'a', scope: 'frontier' })).toBe(true);
		expect(passes(f, { id: 'c', scope: 'frontier' })).toBe(false);
		expect(passes(f, { id: 'a', scope: 'outside' })).toBe(false);
	});
	it('gives back the layer’s own filter when nothing is filtered, and hides all for an empty list', () => {
		const base: FilterSpecification = ['has', 'point_count'];
		expect(keepFilter(base, null)).toBe(base);
		expect(keepFilter(undefined, null)).toBeNull();
		expect(passes(keepFilter(undefined, []), { id: 'a' })).toBe(false);
	});
});
