/**
 * Candidate scoring measured on a labelled set of invented texts (tests/fixtures/corpus/labelled/),
 * against the real gazetteer and the real GeoNames records: precision and recall of what is
 * proposed (score ≥ PROPOSE_AT, with the right record first), beside naive matching.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROPOSE_AT, type Candidate } from '$lib/corpus/candidates';
import { buildCandidates } from '$lib/atlas/candidates';
import { loadRaw } from '$lib/atlas/load';

const DIR = 'tests/fixtures/corpus/labelled';
interface Label {
	file: string;
	text: string;
	nth: number;
	place: boolean;
	geonameid: number | null;
}
const labels: Label[] = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')).labels;
const articles = readdirSync(DIR)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(DIR, f), 'utf8') }));
const real = loadRaw('geodata');
const report = buildCandidates({ articles, gazetteer: real.gazetteer, references: real.references });

/** Offset of the nth occurrence of `name` as a word (attached و ب ل ف allowed before it). */
function locate(text: string, name: string, nth: number): number {
	let seen = 0;
	for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
		const before = text.slice(Math.max(0, i - 2), i);
		const word = !/\p{L}/u.test(before.at(-1) ?? ' ') || (/[وبلف]/.test(before.at(-1)!) && !/\p{L}/u.test(before.at(-2) ?? ' '));
		if (word && !/\p{L}/u.test(text[i + name.length] ?? ' ') && seen++ === nth) return i;
	}
	return -1;
}

interface Scored {
	tp: number;
	fp: number;
	fn: number;
}
function score(pick: (c: Candidate) => { proposed: boolean; geonameid: number | null }): Scored & { precision: number; recall: number } {
	const s: Scored = { tp: 0, fp: 0, fn: 0 };
	for (const l of labels) {
		const text = articles.find((a) => a.id === l.file.slice(0, -4))!.text;
		const at = locate(text, l.text, l.nth);
		const c = report.candidates.find((c) => c.article === l.file.slice(0, -4) && c.start === at);
		const p = c ? pick(c) : { proposed: false, geonameid: null };
		const right = l.place && l.geonameid !== null;
		if (p.proposed && right && p.geonameid === l.geonameid) s.tp++;
		else {
			if (p.proposed) s.fp++;
			if (right) s.fn++;
		}
	}
	return { ...s, precision: s.tp / (s.tp + s.fp), recall: s.tp / (s.tp + s.fn) };
}

describe('candidates on the labelled set', () => {
	it('labels every candidate the scan finds (the set stays complete)', () => {
		expect(labels.length).toBeGreaterThan(0);
		for (const l of labels) expect(locate(articles.find((a) => a.id === l.file.slice(0, -4))!.text, l.text, l.nth), `${l.file} «${l.text}»`).toBeGreaterThanOrEqual(0);
		const labelled = new Set(labels.map((l) => `${l.file.slice(0, -4)}@${locate(articles.find((a) => a.id === l.file.slice(0, -4))!.text, l.text, l.nth)}`));
		expect(report.candidates.filter((c) => !labelled.has(c.key)).map((c) => `${c.key} «${c.text}»`)).toEqual([]);
	});

	it('proposes with high precision and fair recall, far above naive matching', () => {
		const scored = score((c) => ({ proposed: c.score >= PROPOSE_AT, geonameid: c.records[0]?.geonameid ?? null }));
		const naive = score((c) => ({ proposed: true, geonameid: [...c.records].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0]?.geonameid ?? null }));
		const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
		console.log(
			`labelled set (${labels.length} names in ${articles.length} texts): scored precision ${pct(scored.precision)} (${scored.tp}/${scored.tp + scored.fp}), recall ${pct(scored.recall)} (${scored.tp}/${scored.tp + scored.fn}); ` +
				`naive precision ${pct(naive.precision)} (${naive.tp}/${naive.tp + naive.fp}), recall ${pct(naive.recall)} (${naive.tp}/${naive.tp + naive.fn})`
		);
		expect(scored.precision).toBeGreaterThanOrEqual(0.85);
		expect(scored.recall).toBeGreaterThanOrEqual(0.6);
		expect(scored.precision).toBeGreaterThan(naive.precision);
	});

	it('lists places no source knows when a place noun names them', () => {
		const unresolved = report.unresolved.map((u) => u.text);
		expect(unresolved).toEqual(expect.arrayContaining(['ناحية الكرابلة']));
	});
});
