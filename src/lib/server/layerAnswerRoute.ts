/**
 * The routes `/api/layers/{id}/list`, `/timeline` and `/facets`: the explore query (and for the
 * list `sort`, `offset`, `limit`) checked as `/api/layers/{id}` checks it, the answer from the
 * files ($lib/server/layerAnswers) or, with DATABASE_URL set, from PostgreSQL (./db/answers),
 * the same JSON either way. A database away is the one 503 body (./db/http).
 */
import type { Feature } from 'geojson';
import type { PoolClient } from 'pg';
import { isLayerId } from '$lib/atlas/catalogue';
import { listPage, type ListPage } from '$lib/explore/listing';
import { QueryError, type ExploreQuery } from '$lib/explore/query';
import type { Atlas } from '../atlas/build';
import { getAtlas } from './atlas';
import { apiError, notFound } from './http';
import { layerParams, layerQuery } from './layerQuery';
import { filesFacets, filesList, filesTimeline } from './layerAnswers';
import { dbFacets, dbList, dbTimeline } from './db/answers';
import { checkNear, dbErrorResponse, DbNotLoaded } from './db/http';
import { hasLayer } from './db/layers';
import { getPool, withClient } from './db/pool';

export type AnswerKind = 'list' | 'timeline' | 'facets';

interface Backend {
	files(atlas: Atlas, layer: string, features: Feature[], q: ExploreQuery, page: ListPage): unknown;
	db(db: PoolClient, layer: string, q: ExploreQuery, page: ListPage): Promise<unknown>;
}

const BACKENDS: Record<AnswerKind, Backend> = {
	list: { files: filesList, db: dbList },
	timeline: { files: (a, l, f, q) => filesTimeline(a, l, f, q), db: (d, l, q) => dbTimeline(d, l, q) },
	facets: { files: (a, l, f, q) => filesFacets(a, l, f, q), db: (d, l, q) => dbFacets(d, l, q) }
};

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' } });

export async function layerAnswerRoute(kind: AnswerKind, { params, url }: { params: { id: string }; url: URL }): Promise<Response> {
	const id = params.id;
	const useDb = !!getPool();
	if (!isLayerId(id) && !(useDb && id === 'acled')) return notFound('layer', id);
	const b = BACKENDS[kind];
	try {
		// Only the list reads sort/offset/limit; elsewhere they are ignored as page-only parameters are.
		const page = kind === 'list' ? listPage(url.searchParams) : { sort: 'date' as const, offset: 0, limit: 0 };
		if (!useDb) {
			const atlas = getAtlas();
			const q = layerQuery(url.searchParams, atlas);
			const fc = atlas.layers.get(id as never);
			if (!fc) return notFound('layer', id);
			return json(b.files(atlas, id, fc.features, q, page));
		}
		const q = layerParams(url.searchParams);
		const body = await withClient(async (db) => {
			await checkNear(db, q);
			if (!(await hasLayer(db, id))) return null;
			// One snapshot for the several queries of an answer: a load swapped in between cannot mix two versions.
			await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
			try {
				return await b.db(db, id, q, page);
			} finally {
				await db.query('COMMIT').catch(() => {});
			}
		});
		if (body === null) return id === 'acled' ? notFound('layer', id) : dbErrorResponse(new DbNotLoaded(id))!;
		return json(body);
	} catch (e) {
		if (e instanceof QueryError) return apiError(400, e.code, e.message);
		return dbErrorResponse(e) ?? Promise.reject(e);
	}
}
