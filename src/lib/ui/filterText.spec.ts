import { describe, expect, it } from 'vitest';
import { filterWords, valueNameOf } from './filterText';
import type { ExploreQuery } from '$lib/explore/query';

// What the page or the server knows of the values, as `key:id` → words.
const names = valueNameOf({
	'near:iraq-syria-border': 'Iraq–Syria border',
	'article:002_dd1c37901ee1dc00': 'Shafaq News · 8 Nov 2025 · A headline',
	'outlet:shafaq-news': 'Shafaq News'
});
const namesAr = valueNameOf({ 'near:iraq-syria-border': 'الحدود العراقية السورية' });

describe('filterWords: the filters in words, never raw parameters', () => {
	const q: ExploreQuery & { q?: string } = {
		from: '2025-07-01',
		type: ['drug-seizure'],
		article: ['002_dd1c37901ee1dc00'],
		outlet: ['shafaq-news'],
		actor: ['no-name-known'],
		sources: 2,
		near: { target: 'iraq-syria-border', km: 25 },
		q: 'bukamal'
	};

	it('in English', () => {
		expect(filterWords(q, names, 'en')).toEqual([
			'Dates: 1 Jul 2025 – …',
			'Incident type: drug seizure',
			'Actor: no-name-known',
			'Article: Shafaq News · 8 Nov 2025 · A headline',
			'Outlet: Shafaq News',
			'Sources: at least 2',
			'Within 25 km of Iraq–Syria border',
			'Search: “bukamal”'
		]);
		expect(filterWords({}, names, 'en')).toEqual(['Dates: all dates']);
	});

	it('in Arabic, with Levantine months and the catalogue terms', () => {
		const lines = filterWords({ from: '2025-10-01', to: '2025-10-31', type: ['drug-seizure'], near: q.near }, namesAr, 'ar');
		expect(lines[0]).toContain('1 تشرين الأول 2025');
		expect(lines[0]).toContain('31 تشرين الأول 2025');
		expect(lines[1]).toContain('ضبط مخدرات');
		expect(lines[2]).toBe('ضمن 25 كم من الحدود العراقية السورية');
		expect(lines.join(' ')).not.toMatch(/iraq-syria-border|drug-seizure|:25/);
	});

	it('an unknown value is shown as given rather than dropped', () => {
		expect(filterWords({ near: { target: 'nowhere', km: 10 } }, () => undefined, 'en')).toContain('Within 10 km of nowhere');
	});
});
