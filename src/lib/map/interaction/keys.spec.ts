import { describe, expect, it } from 'vitest';
import { inViewOrder, keyOf, step } from './keys';
import type { Hit } from './pick';

const hit = (id: string, tier: number, name = id, kind: Hit['kind'] = 'place'): Hit => ({ kind, id, layer: 'places', tier, name_en: name, name_ar: null, detail: '' });

describe('canvas keys', () => {
	const list = inViewOrder([hit('syria', 2, 'Syria'), hit('b', 0, 'Baghdad'), hit('a', 0, 'Albu Kamal'), null, hit('anbar', 1, 'Anbar'), hit('a', 1, 'Albu Kamal')]);
	it('orders by tier, then name, once each', () => {
		expect(list.map((h) => h.id)).toEqual(['a', 'b', 'anbar', 'syria']);
		expect(list[0].tier).toBe(0);
	});
	it('is stable: the same features in any order give the same order', () => {
		const shuffled = inViewOrder([...list].reverse());
		expect(shuffled.map(keyOf)).toEqual(list.map(keyOf));
	});
	it('steps forward and back, wrapping; starts at an end', () => {
		expect(step(list, null, 1)?.id).toBe('a');
		expect(step(list, null, -1)?.id).toBe('syria');
		expect(step(list, 'place:a', 1)?.id).toBe('b');
		expect(step(list, 'place:syria', 1)?.id).toBe('a');
		expect(step(list, 'place:a', -1)?.id).toBe('syria');
		expect(step(list, 'place:gone', 1)?.id).toBe('a');
		expect(step([], null, 1)).toBeNull();
	});
	it('an incident and a place of the same id are two features', () => {
		expect(inViewOrder([hit('x', 0), hit('x', 0, 'x', 'incident')])).toHaveLength(2);
	});
});
