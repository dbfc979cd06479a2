/**
 * build/MANIFEST.json, written last by `npm run data`: the size and SHA-256 of every artefact and
 * a hash of the inputs it was built from. Whatever reads the build back checks it here first, so a
 * zero-length, truncated or stale file is named, never trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const MANIFEST = 'MANIFEST.json';
/** What the build is made from, relative to the data folder. */
export const INPUTS = ['articles', 'gazetteer.json', 'incidents.json', 'glosses.json', 'reference'];

export interface Manifest {
	inputs: string;
	files: Record<string, { bytes: number; sha256: string }>;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** sha256 over the inputs' relative paths and bytes, in a fixed order. */
export function inputsHash(dir: string): string {
	const h = createHash('sha256');
	const walk = (p: string) => {
		if (!existsSync(p)) return;
		if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
		else h.update(`${relative(dir, p)}\0`).update(readFileSync(p)).update('\0');
	};
	for (const i of INPUTS) walk(join(dir, i));
	return h.digest('hex');
}

export function makeManifest(dataDir: string, out: string): Manifest {
	const files: Manifest['files'] = {};
	for (const n of readdirSync(out).sort()) {
		if (n === MANIFEST) continue;
		const b = readFileSync(join(out, n));
		files[n] = { bytes: b.length, sha256: sha(b) };
	}
	return { inputs: inputsHash(dataDir), files };
}

/** What is wrong with `out` against its manifest (each a sentence naming the file); [] when whole. */
export function verifyBuild(dataDir: string, out: string): string[] {
	const rel = relative(dataDir, out) || out;
	if (!existsSync(out)) return [`${rel}/ is missing: run npm run data`];
	let m: Manifest;
	try {
		m = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'));
		if (!m || typeof m.files !== 'object' || typeof m.inputs !== 'string') throw new Error('not a manifest');
	} catch (e) {
		return [`${rel}/${MANIFEST} is missing or unreadable (${(e as Error).message}): the build is unfinished; run npm run data`];
	}
	const problems: string[] = [];
	for (const [n, want] of Object.entries(m.files)) {
		const p = join(out, n);
		if (!existsSync(p)) {
			problems.push(`${rel}/${n} is missing (the manifest lists it)`);
			continue;
		}
		const b = readFileSync(p);
		if (b.length !== want.bytes) problems.push(`${rel}/${n} has ${b.length} bytes, the manifest says ${want.bytes} (truncated or changed)`);
		else if (sha(b) !== want.sha256) problems.push(`${rel}/${n} does not match its SHA-256 in the manifest (changed or damaged)`);
	}
	for (const n of readdirSync(out)) if (n !== MANIFEST && !(n in m.files)) problems.push(`${rel}/${n} is not in the manifest`);
	if (m.inputs !== inputsHash(dataDir)) problems.push(`${rel}/ was built from other data than the folder now holds (stale): run npm run data`);
	return problems;
}

/** An artefact's bytes, after checking them against the manifest; throws naming what is wrong. */
export function readVerified(dataDir: string, out: string, name: string): Buffer {
	const m = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as Manifest;
	const want = m.files[name];
	const b = readFileSync(join(out, name));
	if (!want) throw new Error(`${name} is not in ${MANIFEST}`);
	if (b.length !== want.bytes || sha(b) !== want.sha256) throw new Error(`${name} does not match ${MANIFEST} (${b.length} of ${want.bytes} bytes)`);
	return b;
}
