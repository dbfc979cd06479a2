/**
 * `npm run bench:load [-- --duration 30 --connections 50 --encoding br]`: autocannon on loopback
 * against the built server (`node build`, started here on a free port) — a layer, a place and the
 * page — and against a sirv static server holding the same layer bytes. Prints requests/s, p99
 * latency and errors for each, and the ratio layer API / static. Bounded in time: each target
 * runs `--duration` seconds (default 5). Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createNet } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import sirv from 'sirv';

const arg = (name: string, fallback: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const duration = Number(arg('duration', '5'));
const connections = Number(arg('connections', '50'));
const encoding = arg('encoding', 'identity');
if (!(duration > 0 && duration <= 600) || !(connections > 0 && connections <= 1000)) {
	console.error('bench:load: --duration must be 1–600 seconds and --connections 1–1000');
	process.exit(2);
}
if (!existsSync('build/index.js')) {
	console.error('bench:load: ./build is missing — run `npm run build` first.');
	process.exit(2);
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createNet().listen(0, '127.0.0.1', () => {
			const a = s.address();
			s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
		});
	});
}

interface Run {
	name: string;
	rps: number;
	p99: number;
	errors: number;
}

function load(name: string, url: string): Promise<Run> {
	const headers: Record<string, string> = encoding === 'identity' ? {} : { 'accept-encoding': encoding };
	return new Promise((resolve, reject) => {
		autocannon({ url, connections, duration, headers }, (err, r) => {
			if (err) return reject(err);
			const res = r as unknown as { requests: { average: number }; latency: { p99: number }; errors: number; non2xx: number; timeouts: number };
			resolve({ name, rps: res.requests.average, p99: res.latency.p99, errors: res.errors + res.non2xx + res.timeouts });
		});
	});
}

const appPort = await freePort();
const app = spawn(process.execPath, ['build'], { env: { ...process.env, PORT: String(appPort), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve, reject) => {
	let out = '';
	app.stdout!.on('data', (c) => {
		out += c;
		if (out.includes('Listening on')) resolve();
	});
	app.once('exit', (code) => reject(new Error(`node build exited (${code})`)));
});
const base = `http://127.0.0.1:${appPort}`;
const layer = `${base}/api/layers/places`;
const headers: Record<string, string> = encoding === 'identity' ? {} : { 'accept-encoding': encoding };
const r = await fetch(layer, { headers });
const bytes = Buffer.from(await r.arrayBuffer());
// fetch decodes; the static server gets the same decoded bytes and its own precompressed files.
const dir = mkdtempSync(join(tmpdir(), 'bench-load-'));
writeFileSync(join(dir, 'places.geojson'), bytes);
const { gzipSync, brotliCompressSync } = await import('node:zlib');
writeFileSync(join(dir, 'places.geojson.gz'), gzipSync(bytes, { level: 9 }));
writeFileSync(join(dir, 'places.geojson.br'), brotliCompressSync(bytes));
const staticPort = await freePort();
const serve = sirv(dir, { etag: true, gzip: true, brotli: true, dev: false });
const staticServer = createHttp((req, res) => serve(req, res, () => {
	res.writeHead(404).end();
})).listen(staticPort, '127.0.0.1');

console.log(`bench:load — ${connections} connections, ${duration} s each, Accept-Encoding: ${encoding}; layer body ${bytes.length} bytes`);
const runs: Run[] = [];
try {
	runs.push(await load('layer API  /api/layers/places', layer));
	runs.push(await load('static     sirv, same bytes', `http://127.0.0.1:${staticPort}/places.geojson`));
	runs.push(await load('place API  /api/places/albu-kamal', `${base}/api/places/albu-kamal`));
	runs.push(await load('page       /', `${base}/`));
} finally {
	app.kill('SIGTERM');
	staticServer.close();
	rmSync(dir, { recursive: true, force: true });
}
console.log('\n' + 'target'.padEnd(38) + 'req/s'.padStart(10) + 'p99 ms'.padStart(10) + 'errors'.padStart(10));
for (const x of runs) console.log(x.name.padEnd(38) + x.rps.toFixed(0).padStart(10) + String(x.p99).padStart(10) + String(x.errors).padStart(10));
const ratio = runs[0].rps / runs[1].rps;
console.log(`\nlayer API / static: ${ratio.toFixed(2)}× (target ≥ 0.80); errors: ${runs.reduce((n, x) => n + x.errors, 0)} (target 0)`);
process.exit(0);
