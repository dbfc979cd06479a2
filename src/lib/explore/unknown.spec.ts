import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { dropUnknown, knownNames, unknownSelection } from './unknown';

const f = (id: string, properties: Record<string, unknown>): Feature => ({ type: 'Feature', id, geometry: null as never, properties: { id, ...properties } });
const known = knownNames({
	places: [f('hit', { kind: 'town', articles: ['a1'] })],
	incidents: [f('i1', { type: 'armed-clash', actors: ['Army'], articles: ['a2'], outlets: ['Outlet'], date_from: '2025-01-01', date_to: '2025-01-01' })]
});

describe('names the atlas lacks', () => {
	it('drops each unknown name with a notice naming it, and keeps the rest of the link', () => {
		const { query, errors } = dropUnknown({ from: '2025-01', type: ['armed-clash', 'no-such'], near: { target: 'atlantis', km: 25 }, kind: ['castle'], layers: ['incidents', 'ghosts'] }, known);
		expect(query).toEqual({ from: '2025-01', type: ['armed-clash'], layers: ['incidents'] });
		expect(errors.map((e) => e.param).sort()).toEqual(['kind', 'layers', 'near', 'type']);
		expect(unknownSelection(new URLSearchParams('place=nowhere'), known).map((e) => e.message)).toEqual([expect.stringContaining('“nowhere”')]);
		expect(errors.find((e) => e.param === 'near')!.message).toContain('“atlantis”');
		expect(errors.find((e) => e.param === 'type')!.message).toContain('“no-such”');
		expect(errors.find((e) => e.param === 'type')!.message).not.toContain('armed-clash');
	});
	it('says nothing about names it has', () => {
		const q = { article: ['a1', 'a2'], actor: ['army'], outlet: ['outlet'], near: { target: 'hit', km: 5 } };
		expect(dropUnknown(q, known)).toEqual({ query: q, errors: [] });
		expect(unknownSelection(new URLSearchParams('incident=i1&place=hit'), known)).toEqual([]);
	});
});
