import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { draftIncidents } from '$lib/corpus/events/extract';
import { TEST_GEOGRAPHY as GEO } from '../../tests/fixtures/events-geography';
import type { GazetteerEntry } from '$lib/schema/gazetteer';
import { incidentFromDraft, IncidentError, parseDateOption, withDate } from './incident';

const entries: GazetteerEntry[] = JSON.parse(readFileSync('tests/fixtures/corpus/gazetteer.json', 'utf8')).entries;
const place = { entry: entries.find((e) => e.id === 'al-qaim')!, country: 'IQ' };
const TEXT = 'قتل جنديان من الجيش العراقي بانفجار عبوة ناسفة في مدينة القائم مساء أمس.';

describe('--date on accept', () => {
	it('reads a day or a range, and refuses anything else with the form to use', () => {
		expect(parseDateOption('2025-05-12')).toEqual({ from: '2025-05-12', to: '2025-05-12' });
		expect(parseDateOption('2025-05-10..2025-05-12')).toEqual({ from: '2025-05-10', to: '2025-05-12' });
		for (const bad of ['2025-13-01', '12/05/2025', '2025-05', '2025-05-12..2025-05-10', ''])
			expect(() => parseDateOption(bad), bad).toThrow(IncidentError);
		expect(() => parseDateOption('2025-02-30')).toThrow(/YYYY-MM-DD\.\.YYYY-MM-DD/);
	});
	it('refuses to accept a draft with no date, and accepts it dated by the reviewer', () => {
		const [d] = draftIncidents({ id: 'u1', text: TEXT, date: null }, GEO);
		expect(d.date.from).toBeNull();
		const input = { draft: d, place, incidents: [], entries, as: undefined, today: '2026-12-06' };
		expect(() => incidentFromDraft(input)).toThrow(/has no date .*--date YYYY-MM-DD/);
		const { incident } = incidentFromDraft({ ...input, draft: withDate(d, '2025-05-11', '2025-05-11') });
		expect(incident).toMatchObject({ date: '2025-05-11', date_end: null, date_precision: 'day' });
		expect(incident.date_note).toMatch(/Dated by the reviewer .*--date 2025-05-11; the draft had no date/);
		const range = incidentFromDraft({ ...input, draft: withDate(d, '2025-05-10', '2025-05-12') }).incident;
		expect(range).toMatchObject({ date: '2025-05-10', date_end: '2025-05-12', date_precision: 'approximate' });
	});
	it('overrides a date the drafter read, saying what it was', () => {
		const [d] = draftIncidents({ id: 'd1', text: TEXT, date: '2025-05-13' }, GEO);
		expect(d.date.value).toBe('2025-05-12');
		const { incident } = incidentFromDraft({ draft: withDate(d, '2025-05-11', '2025-05-11'), place, incidents: [], entries, as: undefined, today: '2026-12-06' });
		expect(incident.date).toBe('2025-05-11');
		expect(incident.date_note).toMatch(/the draft read 2025-05-12 from «مساء أمس»/);
	});
});
