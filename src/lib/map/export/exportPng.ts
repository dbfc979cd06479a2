/**
 * The PNG export composer: the map canvas framed by a title, the date range and filters in force,
 * a scale bar, the legend of what is shown, the attribution of every source drawn, and the date it
 * was made. Layout is pure (`layoutExport`, unit-tested with a fake text measurer); ./exportPaint.ts
 * paints a layout on a 2D canvas and is the browser glue (`composeExportPng`).
 */

export type Swatch =
	| { kind: 'fill'; color: string; outline?: string; dash?: boolean }
	| { kind: 'line'; color: string; width: number; dash?: number[] }
	| { kind: 'hatch'; color: string; ring?: boolean }
	| { kind: 'dot'; color: string }
	| { kind: 'ring'; color: string };

export interface LegendItem {
	label: string;
	swatch: Swatch;
}

export interface ExportText {
	title: string;
	/** Lines under the title: the date range, then each filter in force. */
	filters: string[];
	legendTitle: string;
	legend: LegendItem[];
	sourcesTitle: string;
	sources: string[];
	made: string;
	scaleLabel: string;
}

export type Op =
	| { t: 'text'; x: number; y: number; text: string; font: string; color: string }
	| { t: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string }
	| { t: 'swatch'; x: number; y: number; w: number; h: number; swatch: Swatch }
	| { t: 'map'; x: number; y: number; w: number; h: number };

export interface Layout {
	width: number;
	height: number;
	rtl: boolean;
	map: { x: number; y: number; w: number; h: number };
	/** Where the legend and the sources were put (for tests and checks). */
	regions: Record<'header' | 'legend' | 'sources', { x: number; y: number; w: number; h: number }>;
	ops: Op[];
}

/** Width of `text` in `font` (a canvas' measureText in the browser, a fake in tests). */
export type Measure = (text: string, font: string) => number;

export const FONT_FAMILY = '"Noto Sans", "Noto Naskh Arabic", system-ui, sans-serif';
const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px ${FONT_FAMILY}`;
const INK = '#1f1d1a';
const MUTED = '#555555';
const PAD = 16;

/**
 * A scale bar of a round length (1, 2 or 5 × 10ⁿ m) at most `maxPx` long.
 * @example niceScale(1000, 120) // { px: 100, metres: 100000 }: 100 km at 1 km per pixel
 */
export function niceScale(metresPerPx: number, maxPx: number): { px: number; metres: number } {
	if (!(metresPerPx > 0) || !(maxPx > 0)) throw new RangeError('scale needs positive metres per pixel and width');
	const max = metresPerPx * maxPx;
	const pow = 10 ** Math.floor(Math.log10(max));
	const step = [5, 2, 1].map((k) => k * pow).find((v) => v <= max) ?? pow;
	return { px: step / metresPerPx, metres: step };
}

/** Metres per CSS pixel at latitude `lat` and web-mercator `zoom` (512 px tiles, as MapLibre). */
export function metresPerPixel(lat: number, zoom: number): number {
	return (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** Greedy word wrap to `max` px; a word longer than the line stands alone. */
export function wrap(text: string, max: number, fontSpec: string, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next, fontSpec) > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Places everything around a map of `mapW` × `mapH` CSS px. Coordinates are laid out left to
 * right and mirrored when `rtl`, so Arabic reads from the right edge.
 */
export function layoutExport(mapW: number, mapH: number, text: ExportText, rtl: boolean, measure: Measure, scalePx: number): Layout {
	const W = Math.max(mapW, 360);
	const inner = W - 2 * PAD;
	const ops: Op[] = [];
	const textOp = (x: number, y: number, s: string, f: string, color = INK) => ops.push({ t: 'text', x, y, text: s, font: f, color });
	let y = PAD;

	// Header: title, then the dates and filters.
	for (const l of wrap(text.title, inner, font(20, true), measure)) {
		textOp(PAD, y + 20, l, font(20, true));
		y += 26;
	}
	for (const f of text.filters)
		for (const l of wrap(f, inner, font(13), measure)) {
			textOp(PAD, y + 14, l, font(13), MUTED);
			y += 18;
		}
	const header = { x: 0, y: 0, w: W, h: y + 6 };
	y += 8;

	// The map, with the scale bar over its lower corner.
	const map = { x: Math.round((W - mapW) / 2), y, w: mapW, h: mapH };
	ops.push({ t: 'map', ...map });
	const barW = Math.round(scalePx);
	const labelW = measure(text.scaleLabel, font(11));
	const boxW = Math.max(barW, labelW) + 12;
	ops.push({ t: 'rect', x: map.x + 8, y: map.y + mapH - 34, w: boxW, h: 26, fill: 'rgba(255,255,255,0.9)' });
	ops.push({ t: 'rect', x: map.x + 14, y: map.y + mapH - 14, w: barW, h: 4, fill: INK });
	textOp(map.x + 14, map.y + mapH - 19, text.scaleLabel, font(11));
	y += mapH + 14;

	// Legend in columns.
	const legendTop = y;
	textOp(PAD, y + 13, text.legendTitle, font(13, true));
	y += 20;
	const cols = Math.max(1, Math.floor(inner / 230));
	const colW = inner / cols;
	let rowH = 0;
	text.legend.forEach((item, i) => {
		const col = i % cols;
		if (col === 0 && i > 0) {
			y += rowH;
			rowH = 0;
		}
		const x = PAD + col * colW;
		const lines = wrap(item.label, colW - 36, font(12), measure);
		ops.push({ t: 'swatch', x, y: y + 2, w: 24, h: 12, swatch: item.swatch });
		lines.forEach((l, k) => textOp(x + 32, y + 12 + k * 16, l, font(12)));
		rowH = Math.max(rowH, lines.length * 16 + 4);
	});
	y += rowH + 10;
	const legend = { x: 0, y: legendTop, w: W, h: y - legendTop };

	// Sources, then the date made.
	const sourcesTop = y;
	textOp(PAD, y + 13, text.sourcesTitle, font(13, true));
	y += 20;
	for (const s of text.sources)
		for (const l of wrap(s, inner, font(11.5), measure)) {
			textOp(PAD, y + 12, l, font(11.5));
			y += 16;
		}
	y += 6;
	for (const l of wrap(text.made, inner, font(11), measure)) {
		textOp(PAD, y + 12, l, font(11), MUTED);
		y += 16;
	}
	const sources = { x: 0, y: sourcesTop, w: W, h: y - sourcesTop };
	const height = Math.ceil(y + PAD);

	const out: Layout = { width: W, height, rtl, map, regions: { header, legend, sources }, ops };
	return rtl ? mirror(out) : out;
}

/** Right to left: every box and text start mirrored across the vertical middle. */
function mirror(l: Layout): Layout {
	const W = l.width;
	const ops = l.ops.map((o): Op => (o.t === 'text' ? { ...o, x: W - o.x } : { ...o, x: W - o.x - o.w }));
	return { ...l, ops, map: { ...l.map, x: W - l.map.x - l.map.w } };
}
