/**
 * An on-disk copy of the built atlas, keyed by a hash of the data directory's bytes and the
 * server build: a restart on unchanged data reads it back instead of re-running extraction
 * (10,000 articles take about a minute to build, seconds to read). One JSON value per line, so no
 * single string grows with the corpus. Any doubt (a different key, a broken file) means rebuild.
 * The copy is written durably (fsync, then rename), and its size and SHA-256 go into
 * `atlas-<key>.sum.json`, written last: a copy that does not match it — zero-length, truncated,
 * changed — is rebuilt with a notice, never served as a smaller atlas.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeDurable } from './durable';
import { join, relative } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Atlas } from './build';
import type { ArticleMention, IncidentFeature, LayerId, PlaceFeature } from '$lib/types';
import type { RawArticle } from './load';

/** Folders of a data directory that are outputs, not inputs. */
const SKIP = new Set(['.cache', 'build', '.journal', '.lock', '.lock-holder.json']);

/** sha256 over every input file's relative path and bytes, in a fixed order. */
export function dataHash(dir: string): string {
	const h = createHash('sha256');
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
			if (SKIP.has(e.name)) continue;
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.isFile()) h.update(`${relative(dir, p)}\0`).update(readFileSync(p)).update('\0');
		}
	};
	walk(dir);
	return h.digest('hex').slice(0, 32);
}

type Line = ['a', RawArticle] | ['p', PlaceFeature] | ['i', IncidentFeature] | ['m', string, ArticleMention[]] | ['l', LayerId, { places: string[] } | { incidents: string[] } | { fc: FeatureCollection }] | ['x', Atlas['problems']];

/** The atlas as lines; layers made of places or incidents are written as their ids. */
export function atlasLines(atlas: Atlas): string[] {
	const out: string[] = [];
	const push = (l: Line) => out.push(JSON.stringify(l));
	for (const a of atlas.articles.values()) push(['a', a]);
	for (const p of atlas.places.values()) push(['p', p]);
	for (const i of atlas.incidents.values()) push(['i', i]);
	for (const [id, m] of atlas.mentions) push(['m', id, m]);
	for (const [id, fc] of atlas.layers) {
		const ids = fc.features.map((f) => String(f.id));
		if (fc.features.every((f) => atlas.places.get(String(f.id)) === f)) push(['l', id, { places: ids }]);
		else if (fc.features.every((f) => atlas.incidents.get(String(f.id)) === f)) push(['l', id, { incidents: ids }]);
		else push(['l', id, { fc }]);
	}
	// Last, so a copy cut short anywhere lacks it.
	push(['x', atlas.problems]);
	return out;
}

export function atlasFromLines(lines: Iterable<string>): Atlas {
	const atlas: Atlas = { articles: new Map(), places: new Map(), incidents: new Map(), layers: new Map(), mentions: new Map(), problems: [] };
	const layers: [LayerId, { places: string[] } | { incidents: string[] } | { fc: FeatureCollection }][] = [];
	let whole = false;
	for (const s of lines) {
		if (!s) continue;
		if (whole) throw new Error('lines after the last one');
		const l = JSON.parse(s) as Line;
		if (l[0] === 'a') atlas.articles.set(l[1].id, l[1]);
		else if (l[0] === 'p') atlas.places.set(l[1].id, l[1]);
		else if (l[0] === 'i') atlas.incidents.set(l[1].id, l[1]);
		else if (l[0] === 'm') atlas.mentions.set(l[1], l[2]);
		else if (l[0] === 'l') layers.push([l[1], l[2]]);
		else if (l[0] === 'x') ((atlas.problems = l[1]), (whole = true));
	}
	if (!whole) throw new Error('cut short (no closing line)');
	for (const [id, spec] of layers) {
		const features = 'places' in spec ? spec.places.map((p) => atlas.places.get(p)!) : 'incidents' in spec ? spec.incidents.map((i) => atlas.incidents.get(i)!) : spec.fc.features;
		atlas.layers.set(id, { type: 'FeatureCollection', features: features as FeatureCollection['features'] });
	}
	return atlas;
}

/**
 * The atlas of `dataDir` from `cacheDir` if a copy with the same key is there, else `build()`'s,
 * then saved (replacing older copies). A cache that cannot be read or written is only a warning.
 */
export function cachedAtlas(dataDir: string, cacheDir: string, codeVersion: string, build: () => Atlas): { atlas: Atlas; hit: boolean } {
	let hash: string;
	try {
		hash = dataHash(dataDir);
	} catch (e) {
		// An unreadable file or folder: no key to trust, so no cache; the build names the problem.
		console.warn(`[atlas] the data cannot all be read (${(e as Error).message}); building without the cache`);
		return { atlas: build(), hit: false };
	}
	const key = createHash('sha256').update(codeVersion).update(hash).digest('hex').slice(0, 24);
	const file = join(cacheDir, `atlas-${key}.jsonl`);
	const sumFile = join(cacheDir, `atlas-${key}.sum.json`);
	if (existsSync(file)) {
		try {
			return { atlas: atlasFromLines(verified(file, sumFile).split('\n')), hit: true };
		} catch (e) {
			console.warn(`[atlas] notice: the cached atlas ${file} is damaged (${(e as Error).message}); rebuilt from the data instead`);
		}
	}
	const atlas = build();
	try {
		mkdirSync(cacheDir, { recursive: true });
		for (const f of readdirSync(cacheDir)) if (/^atlas-.*\.(jsonl|sum\.json)/.test(f)) rmSync(join(cacheDir, f), { force: true });
		const body = Buffer.from(atlasLines(atlas).join('\n'), 'utf8');
		writeDurable(file, body);
		writeDurable(sumFile, JSON.stringify({ bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') }) + '\n');
	} catch (e) {
		console.warn(`[atlas] could not write the cache in ${cacheDir}: ${(e as Error).message}`);
	}
	return { atlas, hit: false };
}

/** The cache file's text, if it has the size and hash its sum file records; else throws saying how it differs. */
function verified(file: string, sumFile: string): string {
	let sum: { bytes: number; sha256: string };
	try {
		sum = JSON.parse(readFileSync(sumFile, 'utf8'));
	} catch {
		throw new Error('no record of its size and hash: it was not finished');
	}
	const body = readFileSync(file);
	if (body.length !== sum.bytes) throw new Error(`${body.length} bytes, ${sum.bytes} written`);
	if (createHash('sha256').update(body).digest('hex') !== sum.sha256) throw new Error('its bytes do not match the hash written with it');
	return body.toString('utf8');
}
