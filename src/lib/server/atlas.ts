/**
 * The atlas for this server process: geodata/ read and built once, on first use, then shared
 * read-only by every request (it holds no per-user state). `ATLAS_DATA_DIR` points elsewhere.
 */
import { resolve } from 'node:path';
import { buildAtlas, type Atlas } from './build';
import { loadRaw } from './load';

let atlas: Atlas | null = null;

export function dataDir(): string {
	return resolve(process.env.ATLAS_DATA_DIR ?? 'geodata');
}

export function getAtlas(): Atlas {
	if (!atlas) {
		atlas = buildAtlas(loadRaw(dataDir()));
		for (const p of atlas.problems) console.warn(`[atlas] ${p.where}: ${p.message}`);
	}
	return atlas;
}
