import { describe, expect, it } from 'vitest';
import { layoutExport, metresPerPixel, niceScale, wrap, type ExportText, type Measure } from './exportPng';

// A fixed-width font: 7 px a character, whatever the font.
const measure: Measure = (s) => s.length * 7;
const text: ExportText = {
	title: 'Frontier Atlas — Iraq–Syria',
	filters: ['Dates: 1 Jul 2025 – 31 Oct 2025', 'Incident type: drug-seizure'],
	legendTitle: 'Legend',
	legend: [
		{ label: 'Places', swatch: { kind: 'ring', color: '#2b2b2b' } },
		{ label: 'Incidents', swatch: { kind: 'dot', color: '#c2185b' } },
		{ label: 'Iraq–Syria border', swatch: { kind: 'line', color: '#b3261e', width: 3 } }
	],
	sourcesTitle: 'Sources',
	sources: ['Natural Earth (public domain)', 'GeoNames (CC BY 4.0) — place coordinates', 'Global Energy Monitor (CC BY 4.0)'],
	made: 'Made 30 Nov 2026',
	scaleLabel: '100 km'
};

describe('niceScale', () => {
	it('picks 1, 2 or 5 × 10ⁿ metres no longer than the room', () => {
		expect(niceScale(1000, 120)).toEqual({ px: 100, metres: 100_000 });
		expect(niceScale(1000, 99)).toEqual({ px: 50, metres: 50_000 });
		expect(niceScale(30, 120).metres).toBe(2000);
		for (const mpp of [0.7, 13, 250, 4321, 98765]) {
			const s = niceScale(mpp, 120);
			expect(s.px).toBeLessThanOrEqual(120);
			expect(s.px).toBeGreaterThan(120 / 5);
			expect(String(s.metres)).toMatch(/^[125]0*$/);
		}
	});
	it('refuses nonsense', () => {
		expect(() => niceScale(0, 100)).toThrow(RangeError);
		expect(() => niceScale(10, -1)).toThrow(RangeError);
	});
	it('metres per pixel halve with each zoom level and shrink with latitude', () => {
		expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
		expect(metresPerPixel(34, 6) / metresPerPixel(34, 7)).toBeCloseTo(2, 9);
		expect(metresPerPixel(60, 5)).toBeCloseTo(metresPerPixel(0, 5) / 2, 6);
	});
});

describe('wrap', () => {
	it('breaks at spaces within the width and keeps every word', () => {
		const lines = wrap('one two three four five six', 70, '', measure);
		expect(lines.every((l) => measure(l, '') <= 70)).toBe(true);
		expect(lines.join(' ')).toBe('one two three four five six');
		expect(wrap('unbreakablewordthatislong', 20, '', measure)).toEqual(['unbreakablewordthatislong']);
	});
});

describe('layoutExport', () => {
	const ltr = layoutExport(800, 500, text, false, measure, 100);
	it('frames the map: header above, legend and sources below, nothing overlapping', () => {
		expect(ltr.width).toBe(800);
		expect(ltr.map).toEqual({ x: 0, y: ltr.regions.header.h + 2, w: 800, h: 500 });
		expect(ltr.regions.legend.y).toBeGreaterThanOrEqual(ltr.map.y + ltr.map.h);
		expect(ltr.regions.sources.y).toBeGreaterThanOrEqual(ltr.regions.legend.y + ltr.regions.legend.h);
		expect(ltr.height).toBeGreaterThanOrEqual(ltr.regions.sources.y + ltr.regions.sources.h);
		const texts = ltr.ops.filter((o) => o.t === 'text').map((o) => (o as { text: string }).text);
		for (const s of [text.title, ...text.filters, ...text.legend.map((l) => l.label), ...text.sources, text.made, text.scaleLabel]) expect(texts).toContain(s);
		expect(ltr.ops.filter((o) => o.t === 'swatch')).toHaveLength(3);
	});
	it('keeps every text inside the image', () => {
		for (const o of ltr.ops)
			if (o.t === 'text') {
				expect(o.x + measure(o.text, o.font)).toBeLessThanOrEqual(ltr.width);
				expect(o.y).toBeLessThanOrEqual(ltr.height);
			}
	});
	it('wraps long attribution instead of running off the edge of a phone-sized export', () => {
		const long = { ...text, sources: ['word '.repeat(200)] };
		const narrow = layoutExport(390, 600, long, false, measure, 80);
		expect(narrow.ops.some((o) => o.t === 'text')).toBe(true);
		for (const o of narrow.ops) if (o.t === 'text') expect(o.x + measure(o.text, o.font)).toBeLessThanOrEqual(narrow.width);
	});
	it('right to left mirrors every position: text starts at the right edge', () => {
		const rtl = layoutExport(800, 500, text, true, measure, 100);
		expect(rtl.height).toBe(ltr.height);
		expect(rtl.ops.length).toBeGreaterThan(0);
		rtl.ops.forEach((o, i) => {
			const a = ltr.ops[i];
			if (o.t === 'text') expect(o.x).toBe(800 - a.x);
			else expect(o.x).toBe(800 - a.x - (a as { w: number }).w);
			expect(o.y).toBe(a.y);
		});
	});
});
