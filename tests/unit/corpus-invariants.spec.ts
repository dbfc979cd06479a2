/**
 * Invariants over the real corpus, whatever it holds: no counts. Every place the texts name is drawn
 * or listed with the reason it is not, every candidate quotes its article verbatim, and
 * build/candidates.json is what `npm run data` would write now. Runs on ATLAS_DATA_DIR when set
 * (tests/unit/add-real-corpus.spec.ts runs it on a copy with one more article).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, getAtlas } from '$lib/server/atlas';
import { loadRaw } from '$lib/atlas/load';
import { buildCandidates } from '$lib/atlas/candidates';
import { verdictOf } from '$lib/corpus/candidates';

const atlas = getAtlas();
const report = buildCandidates(loadRaw(dataDir()));

describe('the real corpus, whatever it holds', () => {
	it('every place a text names is drawn, or listed as not drawn with the reason', () => {
		// A corpus whose texts name no place would pass the loop below without a check.
		expect.hasAssertions();
		const notDrawn = new Set(report.not_drawn.map((n) => `${n.article}@${n.start}:${n.ref}`));
		for (const [article, mentions] of atlas.mentions)
			for (const m of mentions.filter((m) => m.kind === 'place')) {
				const p = atlas.places.get(m.ref);
				expect(p, `${m.ref} in ${article} is in the gazetteer`).toBeDefined();
				if (!p || p.properties.layer) continue;
				expect(notDrawn.has(`${article}@${m.start}:${m.ref}`), `${m.ref} in ${article} is neither drawn nor listed`).toBe(true);
				expect(p.properties.note, `${m.ref} is not drawn and must say why`).toMatch(/\S/);
			}
	});

	it('every candidate and unresolved name is verbatim at its offsets, inside its sentence', () => {
		expect.hasAssertions();
		for (const c of [...report.candidates, ...report.unresolved]) {
			const text = atlas.articles.get(c.article)!.text;
			expect(text.slice(c.start, c.end)).toBe(c.text);
			expect(text.includes(c.sentence)).toBe(true);
		}
		for (const c of report.candidates) {
			expect(atlas.articles.get(c.article)!.text.slice(c.sentence_start, c.sentence_end)).toBe(c.sentence);
			expect(c.records.length).toBeGreaterThan(0);
			expect(c.score).toBe(c.records[0].score);
			expect(c.verdict).toBe(verdictOf(c.score));
			for (const r of c.records) expect(r.reasons.length, r.id).toBeGreaterThan(0);
		}
	});

	it('no candidate is a name the gazetteer already draws at that spot', () => {
		expect.hasAssertions();
		for (const c of report.candidates) {
			const covering = (atlas.mentions.get(c.article) ?? []).filter((m) => m.kind === 'place' && m.start === c.start && m.end === c.end);
			expect(covering, `${c.key} «${c.text}»`).toEqual([]);
		}
	});

	it('geodata/build/candidates.json is up to date (run `npm run data`)', () => {
		const committed = JSON.parse(readFileSync(join(dataDir(), 'build/candidates.json'), 'utf8'));
		expect({ candidates: committed.candidates, unresolved: committed.unresolved, not_drawn: committed.not_drawn }).toEqual(JSON.parse(JSON.stringify(report)));
	});
});
