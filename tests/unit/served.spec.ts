/**
 * The served build (tools/lib/served.ts writes it, src/lib/server/node/served.js sends it): on the
 * fixture corpus, every stored answer is the route's body byte for byte, compressed copies decode
 * to it, files are named by their hash, a stale or damaged build is named as such, and the server
 * sends the files with the app's own headers — and refuses a damaged one rather than send it.
 */
import { appendFileSync, readdirSync, readFileSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/atlas/build';
import { loadRaw } from '../../src/lib/atlas/load';
import { SERVED_FORMAT as WIRE_FORMAT, ServedManifestSchema, type ServedManifest } from '../../src/lib/model/wire';
import { unfilteredAnswers } from '../../src/lib/server/answers';
import { prepare, respond } from '../../src/lib/server/cache';
import { readServed, SERVED_FORMAT, servedAnswers } from '../../src/lib/server/node/served.js';
import { servedState, writeServed } from '../../tools/lib/served';
import { fixtureDataDir, removeDir } from './fixture-corpus';
import { errorOf, start, type Running } from './server/harness';

const dir = fixtureDataDir();
afterAll(() => removeDir(dir));
const atlas = buildAtlas(loadRaw(dir));
const answers = [...unfilteredAnswers(atlas)];
const written = writeServed(dir, atlas);
const manifestOf = (): ServedManifest => JSON.parse(readFileSync(join(written.dir, 'MANIFEST.json'), 'utf8'));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('the served build', () => {
	it('stores every unfiltered answer, byte for byte, with compressed copies that decode to it', () => {
		expect.hasAssertions();
		const m = manifestOf();
		expect(v.is(ServedManifestSchema, m)).toBe(true);
		expect(SERVED_FORMAT).toBe(WIRE_FORMAT);
		expect(Object.keys(m.answers).sort()).toEqual(answers.map((a) => a.path).sort());
		for (const p of ['/api/layers', '/api/status', '/api/search-index', '/api/layers/places', '/api/map/incidents']) expect(m.answers[p], p).toBeDefined();
		for (const id of atlas.places.keys()) expect(m.answers[`/api/places/${encodeURIComponent(id)}`], id).toBeDefined();
		for (const a of answers) {
			const entry = m.answers[a.path];
			const identity = readFileSync(join(written.dir, entry.identity.file));
			expect(identity.toString('utf8'), a.path).toBe(a.body);
			expect(entry.type).toBe(a.type);
			expect(entry.identity.file.startsWith(sha(identity).slice(0, 24)), a.path).toBe(true);
			if (entry.br) expect(brotliDecompressSync(readFileSync(join(written.dir, entry.br.file))).equals(identity), a.path).toBe(true);
			if (entry.gzip) expect(gunzipSync(readFileSync(join(written.dir, entry.gzip.file))).equals(identity), a.path).toBe(true);
			expect(entry.etag).toBe(prepare(a.body, a.type, false).etag);
		}
		// Large answers are precompressed (small ones are not worth it, as for the routes).
		expect(m.answers['/api/layers/places'].br).toBeDefined();
	});

	it('is current until the data changes, and names a damaged file', () => {
		expect(servedState(dir).current).toBe(true);
		expect('problem' in readServed(dir)).toBe(false);
		const file = join(written.dir, manifestOf().answers['/api/layers/places'].identity.file);
		const bytes = readFileSync(file);
		truncateSync(file, bytes.length - 10);
		expect(servedState(dir)).toMatchObject({ current: false, why: expect.stringMatching(/damaged: .* has \d+ bytes, the manifest says \d+/) });
		writeFileSync(file, bytes);
		expect(servedState(dir).current).toBe(true);
		const glosses = join(dir, 'glosses.json');
		const before = readFileSync(glosses);
		appendFileSync(glosses, '\n');
		expect(servedState(dir)).toMatchObject({ current: false, why: 'the data changed since it was built' });
		expect(readServed(dir)).toEqual({ problem: expect.stringMatching(/was built from other data .* \(stale\)/) });
		writeFileSync(glosses, before);
		// Same bytes, new time: the content says current; the server's cheap signature says stale until re-recorded.
		utimesSync(glosses, new Date(), new Date(Date.now() + 5000));
		expect(servedState(dir).current).toBe(true);
		writeServed(dir, atlas);
		expect('problem' in readServed(dir)).toBe(false);
	});

	it('keeps only the files its manifest names, and rewrites a damaged one', () => {
		writeFileSync(join(written.dir, '0123456789abcdef01234567.json'), 'left over');
		const file = join(written.dir, manifestOf().atlas.file);
		writeFileSync(file, 'broken');
		writeServed(dir, atlas);
		const m = manifestOf();
		const named = new Set([m.atlas.file, ...Object.values(m.answers).flatMap((a) => [a.identity.file, a.br?.file, a.gzip?.file])]);
		expect(readdirSync(written.dir).filter((n) => n !== 'MANIFEST.json' && !named.has(n))).toEqual([]);
		expect(servedState(dir).current).toBe(true);
	});
});

describe('the server sends the served build', () => {
	let server: Running;
	const warnings: string[] = [];
	beforeAll(async () => {
		// The app stands in for the routes: the same body through $lib/server/cache `respond`.
		const app = (request: Request) => {
			const a = answers.find((x) => x.path === new URL(request.url).pathname);
			return a ? respond(request, prepare(a.body, a.type)) : Response.json({ error: { code: 'not_found', message: 'app' } }, { status: 404 });
		};
		server = await start(app, { served: servedAnswers(dir, { warn: (m) => warnings.push(m) }) });
	});
	afterAll(() => server.close());
	const headerSet = (h: string[]) => [...h].sort();

	it('answers as the app does: same bytes and headers, 304 on its ETag, HEAD without a body', async () => {
		for (const path of ['/api/layers/places', '/api/map/places', '/api/status']) {
			for (const accept of ['identity', 'gzip', 'gzip, deflate, br']) {
				const calls = server.appCalls;
				const file = await server.get(path, { 'accept-encoding': accept });
				expect(server.appCalls, path).toBe(calls);
				const app = await server.get(`${path}?`, { 'accept-encoding': accept });
				expect(server.appCalls).toBe(calls + 1);
				expect(file.status).toBe(200);
				expect(file.body.equals(app.body), `${path} ${accept}`).toBe(true);
				expect(headerSet(file.head), `${path} ${accept}`).toEqual(headerSet(app.head));
				const head = await server.get(path, { 'accept-encoding': accept }, 'HEAD');
				expect(head.body.length).toBe(0);
				expect(headerSet(head.head)).toEqual(headerSet(file.head));
				const again = await server.get(path, { 'accept-encoding': accept, 'if-none-match': String(file.headers.etag) });
				const againApp = await server.get(`${path}?`, { 'accept-encoding': accept, 'if-none-match': String(file.headers.etag) });
				expect([again.status, againApp.status]).toEqual([304, 304]);
				expect(headerSet(again.head)).toEqual(headerSet(againApp.head));
			}
		}
	});

	it('refuses a damaged file with a JSON 503 saying how to mend it, and never sends its bytes', async () => {
		const entry = manifestOf().answers['/api/layers/lines'];
		const file = join(written.dir, entry.identity.file);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/"/, "'"));
		const r = await server.get('/api/layers/lines', { 'accept-encoding': 'identity' });
		expect(r.status).toBe(503);
		expect(errorOf(r.text)).toEqual({ code: 'damaged_build', message: expect.stringContaining('npm run data') });
		expect(warnings.join('\n')).toMatch(/refused: .* does not match its SHA-256/);
	});
});
