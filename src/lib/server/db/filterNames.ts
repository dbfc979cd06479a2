/**
 * The filter values in words, from the database: what `$lib/server/filterNames` gives the files
 * backend from the atlas, so a filtered export's `metadata.filters_text` is the same from both.
 * Reads only the rows the query names (an article, one feature per actor/outlet id, the near target).
 */
import type { Feature } from 'geojson';
import type { PoolClient } from 'pg';
import { facetValues } from '$lib/explore/facets';
import type { ExploreQuery } from '$lib/explore/query';
import { sourceLine } from '$lib/corpus/excerpts';
import type { ArticleMeta } from '$lib/schema/article';
import { articleLabel } from '$lib/ui/articleLabel';
import { outletName, shownName } from '$lib/ui/names';
import { schemaOf } from './where';

export async function dbFilterNames(db: PoolClient, layer: string, q: ExploreQuery): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	const s = schemaOf(layer);
	if (q.article?.length) {
		const r = await db.query(`SELECT id, meta FROM ${s}.articles WHERE id = ANY($1)`, [q.article]);
		for (const row of r.rows) out[`article:${row.id}`] = articleLabel(sourceLine(row.meta as ArticleMeta), 'en');
	}
	for (const [key, column] of [
		['actor', 'actor_ids'],
		['outlet', 'outlet_ids']
	] as const) {
		for (const id of q[key] ?? []) {
			// The first feature (in layer order) that carries the id labels it, as the atlas walk does.
			const r = await db.query(`SELECT feature FROM ${s}.features WHERE ${column} @> ARRAY[$1]::text[] ORDER BY layer, ord LIMIT 1`, [id]);
			const f = r.rows[0]?.feature as Feature | undefined;
			const label = f && facetValues(f, key).find(([v]) => v === id)?.[1];
			if (label) out[`${key}:${id}`] = key === 'outlet' ? outletName(label, 'en') : label;
		}
	}
	if (q.near) {
		const r = await db.query(`SELECT props FROM atlas.features WHERE id = $1 AND NOT is_event AND layer IN ('places', 'areas', 'lines') LIMIT 1`, [q.near.target]);
		const p = r.rows[0]?.props;
		if (p) out[`near:${q.near.target}`] = shownName(p, false);
	}
	return out;
}
