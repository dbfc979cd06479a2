/**
 * The search index the page loads (`/api/search-index`, built once by `npm run data`) finds what
 * an index built in the browser from the same documents finds, in the same order, with the same
 * scores — after the JSON round trip it makes on the wire. On the fixture corpus.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { buildAtlas } from '$lib/atlas/build';
import { loadRaw } from '$lib/atlas/load';
import { SearchIndexWireSchema, type SearchIndexWire } from '$lib/model/wire';
import { buildIndex, search } from './engine';
import { fromWire } from './wire';
import { searchIndexBody } from './serialise';
import { fixtureDataDir, removeDir } from '../../../tests/unit/fixture-corpus';

const dir = fixtureDataDir();
afterAll(() => removeDir(dir));
const body = searchIndexBody(buildAtlas(loadRaw(dir)));
const wire = JSON.parse(JSON.stringify(body)) as SearchIndexWire;

describe('the served search index', () => {
	it('passes its wire schema and holds places, incidents and articles', () => {
		expect(v.is(SearchIndexWireSchema, wire)).toBe(true);
		expect(wire.places.docs.length).toBeGreaterThan(0);
		expect(wire.incidents.docs.every((d) => d.group === 'incident')).toBe(true);
		expect(wire.articles.docs.every((d) => d.group === 'article')).toBe(true);
	});

	it('answers every title query exactly as an index built from the same documents', () => {
		expect.hasAssertions();
		const loaded = [fromWire(wire.places), fromWire(wire.incidents), fromWire(wire.articles)];
		const built = [buildIndex(wire.places.docs), buildIndex(wire.incidents.docs), buildIndex(wire.articles.docs)];
		const docs = [...wire.places.docs, ...wire.incidents.docs, ...wire.articles.docs];
		const queries = docs.flatMap((d) => [d.title, d.title.slice(0, 5), ...(d.titleAr ? [d.titleAr] : [])]);
		for (const q of queries) {
			const a = search(loaded, q).map((h) => [h.doc.id, h.score]);
			expect(a, q).toEqual(search(built, q).map((h) => [h.doc.id, h.score]));
		}
		// Each document is found by its own title.
		for (const d of docs) expect(search(loaded, d.title).map((h) => h.doc.id), d.title).toContain(d.id);
	});
});
