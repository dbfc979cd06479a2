import { describe, expect, it } from 'vitest';
import { entry, median, sample, table } from './metrics';

describe('bench metrics', () => {
	it('median of odd and even counts, whatever the order', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});

	it('a sample keeps the spread', () => {
		expect(sample([9, 2, 4])).toEqual({ median: 4, min: 2, max: 9, n: 3 });
	});

	it('ratio is value ÷ baseline and `met` reads the target the right way round', () => {
		const slow = entry(sample([300, 310, 290]), 'ms', sample([200, 210, 190]), { kind: 'ratio', value: 1.25, text: '≤ 1.25×' });
		expect(slow.ratio).toBe(1.5);
		expect(slow.met).toBe(false);
		expect(slow.spread).toEqual({ value: [290, 310], baseline: [190, 210], runs: 3 });
		expect(entry(240, 'ms', 200, { kind: 'ratio', value: 1.25, text: '' }).met).toBe(true);
		// At least 0.8× a baseline: more is better.
		expect(entry(90, 'req/s', 100, { kind: 'ratio-min', value: 0.8, text: '' }).met).toBe(true);
		expect(entry(70, 'req/s', 100, { kind: 'ratio-min', value: 0.8, text: '' }).met).toBe(false);
		// An absolute ceiling ignores the baseline.
		expect(entry(120, 'ms', 10, { kind: 'max', value: 100, text: '' }).met).toBe(false);
		expect(entry(99.9, 'ms', null, { kind: 'max', value: 100, text: '' })).toMatchObject({ met: true, ratio: null, baseline: null });
	});

	it('cannot judge what it could not measure', () => {
		expect(entry(NaN, 'ms', 100, { kind: 'max', value: 100, text: '' }).met).toBeNull();
		expect(entry(50, 'ms', 0, { kind: 'ratio', value: 1, text: '' })).toMatchObject({ ratio: null, met: null });
		expect(entry(50, 'ms', 100, { kind: 'none', text: 'for the record' }).met).toBeNull();
	});

	it('prints one row per metric', () => {
		const t = table({ a: entry(1, 'ms', 2, { kind: 'ratio', value: 1, text: '≤ 1×' }), b: entry(3, 'KB', null, { kind: 'max', value: 2, text: '≤ 2 KB' }) });
		const rows = t.split('\n');
		expect(rows).toHaveLength(3);
		expect(rows[1]).toMatch(/^a\s+1 ms\s+2\s+0\.5×\s+≤ 1×\s+yes/);
		expect(rows[2]).toMatch(/NO\s*$/);
	});
});
