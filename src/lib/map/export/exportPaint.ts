/**
 * Paints an export layout (./exportPng.ts) on a 2D canvas around the map's own canvas, and encodes
 * the PNG: the browser half of the PNG export.
 */
import { layoutExport, type ExportText, type Layout, type Measure, type Op } from './exportPng';

/** Paints a layout on a 2D context (already scaled to CSS px), the map canvas in its place. */
export function drawExport(ctx: CanvasRenderingContext2D, l: Layout, mapImage: CanvasImageSource): void {
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, l.width, l.height);
	ctx.direction = l.rtl ? 'rtl' : 'ltr';
	ctx.textAlign = 'start';
	ctx.textBaseline = 'alphabetic';
	for (const o of l.ops) {
		if (o.t === 'map') {
			ctx.drawImage(mapImage, o.x, o.y, o.w, o.h);
			ctx.strokeStyle = '#9c9485';
			ctx.lineWidth = 1;
			ctx.strokeRect(o.x + 0.5, o.y + 0.5, o.w - 1, o.h - 1);
		} else if (o.t === 'rect') {
			ctx.fillStyle = o.fill;
			ctx.fillRect(o.x, o.y, o.w, o.h);
		} else if (o.t === 'text') {
			ctx.font = o.font;
			ctx.fillStyle = o.color;
			ctx.fillText(o.text, o.x, o.y);
		} else drawSwatch(ctx, o);
	}
}

function drawSwatch(ctx: CanvasRenderingContext2D, o: Extract<Op, { t: 'swatch' }>): void {
	const s = o.swatch;
	const cy = o.y + o.h / 2;
	ctx.save();
	if (s.kind === 'fill') {
		ctx.fillStyle = s.color;
		ctx.fillRect(o.x, o.y, o.w, o.h);
		if (s.outline) {
			ctx.strokeStyle = s.outline;
			ctx.setLineDash(s.dash ? [3, 2] : []);
			ctx.strokeRect(o.x + 0.5, o.y + 0.5, o.w - 1, o.h - 1);
		}
	} else if (s.kind === 'hatch') {
		ctx.beginPath();
		ctx.rect(o.x, o.y, o.w, o.h);
		ctx.clip();
		ctx.beginPath();
		ctx.strokeStyle = s.color;
		ctx.lineWidth = 1;
		for (let x = o.x - o.h; x < o.x + o.w; x += 5) {
			ctx.moveTo(x, o.y + o.h);
			ctx.lineTo(x + o.h, o.y);
		}
		ctx.stroke();
		ctx.setLineDash([3, 2]);
		ctx.strokeRect(o.x + 0.5, o.y + 0.5, o.w - 1, o.h - 1);
		if (s.ring) {
			ctx.beginPath();
			ctx.arc(o.x + o.w / 2, cy, 4.5, 0, 2 * Math.PI);
			ctx.fillStyle = '#ffffff';
			ctx.fill();
			ctx.lineWidth = 2;
			ctx.stroke();
		}
	} else if (s.kind === 'line') {
		ctx.strokeStyle = s.color;
		ctx.lineWidth = s.width;
		ctx.setLineDash(s.dash ?? []);
		ctx.beginPath();
		ctx.moveTo(o.x, cy);
		ctx.lineTo(o.x + o.w, cy);
		ctx.stroke();
	} else {
		ctx.beginPath();
		ctx.arc(o.x + o.w / 2, cy, 5, 0, 2 * Math.PI);
		ctx.lineWidth = 2.5;
		if (s.kind === 'dot') {
			ctx.fillStyle = s.color;
			ctx.fill();
		} else {
			ctx.fillStyle = '#ffffff';
			ctx.fill();
			ctx.strokeStyle = s.color;
			ctx.stroke();
		}
	}
	ctx.restore();
}

/**
 * Lays out and paints the export around `mapCanvas` (read back after a fresh frame), at the
 * canvas' own pixel density. Resolves with the PNG and the layout used.
 */
export async function composeExportPng(mapCanvas: HTMLCanvasElement, text: ExportText, rtl: boolean, scalePx: number): Promise<{ blob: Blob; layout: Layout }> {
	const cssW = mapCanvas.clientWidth || mapCanvas.width;
	const cssH = mapCanvas.clientHeight || mapCanvas.height;
	const density = mapCanvas.width / cssW;
	const out = document.createElement('canvas');
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas');
	await document.fonts?.ready;
	const measure: Measure = (s, f) => {
		ctx.font = f;
		return ctx.measureText(s).width;
	};
	const layout = layoutExport(cssW, cssH, text, rtl, measure, scalePx);
	out.width = Math.round(layout.width * density);
	out.height = Math.round(layout.height * density);
	ctx.scale(density, density);
	drawExport(ctx, layout, mapCanvas);
	const blob = await new Promise<Blob | null>((res) => out.toBlob(res, 'image/png'));
	if (!blob) throw new Error('the PNG could not be encoded');
	return { blob, layout };
}
