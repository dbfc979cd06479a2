/**
 * The served build: `npm run data` writes into `<data dir>/served/` every answer the API gives to a
 * request without a query string ($lib/server/answers: the layer list, the status, the article
 * list, the search index, each layer's full RFC 7946 export and map model, every place, incident
 * and article body), and the atlas itself (for the filtered answers), each as a file named by its
 * content hash with its .br and .gz beside it, listed in MANIFEST.json ($lib/model/wire).
 *
 * Durable as the rest of the data (issue 20): every file is fsynced, the manifest is written last
 * and atomically, so a reader sees the old build or the new one; files no manifest names are
 * removed only after it. A file already there under its hash is kept only if its bytes still match.
 *
 * `servedState` says whether the folder is current (same inputs by content, same code, every file
 * whole) — `npm run serve` rebuilds it only when not.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Atlas } from '../../src/lib/atlas/build';
import { inputsHash } from '../../src/lib/atlas/manifest';
import { atlasLines } from '../../src/lib/atlas/serialise';
import { fsyncDir, writeDurable, writeSynced } from '../../src/lib/atlas/durable';
import { SERVED_FORMAT, ServedManifestSchema, type ServedAnswer, type ServedManifest, type StoredFile } from '../../src/lib/model/wire';
import { unfilteredAnswers } from '../../src/lib/server/answers';
import { prepare } from '../../src/lib/server/cache';
import { inputsSignature, SERVED_DIR, SERVED_MANIFEST, verifiedBytes } from '../../src/lib/server/node/served.js';
import * as v from 'valibot';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The code the answers are made by: a new checkout with other code makes the build stale. */
export function codeHash(root = resolve(import.meta.dirname, '../..')): string {
	const h = createHash('sha256');
	const walk = (rel: string) => {
		const p = join(root, rel);
		if (statSync(p).isDirectory()) {
			for (const n of readdirSync(p).sort()) if (n !== 'paraglide' && !n.startsWith('.')) walk(`${rel}/${n}`);
		} else if (/\.(ts|js)$/.test(rel) && !/\.spec\.ts$/.test(rel)) h.update(`${rel}\0`).update(readFileSync(p)).update('\0');
	};
	for (const d of ['src/lib', 'tools/lib']) walk(d);
	return h.digest('hex');
}

/** Writes the served build of `atlas` (built from `dataDir`); returns how many answers and bytes. */
export function writeServed(dataDir: string, atlas: Atlas): { dir: string; answers: number; bytes: number } {
	const dir = join(dataDir, SERVED_DIR);
	mkdirSync(dir, { recursive: true });
	const keep = new Set<string>();
	let bytes = 0;
	const store = (body: Uint8Array, ext: string): StoredFile => {
		const hash = sha256(body);
		const stored = { file: `${hash.slice(0, 24)}.${ext}`, bytes: body.length, sha256: hash };
		if (!keep.has(stored.file)) {
			keep.add(stored.file);
			bytes += body.length;
			let whole = false;
			try {
				whole = existsSync(join(dir, stored.file)) && !!verifiedBytes(dir, stored);
			} catch {
				// damaged: written again below
			}
			if (!whole) writeSynced(join(dir, stored.file), Buffer.from(body.buffer, body.byteOffset, body.length));
		}
		return stored;
	};
	// An answer whose bytes the last build stored already keeps its compressed copies: brotli at
	// full strength is most of the time of a build, and reference layers rarely change.
	const before = new Map<string, ServedAnswer>();
	try {
		const old = JSON.parse(readFileSync(join(dir, SERVED_MANIFEST), 'utf8')) as ServedManifest;
		for (const a of Object.values(old.answers ?? {})) before.set(`${a.type}\0${a.identity.sha256}`, a);
	} catch {
		// no previous build (or an unreadable one): everything is compressed anew
	}
	const reuse = (type: string, identity: Buffer): ServedAnswer | null => {
		const old = before.get(`${type}\0${sha256(identity)}`);
		if (!old) return null;
		try {
			for (const f of [old.identity, old.br, old.gzip]) if (f) verifiedBytes(dir, f);
		} catch {
			return null;
		}
		for (const f of [old.identity, old.br, old.gzip]) if (f) (keep.add(f.file), (bytes += f.bytes));
		return old;
	};
	const answers: Record<string, ServedAnswer> = {};
	for (const a of unfilteredAnswers(atlas)) {
		const kept = reuse(a.type, Buffer.from(a.body, 'utf8'));
		if (kept) {
			answers[a.path] = kept;
			continue;
		}
		const rep = prepare(a.body, a.type);
		const ext = a.type === 'application/geo+json' ? 'geojson' : 'json';
		answers[a.path] = {
			type: rep.type,
			etag: rep.etag,
			identity: store(rep.identity, ext),
			...(rep.br ? { br: store(rep.br, `${ext}.br`) } : {}),
			...(rep.gzip ? { gzip: store(rep.gzip, `${ext}.gz`) } : {})
		};
	}
	const manifest: ServedManifest = {
		format: SERVED_FORMAT,
		inputs: inputsHash(dataDir),
		signature: inputsSignature(dataDir),
		code: codeHash(),
		atlas: store(Buffer.from(atlasLines(atlas).join('\n'), 'utf8'), 'jsonl'),
		answers
	};
	fsyncDir(dir);
	writeDurable(join(dir, SERVED_MANIFEST), JSON.stringify(manifest));
	for (const n of readdirSync(dir)) if (n !== SERVED_MANIFEST && !keep.has(n)) rmSync(join(dir, n), { force: true });
	return { dir, answers: Object.keys(answers).length, bytes };
}

export type ServedState = { current: true; manifest: ServedManifest } | { current: false; why: string; manifest?: ServedManifest };

/**
 * Whether `<dataDir>/served/` is current: a manifest of this format, made by this code from the
 * inputs the folder holds now (by content), every file it lists whole. Reads every file: for the
 * serve command and `--check`, not for the server's start-up.
 */
export function servedState(dataDir: string): ServedState {
	const dir = join(dataDir, SERVED_DIR);
	let manifest: ServedManifest;
	try {
		const parsed = v.safeParse(ServedManifestSchema, JSON.parse(readFileSync(join(dir, SERVED_MANIFEST), 'utf8')));
		if (!parsed.success) return { current: false, why: `${dir}/${SERVED_MANIFEST} is not a manifest of format ${SERVED_FORMAT}` };
		manifest = parsed.output;
	} catch (e) {
		return { current: false, why: existsSync(dir) ? `${dir}/${SERVED_MANIFEST} cannot be read (${(e as Error).message})` : `there is no served build (${dir})` };
	}
	if (manifest.inputs !== inputsHash(dataDir)) return { current: false, why: 'the data changed since it was built', manifest };
	if (manifest.code !== codeHash()) return { current: false, why: 'the code changed since it was built', manifest };
	const files = [manifest.atlas, ...Object.values(manifest.answers).flatMap((a) => [a.identity, a.br, a.gzip])];
	for (const f of files) {
		if (!f) continue;
		try {
			verifiedBytes(dir, f);
		} catch (e) {
			return { current: false, why: `it is damaged: ${(e as Error).message}`, manifest };
		}
	}
	return { current: true, manifest };
}

/** Re-records the inputs' signature (same content, new times: a fresh checkout) without rebuilding. */
export function resign(dataDir: string, manifest: ServedManifest): boolean {
	const signature = inputsSignature(dataDir);
	if (manifest.signature === signature) return false;
	writeDurable(join(dataDir, SERVED_DIR, SERVED_MANIFEST), JSON.stringify({ ...manifest, signature }));
	return true;
}
