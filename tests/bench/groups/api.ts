/**
 * Layer API throughput: requests/s for the 100k incidents layer (compressed, cached, ETag) against
 * sirv serving the same bytes, precompressed, on loopback. autocannon, one after the other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { PORTS, type Ctx } from '../context';
import { entry, sample } from '../metrics';
import { startStatic, type AppServer } from '../servers';

/** Requests per second over `amount` requests on 2 connections (a 100 MB body takes seconds each). */
function cannon(url: string, amount: number): Promise<number> {
	return new Promise((resolve, reject) => {
		autocannon({ url, connections: 2, amount, timeout: 120, headers: { 'accept-encoding': 'gzip' } }, (err, res) =>
			err ? reject(err) : resolve(res.errors || res.non2xx ? NaN : res.requests.total / res.duration)
		);
	});
}

export async function apiGroup(ctx: Ctx, app: AppServer): Promise<void> {
	const path = '/api/layers/incidents';
	const body = Buffer.from(await (await fetch(`${app.url}${path}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
	const dir = join(ctx.work, 'same');
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'incidents.geojson'), body);
	writeFileSync(join(dir, 'incidents.geojson.gz'), gzipSync(body, { level: 6 }));
	const same = await startStatic(PORTS.same, { '/': dir });
	const amount = ctx.quick ? 6 : 12;
	const a: number[] = [];
	const b: number[] = [];
	try {
		await cannon(`${app.url}${path}`, 2);
		for (let i = 0; i < (ctx.quick ? 2 : 3); i++) {
			a.push(await cannon(`${app.url}${path}`, amount));
			b.push(await cannon(`${same.url}/incidents.geojson`, amount));
		}
	} finally {
		same.server.close();
	}
	ctx.results.layer_api_rps_100k = entry(sample(a), 'req/s', sample(b), { kind: 'ratio-min', value: 0.8, text: '≥ 0.8× sirv' }, {
		baseline_name: 'sirv, same bytes',
		note: `${(body.length / 2 ** 20).toFixed(1)} MB uncompressed, asked for with accept-encoding: gzip`
	});
}
