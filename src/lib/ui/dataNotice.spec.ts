import { describe, expect, it } from 'vitest';
import { dataNotice, fileOf, SHOWN } from './dataNotice';

describe('fileOf', () => {
	it.each([
		['gazetteer.json', 'gazetteer.json'],
		['gazetteer.json/al-qaim', 'gazetteer.json'],
		['articles/003_x.json', 'articles/003_x.json'],
		['articles/bad id.txt', 'articles/bad id.txt'],
		['reference/rivers.geojson', 'reference/rivers.geojson'],
		['gazetteer/albu-kamal', 'gazetteer.json'],
		['incidents/2025-10-22-x', 'incidents.json'],
		['layers/border-bands', 'layers/border-bands']
	])('%s is in %s', (where, file) => {
		expect(fileOf(where)).toBe(file);
	});
});

describe('dataNotice', () => {
	it('is null when nothing is wrong', () => {
		expect(dataNotice({ ok: true, articles: 5, places: 49, incidents: 7, problems: [] })).toBeNull();
		expect(dataNotice(null)).toBeNull();
	});
	it('names each file once, lists the first problems and counts the rest', () => {
		const problems = [
			{ where: 'gazetteer.json', message: 'not valid JSON: Unexpected token' },
			...Array.from({ length: 6 }, (_, i) => ({ where: `incidents.json/i${i}`, message: 'unknown place id(s): x' }))
		];
		const n = dataNotice({ ok: false, articles: 5, places: 0, incidents: 1, problems })!;
		expect(n.files).toEqual(['gazetteer.json', 'incidents.json']);
		expect(n.shown).toEqual(problems.slice(0, SHOWN));
		expect(n.more).toBe(problems.length - SHOWN);
		expect([n.articles, n.places, n.incidents]).toEqual([5, 0, 1]);
	});
});
