import { describe, expect, it } from 'vitest';
import type { IncidentFeature } from '$lib/types';
import { briefModel, monthOf } from './brief';

function incident(id: string, date: string, precision: string, type: string, place: string | null, date_from = date.length === 7 ? `${date}-01` : date): IncidentFeature {
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [40, 34] },
		properties: { id, date, date_from, date_to: date_from, date_precision: precision, type, place_ids: place ? [place, 'syria'] : [], name_ar: 'مكان' }
	} as unknown as IncidentFeature;
}

const names: Record<string, { id: string; name_en: string; name_ar: string }> = {
	'albu-kamal': { id: 'albu-kamal', name_en: 'Albu Kamal', name_ar: 'البوكمال' },
	'al-qaim': { id: 'al-qaim', name_en: 'al-Qaim', name_ar: 'القائم' }
};

describe('briefModel', () => {
	const sample = [
		incident('c', '2025-10-22', 'day', 'drug-seizure', 'albu-kamal'),
		incident('a', '2025-07', 'month', 'patrol', 'al-qaim'),
		incident('b', '2025-10-01', 'day', 'drug-seizure', 'albu-kamal'),
		incident('d', '2024', 'year', 'meeting', null, '2024-01-01'),
		incident('e', '2025-10-01', 'day', 'patrol', 'unknown-place')
	];
	const model = briefModel(sample, (id) => names[id] ?? null);

	it('lists the incidents oldest first, ties by id', () => {
		expect(model.incidents.map((i) => i.id)).toEqual(['d', 'a', 'b', 'e', 'c']);
	});

	it('counts by type (most first), by month (in order, a year alone when that is all) and by first place', () => {
		expect(model.byType).toEqual([
			['drug-seizure', 2],
			['patrol', 2],
			['meeting', 1]
		]);
		expect(model.byMonth).toEqual([
			['2024', 1],
			['2025-07', 1],
			['2025-10', 3]
		]);
		expect(model.byPlace.map((p) => [p.place.name_en, p.count])).toEqual([
			['Albu Kamal', 2],
			['al-Qaim', 1],
			['unknown-place', 1]
		]);
		// Every incident with a place is counted once, under its first place.
		expect(model.byPlace.reduce((n, p) => n + p.count, 0)).toBe(sample.filter((i) => i.properties.place_ids.length).length);
	});

	it('counts a month-dated incident under its month and a year-dated one under its year', () => {
		expect(monthOf(incident('x', '2025-07', 'month', 't', null))).toBe('2025-07');
		expect(monthOf(incident('x', '2025-07-09', 'approximate', 't', null))).toBe('2025-07');
		expect(monthOf(incident('x', '2025', 'year', 't', null, '2025-01-01'))).toBe('2025');
	});
});
