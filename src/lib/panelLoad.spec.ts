import { describe, expect, it } from 'vitest';
import { fetchPanel } from './panelLoad';

const answer = (status: number, body: string) => async () => new Response(body, { status, headers: { 'content-type': 'application/json' } });

describe('fetchPanel', () => {
	it('reads a place or an incident from its API path', async () => {
		const seen: string[] = [];
		const fetch = (async (url: string) => {
			seen.push(url);
			return new Response(JSON.stringify({ place: { id: 'albu-kamal' } }));
		}) as typeof globalThis.fetch;
		const r = await fetchPanel(fetch, { kind: 'place', id: 'albu-kamal' });
		expect(r).toEqual({ panel: { kind: 'place', data: { place: { id: 'albu-kamal' } } }, panelError: null });
		await fetchPanel(fetch, { kind: 'incident', id: 'x 1' });
		expect(seen).toEqual(['/api/places/albu-kamal', '/api/incidents/x%201']);
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
	});
});
