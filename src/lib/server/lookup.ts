/**
 * The towns the lookup knows (geodata/lookup/towns.json, written by `npm run towns`), read and
 * indexed once per process on first use; a missing or broken file leaves the lookup with no towns
 * (it still says what the atlas holds) and is logged once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './atlas';
import { readTownsFile } from '$lib/lookup/towns';
import { townIndex } from '$lib/lookup/answer';

let towns: (ReturnType<typeof townIndex> & { source: string }) | null = null;

export function lookupTowns(): ReturnType<typeof townIndex> & { source: string } {
	if (!towns) {
		let json: unknown = null;
		try {
			json = JSON.parse(readFileSync(join(dataDir(), 'lookup', 'towns.json'), 'utf8'));
		} catch (e) {
			console.warn(`[lookup] lookup/towns.json could not be read (${(e as Error).message}): search lookups will name no town`);
		}
		const source = (json as { attribution?: unknown } | null)?.attribution;
		towns = { ...townIndex(readTownsFile(json)), source: typeof source === 'string' ? source : '' };
	}
	return towns;
}
