import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { getAtlas } from '$lib/server/atlas';
import { isLayerId } from '$lib/server/catalogue';
import { notFound } from '$lib/server/http';
import { mapModel } from '$lib/server/mapModel';
import type { RequestHandler } from './$types';

// Serialised and compressed once per data version (the atlas object). To be replaced by the
// shared serialise-once helper of $lib/server when it lands.
const bodies = new WeakMap<object, Map<string, { raw: Buffer; gz: Buffer; etag: string }>>();

/** The light map model of one layer ($lib/server/mapModel): what the map draws, no excerpts. */
export const GET: RequestHandler = ({ params, request }) => {
	if (!isLayerId(params.id)) return notFound('layer', params.id);
	const atlas = getAtlas();
	const fc = atlas.layers.get(params.id);
	if (!fc) return notFound('layer', params.id);
	let memo = bodies.get(atlas);
	if (!memo) bodies.set(atlas, (memo = new Map()));
	let b = memo.get(params.id);
	if (!b) {
		const raw = Buffer.from(JSON.stringify(mapModel(fc)));
		b = { raw, gz: gzipSync(raw, { level: 6 }), etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"` };
		memo.set(params.id, b);
	}
	const gz = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	const headers: Record<string, string> = { 'content-type': 'application/geo+json', 'cache-control': 'no-cache', etag: b.etag, vary: 'Accept-Encoding' };
	if (request.headers.get('if-none-match') === b.etag) return new Response(null, { status: 304, headers });
	if (gz) headers['content-encoding'] = 'gzip';
	return new Response(new Uint8Array(gz ? b.gz : b.raw), { headers });
};
