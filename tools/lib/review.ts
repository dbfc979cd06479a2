/**
 * The short review list `npm run add` prints for new articles: the drafted metadata and what to
 * check in it, new mentions by place, sentences needing an English gloss, and place candidates.
 */
import { PROPOSE_AT, type Candidate, type CandidateReport } from '$lib/corpus/candidates';
import { glossKey } from '$lib/corpus/excerpts';
import { reviewNotes } from '$lib/corpus/draft';
import type { ArticleMeta } from '$lib/schema/article';
import type { Atlas } from '../../src/lib/atlas/build';
import type { Draft } from '$lib/corpus/events/schema';

export interface ReviewInput {
	added: { id: string; path: string; sha256: string; meta: ArticleMeta; metaFrom: 'draft' | 'file' }[];
	atlas: Pick<Atlas, 'mentions' | 'places' | 'incidents'>;
	glosses: Record<string, string>;
	candidates: CandidateReport;
	/** build/incident-drafts.json as `npm run data` wrote it (null when it could not). */
	drafts?: readonly Draft[] | null;
}

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n)}…` : s);

function metaLines(meta: ArticleMeta): string[] {
	const out: string[] = [];
	for (const [k, f] of Object.entries(meta)) {
		if (!f || typeof f !== 'object' || !('value' in f) || f.value === null) continue;
		const ev = f.evidence.map((e) => `«${short(e.text, 50)}»`).join(', ');
		out.push(`    ${k}: ${f.value}${'precision' in f ? ` (${f.precision})` : ''} ← ${ev}`);
	}
	return out;
}

/** A draft in a few lines: its title, where each field came from, the commands. */
function draftLines(d: Draft): string[] {
	const date = d.date.from === null ? 'date unknown' : d.date.from === d.date.to ? d.date.from : `${d.date.from}…${d.date.to}`;
	const place = d.place ? `${d.place.id ?? `GeoNames ${d.place.geonameid} (${d.place.name_en})`}, precision ${d.place.geo_precision} ← «${short(d.place.evidence.text, 40)}»` : 'no place';
	const out = [
		`    ${d.id} (confidence ${d.confidence}): ${d.title_en}`,
		`      «${short(d.evidence.text)}»`,
		`      ${d.type} ← «${d.type_evidence.text}» · ${date} (${d.date.precision})${d.date.evidence ? ` ← «${d.date.evidence.text}»` : ''} · ${place}`
	];
	if (d.date.from === null) out.push(`      no date: ${d.date.note ?? 'set it'} (npm run incident -- accept ${d.id} --date YYYY-MM-DD)`);
	if (d.same_as.length) out.push(`      same event as ${d.same_as.join(', ')}: accept one, then add the other to it with --same-as (npm run incident -- accept ${d.id} --same-as ${d.same_as[0]})`);
	out.push(`      npm run incident -- accept ${d.id}   |   npm run incident -- reject ${d.id} --why "…"`);
	return out;
}

export function reviewList({ added, atlas, glosses, candidates, drafts }: ReviewInput): string {
	const lines: string[] = [];
	for (const a of added) {
		lines.push('', `${a.id} ← ${a.path} (sha256 ${a.sha256.slice(0, 16)}…)`);
		lines.push(`  metadata ${a.metaFrom === 'draft' ? 'drafted' : 'taken from the .json beside it'}: articles/${a.id}.json`, ...metaLines(a.meta));
		for (const n of reviewNotes(a.meta)) lines.push(`    to review: ${n}`);

		const mentions = (atlas.mentions.get(a.id) ?? []).filter((m) => m.kind === 'place');
		const byPlace = new Map<string, string[]>();
		for (const m of mentions) byPlace.set(m.ref, [...(byPlace.get(m.ref) ?? []), m.text]);
		lines.push(`  new mentions by place (${mentions.length}):`);
		if (!byPlace.size) lines.push('    none');
		for (const [ref, texts] of byPlace) {
			const p = atlas.places.get(ref)?.properties;
			const drawn = p?.layer ? `on the map (${p.layer})` : 'recorded, not drawn';
			lines.push(`    ${ref} — ${p?.name_en ?? ref}, ${drawn}: ${texts.length} × ${[...new Set(texts)].map((t) => `«${t}»`).join(', ')}`);
		}

		const sentences = new Map<number, string>();
		for (const p of atlas.places.values()) for (const e of p.properties.excerpts) if (e.article === a.id) sentences.set(e.sentence_start, e.sentence);
		const needing = [...sentences].filter(([start]) => !glosses[glossKey(a.id, start)]).sort((x, y) => x[0] - y[0]);
		lines.push(`  sentences needing an English gloss (add to glosses.json under the key shown): ${needing.length}`);
		for (const [start, s] of needing) lines.push(`    "${glossKey(a.id, start)}": «${short(s)}»`);

		const mine = candidates.candidates.filter((c) => c.article === a.id);
		const proposed = mine.filter((c) => c.score >= PROPOSE_AT);
		lines.push(`  place candidates (${proposed.length} proposed, ${mine.length - proposed.length} doubtful; details in build/candidates.md):`);
		// One line per name and record: a town named four times is one decision, shown with its best score.
		const groups = new Map<string, typeof proposed>();
		for (const c of proposed) {
			const key = `${c.text}\u0000${c.records[0]?.geonameid ?? c.records[0]?.id ?? ''}\u0000${c.variant_of ?? ''}`;
			groups.set(key, [...(groups.get(key) ?? []), c]);
		}
		for (const group of groups.values()) {
			const c = group.reduce((best, x) => (x.score > best.score ? x : best));
			const r = c.records[0];
			const how = c.variant_of ? `a spelling of ${c.variant_of}: add it to its variants` : r?.geonameid ? `npm run gazetteer -- accept ${r.geonameid}` : `${r?.id}`;
			const times = group.length > 1 ? ` (named ${group.length} times)` : '';
			lines.push(`    «${c.text}»${times} ${c.verdict}, score ${c.score}: ${r?.name ?? '?'} (${r?.country ?? '—'}, ${r?.feature_code}) — ${how}`);
		}
		lines.push(...doubtfulLines(mine.filter((c) => c.score < PROPOSE_AT)));
		for (const u of candidates.unresolved.filter((u) => u.article === a.id)) lines.push(`    unknown name after a place noun: «${u.text}»`);
		const notDrawn = [...new Set(candidates.not_drawn.filter((n) => n.article === a.id).map((n) => n.ref))];
		if (notDrawn.length) lines.push(`  named but not drawn: ${notDrawn.join(', ')}`);

		if (drafts === null) lines.push('  incident drafts: not written (see the problems above)');
		else if (drafts) {
			const mine = drafts.filter((d) => d.article === a.id);
			lines.push(`  incident drafts (${mine.length}; each field with its words in build/incident-drafts.md):`, ...mine.flatMap(draftLines));
		}
	}
	return lines.join('\n');
}

/**
 * Doubtful candidates, listed but not proposed: one line per name (its lowest-scored reason, how many
 * times), and the ordinary words that are also spelled like a place («وأن», «بيان») together on one
 * line — a reader scans them at a glance instead of a line each.
 */
function doubtfulLines(doubtful: Candidate[]): string[] {
	const byName = new Map<string, Candidate[]>();
	for (const c of doubtful) byName.set(c.text, [...(byName.get(c.text) ?? []), c]);
	const words: string[] = [];
	const lines: string[] = [];
	for (const [text, group] of byName) {
		const c = group.reduce((best, x) => (x.score > best.score ? x : best));
		if (c.context.homograph && !c.context.trigger) words.push(`«${text}»`);
		else {
			const times = group.length > 1 ? ` (named ${group.length} times)` : '';
			lines.push(`    doubtful «${text}»${times} (score ${c.score}): ${short(c.records[0]?.reasons.find((x) => x.startsWith('−')) ?? '', 80)}`);
		}
	}
	if (words.length) lines.push(`    doubtful, ordinary words also spelled like a place (not proposed): ${words.join('، ')}`);
	return lines;
}
