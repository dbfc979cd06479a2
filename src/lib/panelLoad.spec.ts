import { describe, expect, it } from 'vitest';
import { fetchPanel } from './panelLoad';
import { unknownMeta } from '$lib/schema/article';

const answer = (status: number, body: string) => async () => new Response(body, { status, headers: { 'content-type': 'application/json' } });

describe('fetchPanel', () => {
	it('reads a place or an incident from its API path, and the article table its excerpts cite', async () => {
		const seen: string[] = [];
		const fetch = (async (url: string) => {
			seen.push(url);
			return new Response(JSON.stringify(url === '/api/articles' ? { articles: [] } : { place: { id: 'albu-kamal' }, excerpts: [] }));
		}) as typeof globalThis.fetch;
		const r = await fetchPanel(fetch, { kind: 'place', id: 'albu-kamal' });
		expect(r).toEqual({ panel: { kind: 'place', data: { place: { id: 'albu-kamal' }, excerpts: [] } }, panelError: null });
		await fetchPanel(fetch, { kind: 'incident', id: 'x 1' });
		expect(seen.filter((u) => u !== '/api/articles')).toEqual(['/api/places/albu-kamal', '/api/incidents/x%201']);
		expect(seen).toContain('/api/articles');
	});

	it("gives each excerpt its article's outlet, headline and date from the table, unknown when the table lacks it", async () => {
		const at = { article: 'a1', start: 4, end: 9, text: 'ديرالزور', sentence: 'في ديرالزور', sentence_start: 0, sentence_end: 11, gloss_en: null, ref: 'deir-ez-zor', confidence: 'high' };
		const meta = unknownMeta('a1', 'test');
		const known = { ...meta, outlet_en: { ...meta.outlet_en, value: 'Enab Baladi' }, headline_en: 'A headline', date: { ...meta.date, value: '2025-10-02', precision: 'day' } };
		for (const [articles, outlet, date] of [
			[[{ id: 'a1', meta: known }], 'Enab Baladi', '2025-10-02'],
			[[], null, null],
			[null, null, null]
		] as const) {
			const fetch = (async (url: string) =>
				url === '/api/articles'
					? articles
						? new Response(JSON.stringify({ articles }))
						: new Response('{}', { status: 503 })
					: new Response(JSON.stringify({ incident: { id: 'i' }, excerpts: [at], places: [] }))) as typeof globalThis.fetch;
			const r = await fetchPanel(fetch, { kind: 'incident', id: 'i' });
			const e = r.panel?.kind === 'incident' ? r.panel.data.excerpts[0] : null;
			expect(e).toMatchObject({ ...at, outlet_en: outlet, date, headline_en: outlet ? 'A headline' : null });
		}
	});

	it('turns an API error, a dead API and a broken answer into a panel error, never a rejection', async () => {
		const sel = { kind: 'place' as const, id: 'nowhere' };
		const notFound = await fetchPanel(answer(404, JSON.stringify({ error: { message: 'no place "nowhere"' } })) as never, sel);
		expect(notFound).toEqual({ panel: null, panelError: { selection: sel, status: 404, message: 'no place "nowhere"' } });
		const down = await fetchPanel((async () => Promise.reject(new TypeError('offline'))) as never, sel);
		expect(down.panelError).toMatchObject({ status: 0, message: 'the data API did not answer' });
		const html = await fetchPanel(answer(500, '<h1>oops</h1>') as never, sel);
		expect(html.panelError).toMatchObject({ status: 500, message: 'the data API did not answer' });
		const garbled = await fetchPanel(answer(200, '{"place":') as never, sel);
		expect(garbled.panelError).toMatchObject({ status: 200, message: 'the data API answered with no JSON' });
		const other = await fetchPanel(answer(200, '{"place":{}}') as never, sel);
		expect(other.panelError).toMatchObject({ status: 200, message: 'the data API answered with something else than a panel' });
	});
});
