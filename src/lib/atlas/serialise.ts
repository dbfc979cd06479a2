/**
 * The built atlas as lines of JSON, one value per line (so no single string grows with the
 * corpus): `npm run data` stores it in the served build (tools/lib/served.ts) and the server reads it
 * back, only when a filtered answer first needs the atlas (src/lib/server/atlas.ts). The file's
 * SHA-256 is in the served manifest and is checked before it is parsed; a copy cut short is refused
 * here too (its closing line is missing), never read as a smaller atlas.
 */
import type { FeatureCollection } from 'geojson';
import type { Atlas } from './build';
import type { ArticleMention, IncidentFeature, LayerId, PlaceFeature } from '$lib/types';
import type { RawArticle } from './load';

type Line = ['a', RawArticle] | ['p', PlaceFeature] | ['i', IncidentFeature] | ['m', string, ArticleMention[]] | ['l', LayerId, { places: string[] } | { incidents: string[] } | { fc: FeatureCollection }] | ['x', Atlas['problems']];

/** The atlas as lines; layers made of places or incidents are written as their ids. */
export function atlasLines(atlas: Atlas): string[] {
	const out: string[] = [];
	const push = (l: Line) => out.push(JSON.stringify(l));
	for (const a of atlas.articles.values()) push(['a', a]);
	for (const p of atlas.places.values()) push(['p', p]);
	for (const i of atlas.incidents.values()) push(['i', i]);
	for (const [id, m] of atlas.mentions) push(['m', id, m]);
	for (const [id, fc] of atlas.layers) {
		const ids = fc.features.map((f) => String(f.id));
		if (fc.features.every((f) => atlas.places.get(String(f.id)) === f)) push(['l', id, { places: ids }]);
		else if (fc.features.every((f) => atlas.incidents.get(String(f.id)) === f)) push(['l', id, { incidents: ids }]);
		else push(['l', id, { fc }]);
	}
	// Last, so a copy cut short anywhere lacks it.
	push(['x', atlas.problems]);
	return out;
}

export function atlasFromLines(lines: Iterable<string>): Atlas {
	const atlas: Atlas = { articles: new Map(), places: new Map(), incidents: new Map(), layers: new Map(), mentions: new Map(), problems: [] };
	const layers: [LayerId, { places: string[] } | { incidents: string[] } | { fc: FeatureCollection }][] = [];
	let whole = false;
	for (const s of lines) {
		if (!s) continue;
		if (whole) throw new Error('lines after the last one');
		const l = JSON.parse(s) as Line;
		if (l[0] === 'a') atlas.articles.set(l[1].id, l[1]);
		else if (l[0] === 'p') atlas.places.set(l[1].id, l[1]);
		else if (l[0] === 'i') atlas.incidents.set(l[1].id, l[1]);
		else if (l[0] === 'm') atlas.mentions.set(l[1], l[2]);
		else if (l[0] === 'l') layers.push([l[1], l[2]]);
		else if (l[0] === 'x') ((atlas.problems = l[1]), (whole = true));
	}
	if (!whole) throw new Error('cut short (no closing line)');
	for (const [id, spec] of layers) {
		const features = 'places' in spec ? spec.places.map((p) => atlas.places.get(p)!) : 'incidents' in spec ? spec.incidents.map((i) => atlas.incidents.get(i)!) : spec.fc.features;
		atlas.layers.set(id, { type: 'FeatureCollection', features: features as FeatureCollection['features'] });
	}
	return atlas;
}
