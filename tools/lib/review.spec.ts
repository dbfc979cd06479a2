import { describe, expect, it } from 'vitest';
import { reviewList, type ReviewInput } from './review';
import type { Candidate } from '$lib/corpus/candidates';

/** A candidate for «الرطبة» at `start`, with one GeoNames record. */
const rutbah = (start: number, score: number) =>
	({ key: `a1@${start}`, article: 'a1', start, end: start + 6, text: 'الرطبة', score, verdict: score >= 3 ? 'likely' : 'possible', variant_of: null, records: [{ geonameid: 98677, name: 'Ar Ruţbah', country: 'IQ', feature_code: 'P.PPLA2', reasons: [] }] }) as unknown as Candidate;

const input = (candidates: Candidate[]): ReviewInput =>
	({
		added: [{ id: 'a1', path: 'in/a1.txt', sha256: '0'.repeat(64), meta: {}, metaFrom: 'file' }],
		atlas: { mentions: new Map(), places: new Map(), incidents: new Map() },
		glosses: {},
		candidates: { candidates, unresolved: [], not_drawn: [] }
	}) as unknown as ReviewInput;

describe('the review list of npm run add', () => {
	it('lists a town named several times once, with the count and its best score', () => {
		const out = reviewList(input([rutbah(10, 1), rutbah(40, 5), rutbah(90, 2)]));
		const lines = out.split('\n').filter((l) => l.includes('gazetteer -- accept'));
		expect(lines).toEqual(['    «الرطبة» (named 3 times) likely, score 5: Ar Ruţbah (IQ, P.PPLA2) — npm run gazetteer -- accept 98677']);
		expect(out).toContain('place candidates (3 proposed, 0 doubtful');
	});
	it('keeps a name met once as it was', () => {
		const lines = reviewList(input([rutbah(10, 1)])).split('\n').filter((l) => l.includes('gazetteer -- accept'));
		expect(lines).toEqual(['    «الرطبة» possible, score 1: Ar Ruţbah (IQ, P.PPLA2) — npm run gazetteer -- accept 98677']);
	});
	it('lists doubtful names once each, and the ordinary words spelled like a place together on one line', () => {
		const doubt = (start: number, text: string, homograph: boolean, trigger: string | null = null) =>
			({ key: `a1@${start}`, article: 'a1', start, end: start + text.length, text, score: homograph ? -4 : 0, verdict: 'doubtful', variant_of: null, context: { trigger, preposition: null, homograph }, records: [{ id: 'geonames:1', reasons: [homograph ? '−5 an ordinary word' : '−1 far from the frontier'] }] }) as unknown as Candidate;
		const out = reviewList(input([doubt(5, 'وأن', true), doubt(20, 'بيان', true), doubt(30, 'وأن', true), doubt(50, 'تدمر', false), doubt(70, 'تدمر', false), doubt(90, 'صور', true, 'مدينة')]));
		expect(out).toContain('place candidates (0 proposed, 6 doubtful');
		expect(out.split('\n').filter((l) => l.includes('doubtful'))).toEqual([
			'  place candidates (0 proposed, 6 doubtful; details in build/candidates.md):',
			'    doubtful «تدمر» (named 2 times) (score 0): −1 far from the frontier',
			// After a place noun («مدينة صور») an ordinary word may be the place: listed on its own.
			'    doubtful «صور» (score -4): −5 an ordinary word',
			'    doubtful, ordinary words also spelled like a place (not proposed): «وأن»، «بيان»'
		]);
	});
});
