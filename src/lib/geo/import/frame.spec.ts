import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { checkFrame, swapLonLat } from './frame';

const fc = (...gs: Geometry[]): FeatureCollection => ({ type: 'FeatureCollection', features: gs.map((geometry) => ({ type: 'Feature', geometry, properties: {} })) });
// Our own example: Tal Afar (42.45 E, 36.38 N) and a line from Sinjar to Rabia, written [lat, lon].
const talAfarSwapped: Geometry = { type: 'Point', coordinates: [36.38, 42.45] };
const lineSwapped: Geometry = { type: 'LineString', coordinates: [[36.32, 41.87], [36.8, 42.1, 300]] };

describe('imports against the frame', () => {
	it('flags features outside the frame and recognises swapped latitude and longitude', () => {
		expect(checkFrame(fc(talAfarSwapped, lineSwapped))).toEqual({ total: 2, outside: 2, swapped: true });
	});
	it('swaps every position, keeping altitude, and the swapped file then lies in the frame', () => {
		const fixed = swapLonLat(fc(talAfarSwapped, lineSwapped));
		expect(fixed.features[0].geometry).toEqual({ type: 'Point', coordinates: [42.45, 36.38] });
		expect(fixed.features[1].geometry).toEqual({ type: 'LineString', coordinates: [[41.87, 36.32], [42.1, 36.8, 300]] });
		expect(checkFrame(fixed)).toEqual({ total: 2, outside: 0, swapped: false });
	});
	it('does not call far-away data swapped when swapping would not help', () => {
		expect(checkFrame(fc({ type: 'Point', coordinates: [2.35, 48.85] }))).toEqual({ total: 1, outside: 1, swapped: false });
	});
});
