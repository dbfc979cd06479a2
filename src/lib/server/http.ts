/** JSON errors and query parsing for the API: bad input is a 400 or 404 with a readable message. */
import { json } from '@sveltejs/kit';
import { isIsoDay } from '$lib/corpus/dates';
import type { LayerQuery } from '$lib/geo/filter';

export class BadRequest extends Error {
	constructor(
		readonly code: string,
		message: string
	) {
		super(message);
	}
}

export function apiError(status: 400 | 404 | 405 | 500, code: string, message: string): Response {
	return json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } });
}

export function notFound(what: string, id: string): Response {
	return apiError(404, `unknown_${what}`, `No ${what} with id "${id}".`);
}

/** `from`, `to` (ISO days, inclusive) and `bbox=w,s,e,n`; throws BadRequest on anything malformed. */
export function parseLayerQuery(params: URLSearchParams): LayerQuery {
	const q: LayerQuery = {};
	for (const key of ['from', 'to'] as const) {
		const v = params.get(key);
		if (v === null) continue;
		if (!isIsoDay(v)) throw new BadRequest('bad_date', `"${key}" must be a calendar date as YYYY-MM-DD, got "${v}".`);
		q[key] = v;
	}
	if (q.from && q.to && q.from > q.to) throw new BadRequest('bad_date_range', `"from" (${q.from}) is after "to" (${q.to}).`);
	const bbox = params.get('bbox');
	if (bbox !== null) {
		const parts = bbox.split(',');
		const n = parts.map((s) => (s.trim() === '' ? NaN : Number(s)));
		if (n.length !== 4 || !n.every(Number.isFinite))
			throw new BadRequest('bad_bbox', `"bbox" must be four numbers w,s,e,n, got "${bbox}".`);
		const [w, s, e, nn] = n;
		if (w < -180 || e > 180 || s < -90 || nn > 90) throw new BadRequest('bad_bbox', '"bbox" is outside longitude -180..180 / latitude -90..90.');
		if (w > e || s > nn) throw new BadRequest('bad_bbox', '"bbox" must have west <= east and south <= north.');
		q.bbox = [w, s, e, nn];
	}
	const dl = params.get('download');
	if (dl !== null && !['1', '0', 'true', 'false', ''].includes(dl))
		throw new BadRequest('bad_download', `"download" must be 1 or 0, got "${dl}".`);
	return q;
}

export function wantsDownload(params: URLSearchParams): boolean {
	const dl = params.get('download');
	return dl === '1' || dl === 'true' || dl === '';
}
