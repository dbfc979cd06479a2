/**
 * The incident drafter on long texts: milliseconds per word for the shipped articles joined into one
 * long text against the same articles drafted one by one. Drafting scans each article once per phrase
 * list, so its cost should grow with the words, not with their square (an article of 860 words once
 * took 14 times as long as one of 216).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRaw } from '../../../src/lib/atlas/load';
import { buildPlaces } from '../../../src/lib/atlas/stages/places';
import { candidateRecords } from '../../../src/lib/atlas/candidates';
import { geographyFrom } from '../../../src/lib/corpus/events/geography';
import { draftIncidents } from '../../../src/lib/corpus/events/extract';
import { interleave, type Ctx } from '../context';
import { entry, sample } from '../metrics';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

export async function draftsGroup(ctx: Ctx): Promise<void> {
	const raw = loadRaw(ctx.dirs.seed);
	const dir = join(ctx.dirs.seed, 'articles');
	const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
	const long = texts.join('\n');
	const { places } = buildPlaces(raw.gazetteer.entries, raw.references, new Map(), new Set());
	const geo = geographyFrom(raw.gazetteer.entries, places, raw.gazetteer.stop_phrases, candidateRecords(raw.references, texts));
	const perWord: Record<'apart' | 'joined', number[]> = { apart: [], joined: [] };
	await interleave(ctx.runs, ['apart', 'joined'] as const, async (v, i) => {
		const t0 = performance.now();
		if (v === 'apart') texts.forEach((text, n) => draftIncidents({ id: `a${n}`, text, date: '2026-01-01' }, geo));
		else draftIncidents({ id: 'joined', text: long, date: '2026-01-01' }, geo);
		if (i >= 0) perWord[v].push((performance.now() - t0) / words(long));
	});
	ctx.results.drafts_long_text = entry(sample(perWord.joined), 'ms/word', sample(perWord.apart), { kind: 'ratio', value: 1.5, text: '≤ 1.5×: linear in the words' }, {
		baseline_name: `the ${texts.length} articles drafted one by one`,
		note: `${texts.length} shipped articles (${words(long)} words) joined into one text`
	});
}
