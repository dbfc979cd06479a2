import { describe, expect, it } from 'vitest';
import { DRAWN_AS, isPointLike, isRegionOnly, precisionOf } from './precision';

describe('the precision rule', () => {
	it('treats only precision 1 and 2 as point-like, and anything unknown as region-only', () => {
		expect([1, 2, 3].map((geo_precision) => isPointLike({ geo_precision }))).toEqual([true, true, false]);
		expect(isRegionOnly({ geo_precision: 3 })).toBe(true);
		// A missing or odd value never claims more precision than it has.
		expect([precisionOf({}), precisionOf(null), precisionOf({ geo_precision: '1' })]).toEqual([3, 3, 3]);
	});
	it('says for every precision how it is drawn, and that a region is never a point', () => {
		expect(Object.keys(DRAWN_AS)).toEqual(['1', '2', '3']);
		expect(DRAWN_AS['3']).toMatch(/never a point and never part of a cluster/);
	});
});
