/**
 * The atlas for this server process, shared read-only by every request (it holds no per-user
 * state). With a current served build (`npm run data`, ./served.ts) it is read from the build's
 * stored copy the first time something needs it; otherwise geodata/ is read and built, once.
 * `ATLAS_DATA_DIR` points elsewhere.
 */
import { join, resolve } from 'node:path';
import { buildAtlas, type Atlas } from '../atlas/build';
import { loadRaw } from '../atlas/load';
import { served, servedAtlas } from './served';

let atlas: Atlas | null = null;

export function dataDir(): string {
	return resolve(process.env.ATLAS_DATA_DIR ?? 'geodata');
}

function build(dir: string): Atlas {
	try {
		return buildAtlas(loadRaw(dir));
	} catch (e) {
		// Start-up must not die of one file: serve an empty atlas that names why.
		const raw = loadRaw(join(dir, '\0missing'));
		raw.problems = [{ where: 'atlas', message: `could not be built: ${(e as Error).message}` }];
		return buildAtlas(raw);
	}
}

export function getAtlas(): Atlas {
	if (!atlas) {
		const dir = dataDir();
		const s = served(dir);
		if (s) {
			try {
				atlas = servedAtlas(s);
			} catch (e) {
				// Never read a damaged copy: build from the data, and say how to mend the build.
				console.warn(`[atlas] notice: the served build's atlas is damaged (${(e as Error).message}); built from the data instead — run npm run data`);
			}
		}
		atlas ??= build(dir);
		for (const p of atlas.problems) console.warn(`[atlas] ${p.where}: ${p.message}`);
	}
	return atlas;
}
