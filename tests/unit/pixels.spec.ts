import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import {
	comparePngs,
	countDifferent,
	decodePng,
	dominantColour,
	encodePng,
	toRGBA
} from '../e2e/pixels';

type Px = [number, number, number, number?];

/** Builds a PNG in memory: `w`×`h` of `fill`, then `paint(x, y)` may override single pixels. */
function makePng(w: number, h: number, fill: Px, paint?: (x: number, y: number) => Px | undefined) {
	const png = new PNG({ width: w, height: h });
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++) {
			const [r, g, b, a = 255] = paint?.(x, y) ?? fill;
			png.data.set([r, g, b, a], (y * w + x) * 4);
		}
	return PNG.sync.write(png);
}

const BG: Px = [240, 235, 225];

describe('toRGBA', () => {
	it('parses hex colours', () => {
		expect(toRGBA('#f0ebe1')).toEqual({ r: 240, g: 235, b: 225, a: 255 });
		expect(toRGBA('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 255 });
		expect(toRGBA('#00000080')).toEqual({ r: 0, g: 0, b: 0, a: 128 });
		expect(() => toRGBA('teal')).toThrow(/bad colour/);
	});
});

describe('decodePng / encodePng', () => {
	it('round-trips pixels', () => {
		const buf = makePng(3, 2, BG, (x, y) => (x === 2 && y === 1 ? [1, 2, 3, 4] : undefined));
		const img = decodePng(buf);
		expect([img.width, img.height]).toEqual([3, 2]);
		expect([...img.data.slice(20, 24)]).toEqual([1, 2, 3, 4]);
		expect(decodePng(encodePng(img)).data).toEqual(img.data);
	});
});

describe('countDifferent', () => {
	it('gives 0 for a background-only image', () => {
		const r = countDifferent(makePng(20, 10, BG), '#f0ebe1');
		expect(r).toEqual({ count: 0, total: 200, fraction: 0 });
	});

	it('counts drawn pixels and ignores differences within the threshold', () => {
		const png = makePng(10, 10, BG, (x, y) => {
			if (y === 0) return [20, 40, 200]; // 10 clearly different pixels (a "river")
			if (y === 1 && x < 5) return [245, 230, 230]; // 5 pixels off by ≤ 5: noise
			return undefined;
		});
		expect(countDifferent(png, { r: 240, g: 235, b: 225 }).count).toBe(10);
		expect(countDifferent(png, { r: 240, g: 235, b: 225 }, 4).count).toBe(15);
		expect(countDifferent(png, { r: 240, g: 235, b: 225 }).fraction).toBeCloseTo(0.1);
	});

	it('treats alpha as a channel (transparent canvas is not the background)', () => {
		const png = makePng(4, 4, [240, 235, 225, 0]);
		expect(countDifferent(png, '#f0ebe1').count).toBe(16);
	});
});

describe('dominantColour', () => {
	it('finds the most frequent colour', () => {
		const png = makePng(10, 10, BG, (x) => (x < 3 ? [0, 0, 0] : undefined));
		expect(dominantColour(png)).toEqual({ r: 240, g: 235, b: 225, a: 255 });
	});
});

describe('comparePngs', () => {
	const base = makePng(10, 10, BG);

	it('matches identical images', () => {
		const r = comparePngs(base, makePng(10, 10, BG));
		expect(r).toMatchObject({ ok: true, sameSize: true, diffPixels: 0, fraction: 0 });
	});

	it('tolerates a small fraction of differing pixels, not more', () => {
		const onePixel = makePng(10, 10, BG, (x, y) => (x === 0 && y === 0 ? [0, 0, 0] : undefined));
		expect(comparePngs(base, onePixel, { maxFraction: 0.01 })).toMatchObject({ ok: true, diffPixels: 1 });
		expect(comparePngs(base, onePixel, { maxFraction: 0.005 })).toMatchObject({ ok: false, diffPixels: 1 });
		const row = makePng(10, 10, BG, (_x, y) => (y === 5 ? [0, 0, 0] : undefined));
		expect(comparePngs(base, row, { maxFraction: 0.05 }).ok).toBe(false);
	});

	it('ignores perceptual differences up to the threshold (pixelmatch scale, 0–1)', () => {
		const faint = makePng(10, 10, [244, 231, 229]);
		expect(comparePngs(base, faint).ok).toBe(true);
		expect(comparePngs(base, faint, { threshold: 0.02 }).ok).toBe(true);
		expect(comparePngs(base, faint, { threshold: 0.01 }).ok).toBe(false);
	});

	it('never matches images of different sizes', () => {
		expect(comparePngs(base, makePng(10, 11, BG))).toMatchObject({ ok: false, sameSize: false });
	});

	it('can produce a diff image marking differing pixels in red', () => {
		const other = makePng(2, 1, BG, (x) => (x === 1 ? [0, 0, 0] : undefined));
		const r = comparePngs(makePng(2, 1, BG), other, { withDiff: true });
		expect([...r.diff!.data.slice(4, 8)]).toEqual([255, 0, 0, 255]);
		expect(r.diff!.data[0]).toBeGreaterThan(200);
	});
});
