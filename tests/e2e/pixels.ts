// Pixel helpers for asserting that the map really drew (pure Node + pngjs + pixelmatch, no browser needed).
//
//   const png = await page.locator('canvas.maplibregl-canvas').screenshot();
//   countDifferent(png, dominantColour(png)).fraction > 0.01   // something besides the background
//   comparePngs(a, b, { threshold: 0.1, maxFraction: 0.002 }).ok
//
// Unit-tested in tests/unit/pixels.spec.ts.

import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

export type RGBA = { r: number; g: number; b: number; a?: number };

export type Image = { width: number; height: number; data: Uint8Array | Buffer };

/** Decodes a PNG buffer (as returned by Playwright's `screenshot()`) to RGBA pixels. */
export function decodePng(png: Buffer | Uint8Array | Image): Image {
	if (!(png instanceof Uint8Array)) return png;
	const img = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
	return { width: img.width, height: img.height, data: img.data };
}

/** Encodes RGBA pixels to a PNG buffer (handy for saving a diff image). */
export function encodePng(img: Image): Buffer {
	const png = new PNG({ width: img.width, height: img.height });
	Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength).copy(png.data);
	return PNG.sync.write(png);
}

/** Parses '#rgb', '#rrggbb', '#rrggbbaa' or passes an RGBA object through. */
export function toRGBA(c: string | RGBA): Required<RGBA> {
	if (typeof c !== 'string') return { r: c.r, g: c.g, b: c.b, a: c.a ?? 255 };
	let h = c.trim().replace(/^#/, '');
	if (h.length === 3 || h.length === 4) h = [...h].map((x) => x + x).join('');
	if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(h)) throw new Error(`bad colour: ${c}`);
	const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
	return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) : 255 };
}

/** Largest per-channel difference (0-255) between pixel i of `data` and colour `c`, alpha included. */
function channelDiff(data: Uint8Array, i: number, c: Required<RGBA>): number {
	return Math.max(
		Math.abs(data[i] - c.r),
		Math.abs(data[i + 1] - c.g),
		Math.abs(data[i + 2] - c.b),
		Math.abs(data[i + 3] - c.a)
	);
}

export type CountResult = { count: number; total: number; fraction: number };

/**
 * Counts pixels whose colour differs from `background` by more than `threshold` in any channel
 * (R, G, B or A; 0-255). An empty map (background only) gives 0.
 */
export function countDifferent(
	png: Buffer | Uint8Array | Image,
	background: string | RGBA,
	threshold = 16
): CountResult {
	const img = decodePng(png);
	const bg = toRGBA(background);
	let count = 0;
	for (let i = 0; i < img.data.length; i += 4) if (channelDiff(img.data, i, bg) > threshold) count++;
	const total = img.width * img.height;
	return { count, total, fraction: total ? count / total : 0 };
}

/** The most frequent exact colour in the image — a good guess for a map's background. */
export function dominantColour(png: Buffer | Uint8Array | Image): Required<RGBA> {
	const img = decodePng(png);
	const counts = new Map<number, number>();
	let best = 0;
	let bestN = -1;
	for (let i = 0; i < img.data.length; i += 4) {
		const key =
			((img.data[i] << 24) | (img.data[i + 1] << 16) | (img.data[i + 2] << 8) | img.data[i + 3]) >>> 0;
		const n = (counts.get(key) ?? 0) + 1;
		counts.set(key, n);
		if (n > bestN) {
			bestN = n;
			best = key;
		}
	}
	return { r: best >>> 24, g: (best >>> 16) & 255, b: (best >>> 8) & 255, a: best & 255 };
}

export type CompareResult = {
	/** True when the sizes match and the differing fraction is at most `maxFraction`. */
	ok: boolean;
	sameSize: boolean;
	diffPixels: number;
	total: number;
	fraction: number;
	/** Differing pixels in red over a faded copy of `a` (only when the sizes match). */
	diff?: Image;
};

/**
 * Compares two PNGs with pixelmatch, as maplibre-gl-js's render tests do: a pixel differs when its
 * perceptual (YIQ) colour distance exceeds `threshold` (0–1, pixelmatch's own scale; 0.1 is its
 * default) and it is not anti-aliasing; the images "match" when at most `maxFraction` of the pixels
 * differ. Images of different sizes never match.
 */
export function comparePngs(
	a: Buffer | Uint8Array | Image,
	b: Buffer | Uint8Array | Image,
	{ threshold = 0.1, maxFraction = 0.001, withDiff = false } = {}
): CompareResult {
	const A = decodePng(a);
	const B = decodePng(b);
	const total = A.width * A.height;
	if (A.width !== B.width || A.height !== B.height) {
		return { ok: false, sameSize: false, diffPixels: total, total, fraction: 1 };
	}
	const diff = withDiff ? new Uint8Array(A.data.length) : undefined;
	const diffPixels = pixelmatch(A.data, B.data, diff, A.width, A.height, { threshold, alpha: 0.3 });
	const fraction = total ? diffPixels / total : 0;
	return {
		ok: fraction <= maxFraction,
		sameSize: true,
		diffPixels,
		total,
		fraction,
		diff: diff ? { width: A.width, height: A.height, data: diff } : undefined
	};
}
