/**
 * A search index as it travels (`/api/search-index`, built by `npm run data`: ./serialise.ts): its
 * documents and MiniSearch's own serialised form, loaded back without indexing anything again.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { SearchDoc } from './documents';
import { OPTIONS, type Indexed, type SearchIndex } from './engine';

export interface IndexWire {
	docs: SearchDoc[];
	mini: AsPlainObject;
}

export function toWire(index: SearchIndex): IndexWire {
	return { docs: [...index.docs.values()], mini: index.mini.toJSON() };
}

/** The index back from its wire form (MiniSearch.loadJS with the engine's own options). */
export function fromWire(wire: IndexWire): SearchIndex {
	return { mini: MiniSearch.loadJS<Indexed>(wire.mini, OPTIONS), docs: new Map(wire.docs.map((d) => [d.id, d])) };
}
