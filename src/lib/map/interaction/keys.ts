/**
 * The canvas keys the map's label promises: N and P step through the features in view, Enter opens
 * the current one. Pure: the order and the step. The order is stable — by tier (markers and lines,
 * then areas, then countries), then by name, then id — so the same view always steps the same way
 * and a feature keeps its turn while the map moves.
 *
 * @example step(inViewOrder(hits), null, 1) // the first feature in view
 */
import type { Hit } from './pick';

export const keyOf = (h: Pick<Hit, 'kind' | 'id'>) => `${h.kind}:${h.id}`;

/** Distinct features in view, in stepping order. */
export function inViewOrder(hits: (Hit | null)[]): Hit[] {
	const seen = new Map<string, Hit>();
	for (const h of hits) {
		if (!h) continue;
		const k = keyOf(h);
		const had = seen.get(k);
		if (!had || h.tier < had.tier) seen.set(k, h);
	}
	return [...seen.values()].sort((a, b) => a.tier - b.tier || a.name_en.localeCompare(b.name_en, 'en') || a.id.localeCompare(b.id));
}

/**
 * The feature after (`dir` 1) or before (-1) `current` in `list`, wrapping round; from nothing (or
 * from a feature no longer in view), N starts at the first and P at the last.
 */
export function step(list: Hit[], current: string | null, dir: 1 | -1): Hit | null {
	if (list.length === 0) return null;
	const at = current === null ? -1 : list.findIndex((h) => keyOf(h) === current);
	if (at < 0) return dir === 1 ? list[0] : list[list.length - 1];
	return list[(at + dir + list.length) % list.length];
}
