import { describe, expect, it } from 'vitest';
import { hatchPixels } from './hatch';

const alphaAt = (p: ReturnType<typeof hatchPixels>, x: number, y: number) => p.data[(y * p.width + x) * 4 + 3];

describe('hatchPixels', () => {
	it('draws diagonal lines in the colour asked, transparent between them', () => {
		const p = hatchPixels(8, 1, '#c2185b', 1);
		expect(p.width).toBe(8);
		expect(p.data.length).toBe(8 * 8 * 4);
		// One ink pixel per row and per column: a single line crossing the tile.
		for (let y = 0; y < 8; y++) expect([...Array(8).keys()].filter((x) => alphaAt(p, x, y) > 0)).toHaveLength(1);
		for (let x = 0; x < 8; x++) expect([...Array(8).keys()].filter((y) => alphaAt(p, x, y) > 0)).toHaveLength(1);
		const ink = [...Array(64).keys()].find((i) => p.data[i * 4 + 3] > 0)!;
		expect([...p.data.slice(ink * 4, ink * 4 + 4)]).toEqual([0xc2, 0x18, 0x5b, 255]);
		// Never a tint: most of the tile lets the map show through.
		const inked = [...Array(64).keys()].filter((i) => p.data[i * 4 + 3] > 0).length;
		expect(inked / 64).toBeLessThanOrEqual(1 / 8);
	});
	it('tiles seamlessly: every pixel matches its up-right neighbour, across the edges too', () => {
		const p = hatchPixels(10, 2, '#000000');
		for (let y = 0; y < 10; y++)
			for (let x = 0; x < 10; x++) expect(alphaAt(p, (x + 1) % 10, (y + 9) % 10)).toBe(alphaAt(p, x, y));
		// The line rises to the right: ink at the bottom-left and top-right corners.
		expect(alphaAt(p, 0, 9)).toBeGreaterThan(0);
		expect(alphaAt(p, 9, 0)).toBeGreaterThan(0);
	});
	it('scales the opacity, and refuses a malformed colour or size', () => {
		expect(Math.max(...hatchPixels(4, 1, '#ffffff', 0.5).data.filter((_, i) => i % 4 === 3))).toBe(128);
		expect(() => hatchPixels(8, 1, 'red')).toThrow(/#rrggbb/);
		expect(() => hatchPixels(1, 1, '#000000')).toThrow(/size/);
		expect(() => hatchPixels(8, 8, '#000000')).toThrow(/width/);
	});
});
