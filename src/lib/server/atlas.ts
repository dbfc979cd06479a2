/**
 * The atlas for this server process: geodata/ read and built once, on first use, then shared
 * read-only by every request (it holds no per-user state). `ATLAS_DATA_DIR` points elsewhere.
 * The production server keeps a copy of the built atlas in `<data dir>/.cache` (or
 * `ATLAS_CACHE_DIR`), keyed by the data's hash and the build, so a restart on the same data skips
 * extraction; `ATLAS_CACHE=0` turns that off.
 */
import { join, resolve } from 'node:path';
import { building, dev, version } from '$app/environment';
import { buildAtlas, type Atlas } from '../atlas/build';
import { loadRaw } from '../atlas/load';
import { cachedAtlas } from '../atlas/atlasCache';
import { dataVersion } from './cache';

let atlas: Atlas | null = null;

export function dataDir(): string {
	return resolve(process.env.ATLAS_DATA_DIR ?? 'geodata');
}

export function getAtlas(): Atlas {
	if (!atlas) {
		const dir = dataDir();
		const build = () => {
			try {
				return buildAtlas(loadRaw(dir));
			} catch (e) {
				// Start-up must not die of one file: serve an empty atlas that names why.
				const raw = loadRaw(join(dir, '\0missing'));
				raw.problems = [{ where: 'atlas', message: `could not be built: ${(e as Error).message}` }];
				return buildAtlas(raw);
			}
		};
		// Only a production build has a version that changes with the code.
		const useCache = !dev && !building && process.env.ATLAS_CACHE !== '0';
		atlas = useCache ? cachedAtlas(dir, resolve(process.env.ATLAS_CACHE_DIR ?? join(dir, '.cache')), version, build).atlas : build();
		for (const p of atlas.problems) console.warn(`[atlas] ${p.where}: ${p.message}`);
		// Answers cached for another atlas may no longer be served by the server's fast path.
		dataVersion(atlas);
	}
	return atlas;
}
