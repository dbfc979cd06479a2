import type { Map as MlMap } from 'maplibre-gl';
import { palette as c } from './palette';

const PR = 2; // drawn at twice the size, shown at device pixel ratio 2 or scaled down

type Draw = (g: CanvasRenderingContext2D, s: number) => void;

function ring(fill: string, stroke: string, r: number, width = 2): Draw {
	return (g, s) => {
		g.beginPath();
		g.arc(s / 2, s / 2, r * PR, 0, Math.PI * 2);
		g.fillStyle = fill;
		g.fill();
		g.lineWidth = width * PR;
		g.strokeStyle = stroke;
		g.stroke();
	};
}

/** A ring broken into dashes: an incident the text places only somewhere in a region. */
function dashedRing(stroke: string, r: number, width: number): Draw {
	return (g, s) => {
		g.beginPath();
		g.arc(s / 2, s / 2, r * PR, 0, Math.PI * 2);
		g.fillStyle = 'rgba(255, 255, 255, 0.85)';
		g.fill();
		g.setLineDash([2.2 * PR, 1.6 * PR]);
		g.lineWidth = width * PR;
		g.strokeStyle = stroke;
		g.stroke();
		g.setLineDash([]);
	};
}

/** Icons by place kind (and the region-incident ring), drawn on a canvas so the style needs no sprite files. */
const ICONS: Record<string, Draw> = {
	'incident-region': dashedRing(c.incident, 5.5, 2),
	'place-city': ring('#ffffff', c.place, 4.5, 2),
	'place-town': ring('#ffffff', c.place, 3.5, 1.6),
	'place-capital': (g, s) => {
		ring('#ffffff', c.place, 5.5, 2)(g, s);
		ring(c.place, c.place, 2, 0.5)(g, s);
	},
	'place-camp': (g, s) => {
		const h = 10 * PR;
		g.beginPath();
		g.moveTo(s / 2, s / 2 - h / 2);
		g.lineTo(s / 2 + h / 2, s / 2 + h / 2 - 1);
		g.lineTo(s / 2 - h / 2, s / 2 + h / 2 - 1);
		g.closePath();
		g.fillStyle = c.camp;
		g.fill();
		g.lineWidth = 1.5 * PR;
		g.strokeStyle = '#ffffff';
		g.stroke();
	},
	'place-site': (g, s) => {
		const h = 5 * PR;
		g.beginPath();
		g.moveTo(s / 2, s / 2 - h);
		g.lineTo(s / 2 + h, s / 2);
		g.lineTo(s / 2, s / 2 + h);
		g.lineTo(s / 2 - h, s / 2);
		g.closePath();
		g.fillStyle = '#ffffff';
		g.fill();
		g.lineWidth = 2 * PR;
		g.strokeStyle = c.place;
		g.stroke();
	}
};

/** `kind` → icon name, as a style expression. */
export const PLACE_ICON = [
	'match',
	['get', 'kind'],
	['capital'],
	'place-capital',
	['city'],
	'place-city',
	['camp'],
	'place-camp',
	['crossing', 'border-crossing', 'site', 'station', 'facility', 'base', 'field'],
	'place-site',
	'place-town'
];

/** Registers the icons once per map (every layer using one calls it). Browser only. */
export function addPlaceIcons(map: MlMap): void {
	const size = 16 * PR;
	for (const [name, draw] of Object.entries(ICONS)) {
		if (map.hasImage(name)) continue;
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = size;
		const g = canvas.getContext('2d')!;
		draw(g, size);
		map.addImage(name, g.getImageData(0, 0, size, size), { pixelRatio: PR });
	}
}

/**
 * An invisible square the size of the biggest incident marker: placed over each marker (with
 * `icon-allow-overlap`), it takes the marker's room in MapLibre's collision index, so labels
 * placed after it keep clear of the markers.
 */
export function addLabelGuard(map: MlMap, name = 'label-guard'): void {
	if (map.hasImage(name)) return;
	const size = 24;
	map.addImage(name, { width: size, height: size, data: new Uint8ClampedArray(size * size * 4) });
}

