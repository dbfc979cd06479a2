/**
 * Builds the atlas from raw geodata as five pure stages, each with one job:
 *   mentions → excerpts → places → incidents → layers
 * Runs once at start-up (and in `npm run data`); the result is immutable.
 */
import type { FeatureCollection } from 'geojson';
import { ExcerptMaker } from '$lib/corpus/excerpts';
import type { ArticleMention, IncidentFeature, LayerId, PlaceFeature } from '$lib/types';
import type { Problem, RawArticle, RawData } from './load';
import { findMentions } from './stages/mentions';
import { placeExcerpts } from './stages/excerpts';
import { buildPlaces } from './stages/places';
import { buildIncidents } from './stages/incidents';
import { buildLayers } from './stages/layers';

export interface Atlas {
	articles: Map<string, RawArticle>;
	places: Map<string, PlaceFeature>;
	incidents: Map<string, IncidentFeature>;
	layers: Map<LayerId, FeatureCollection>;
	mentions: Map<string, ArticleMention[]>;
	problems: Problem[];
}

export function buildAtlas(raw: RawData): Atlas {
	const articles = new Map(raw.articles.map((a) => [a.id, a]));
	const maker = new ExcerptMaker(articles, raw.glosses);

	const found = findMentions(raw.articles, raw.gazetteer);
	const byPlace = placeExcerpts(found, maker);
	const usedByIncidents = new Set(raw.incidents.flatMap((i) => [...i.place_ids, ...(i.footprint ? [i.footprint] : [])]));
	const placed = buildPlaces(raw.gazetteer.entries, raw.references, byPlace, usedByIncidents);
	const inc = buildIncidents(raw.incidents, placed.places, articles, maker);
	const layerProblems: Problem[] = [];
	const layers = buildLayers(placed.places, inc.incidents, raw.references, layerProblems);

	const mentions = new Map<string, ArticleMention[]>();
	for (const a of raw.articles) {
		const list: ArticleMention[] = (found.get(a.id) ?? []).map((m) => ({ ref: m.ref, kind: 'place', start: m.start, end: m.end, text: m.text }));
		list.push(...(inc.mentions.get(a.id) ?? []));
		mentions.set(a.id, list.sort((x, y) => x.start - y.start || y.end - x.end));
	}
	return { articles, places: placed.places, incidents: inc.incidents, layers, mentions, problems: [...raw.problems, ...placed.problems, ...inc.problems, ...layerProblems] };
}
