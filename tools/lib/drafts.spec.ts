/**
 * The corpus step of the drafter on the fixture corpus: every article no reviewed incident cites is
 * drafted whatever its date — unknown (dates null with the reason), a month (approximate), a day.
 */
import { describe, expect, it } from 'vitest';
import { loadRaw, unknownMeta } from '../../src/lib/atlas/load';
import { buildPlaces } from '../../src/lib/atlas/stages/places';
import { candidateRecords } from '../../src/lib/atlas/candidates';
import { draftCorpus } from './drafts';

const TEXT = 'قُتل جنديان من الجيش العراقي بانفجار عبوة ناسفة استهدفت دوريتهم قرب مدينة القائم مساء أمس.';

describe('draftCorpus', () => {
	it('drafts an article whatever its date: unknown leaves relative dates null with the reason, a month widens them', () => {
		const raw = loadRaw('tests/fixtures/corpus');
		const undated = { id: 'undated', text: TEXT, meta: unknownMeta('undated', 'test') };
		const month = { id: 'month', text: TEXT, meta: { ...unknownMeta('month', 'test'), date: { ...unknownMeta('month', 'test').date, value: '2025-11', precision: 'month' as const } } };
		const articles = [...raw.articles, undated, month];
		const { places } = buildPlaces(raw.gazetteer.entries, raw.references, new Map(), new Set());
		const out = draftCorpus({ raw: { ...raw, articles }, atlas: { places }, records: candidateRecords(raw.references, [TEXT]), rejections: [] });
		expect(out.not_drafted.map((n) => n.article)).not.toContain('undated');
		const u = out.drafts.find((d) => d.article === 'undated')!;
		expect(u.type).toBe('ied');
		expect(u.date).toMatchObject({ value: null, from: null, to: null, precision: 'unknown' });
		expect(u.date.evidence?.text).toBe('مساء أمس');
		expect(u.date.note).toBe("«مساء أمس» is relative and the article's date is unknown: set it in articles/undated.json or accept with --date");
		const m = out.drafts.find((d) => d.article === 'month')!;
		expect(m.date).toMatchObject({ from: '2025-10-31', to: '2025-11-29', precision: 'approximate' });
		// The same event in two articles, one undated: linked without the date test, and saying so.
		expect(u.same_as).toContain(m.id);
		expect(u.reasons.join(' ')).toMatch(/compared without dates/);
	});
});
