/**
 * Writes geodata/build/incident-drafts.json and .md (called by `npm run data`). A broken
 * rejections file is a data problem: no drafts are written rather than rejected ones proposed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceRecord } from '$lib/corpus/records';
import type { Atlas } from '../../src/lib/atlas/build';
import type { RawData } from '../../src/lib/atlas/load';
import { draftCorpus, draftsJson, DraftsError, DRAFTS_FILE, readRejections, type CorpusDrafts } from './drafts';
import { draftsMarkdown } from './drafts-md';

export function writeDrafts(dir: string, raw: RawData, atlas: Atlas, records: PlaceRecord[], out: string): CorpusDrafts | { problem: string } {
	let rejections;
	try {
		rejections = readRejections(dir);
	} catch (e) {
		if (e instanceof DraftsError) return { problem: `${e.message}; no incident drafts written` };
		throw e;
	}
	const c = draftCorpus({ raw, atlas, records, rejections });
	writeFileSync(join(out, `${DRAFTS_FILE}.json`), draftsJson(c));
	writeFileSync(join(out, `${DRAFTS_FILE}.md`), draftsMarkdown(c));
	return c;
}
