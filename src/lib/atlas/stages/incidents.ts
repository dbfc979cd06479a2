/**
 * Stage 4, incidents: each reviewed incident drawn at its footprint (or its first place's point),
 * its quotes checked verbatim and made excerpts, its computed day range and anchor.
 */
import * as turf from '@turf/turf';
import { polygonLabelPoint } from '$lib/geo/pole';
import { isRegionOnly } from '$lib/model/precision';
import { firstDay, lastDay } from '$lib/corpus/dates';
import type { ExcerptMaker } from '$lib/corpus/excerpts';
import { sourcesOf } from '$lib/corpus/outlets';
import type { ArticleMeta } from '$lib/schema/article';
import type { IncidentRecord } from '$lib/schema/incidents';
import type { Problem } from '$lib/schema/parse';
import type { ArticleMention, Excerpt, IncidentFeature, IncidentProperties, PlaceFeature } from '$lib/types';

export function buildIncidents(
	records: readonly IncidentRecord[],
	places: ReadonlyMap<string, PlaceFeature>,
	texts: ReadonlyMap<string, { text: string; meta?: ArticleMeta }>,
	maker: ExcerptMaker
): { incidents: Map<string, IncidentFeature>; mentions: Map<string, ArticleMention[]>; problems: Problem[] } {
	const problems: Problem[] = [];
	const incidents = new Map<string, IncidentFeature>();
	const mentions = new Map<string, ArticleMention[]>();
	const poles = new Map<string, number[] | null>();
	for (const r of records) {
		const where = `incidents/${r.id}`;
		const footprintPlace = r.footprint ? places.get(r.footprint) : places.get(r.place_ids[0]);
		const missing = [...r.place_ids, ...(r.footprint ? [r.footprint] : [])].filter((p) => !places.has(p));
		if (missing.length) problems.push({ where, message: `unknown place id(s): ${missing.join(', ')}` });
		if (!footprintPlace?.geometry) {
			problems.push({ where, message: 'no geometry to place the incident; left off the map' });
			continue;
		}
		const ex: Excerpt[] = [];
		for (const q of r.excerpts) {
			const text = texts.get(q.article)?.text;
			if (text === undefined || text.slice(q.start, q.end) !== q.text) {
				problems.push({ where, message: `excerpt is not verbatim at ${q.article} [${q.start}, ${q.end}); dropped` });
				continue;
			}
			const e = maker.make(q.article, q.start, q.end, r.id);
			if (e) ex.push(e);
			const list = mentions.get(q.article) ?? [];
			list.push({ ref: r.id, kind: 'incident', start: q.start, end: q.end, text: q.text });
			mentions.set(q.article, list);
		}
		const geometry = footprintPlace.geometry;
		// A region-only incident is anchored where the region's own label sits (its pole, as the areas
		// layer labels it): its count is drawn on that label, never as a point of its own.
		const region = isRegionOnly(r) ? poles.get(footprintPlace.id) ?? poles.set(footprintPlace.id, polygonLabelPoint(geometry)).get(footprintPlace.id) : null;
		const anchor = geometry.type === 'Point' ? geometry.coordinates : (region ?? turf.pointOnFeature(turf.feature(geometry)).geometry.coordinates);
		const { excerpts: _q, footprint: _f, ...rest } = r;
		// Its sources: the outlets and relayed agencies of the articles its verbatim excerpts come from.
		const sources = sourcesOf([...new Set(ex.map((e) => e.article))].map((a) => texts.get(a)?.meta));
		const props: IncidentProperties = {
			...rest,
			name_en: r.title_en,
			title_ar: r.title_ar ?? null,
			name_ar: footprintPlace.properties.name_ar,
			kind: r.type,
			date_from: firstDay(r.date),
			date_to: lastDay(r.date_end ?? r.date),
			anchor_lon: Math.round(anchor[0] * 1e6) / 1e6,
			anchor_lat: Math.round(anchor[1] * 1e6) / 1e6,
			radius_km: r.geo_precision === 2 ? (footprintPlace.properties.precision_km ?? null) : null,
			footprint_id: footprintPlace.id,
			sources,
			// At least one: an excerpt's article reports it even when its outlet is not known.
			source_count: Math.max(sources.length, ex.length ? 1 : 0),
			footprint_name_en: footprintPlace.properties.name_en,
			footprint_kind: footprintPlace.properties.kind ?? null,
			excerpts: ex
		};
		incidents.set(r.id, { type: 'Feature', id: r.id, geometry, properties: props });
	}
	return { incidents, mentions, problems };
}
