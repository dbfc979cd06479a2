/** The map's light model and the per-feature API's one copy of each excerpt. Handlers called directly. */
import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { GET as mapGet } from '../../src/routes/api/map/[id]/+server';
import { GET as layerGet } from '../../src/routes/api/layers/[id]/+server';
import { GET as placeGet } from '../../src/routes/api/places/[id]/+server';
import { GET as incidentGet } from '../../src/routes/api/incidents/[id]/+server';
import { geometryOf } from '../../src/lib/model/sharedGeometry';
import type { MapModel } from '../../src/lib/model/map';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (event: any) => Response | Promise<Response>;
const req = (handler: Handler, id: string, headers: Record<string, string> = {}) => {
	const url = new URL(`/api/x/${id}`, 'http://localhost');
	return handler({ params: { id }, url, request: new Request(url, { headers }) });
};

/** How many excerpt objects (they alone have `sentence_start`) a body holds, anywhere. */
const excerptCount = (text: string) => text.split('"sentence_start"').length - 1;

describe('GET /api/map/{id}', () => {
	it('is the export minus excerpts: same features, same ids, same geometry', async () => {
		for (const id of ['places', 'areas', 'lines', 'incidents', 'countries', 'governorates']) {
			const res = await req(mapGet, id);
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toBe('application/geo+json');
			const text = await res.text();
			expect(excerptCount(text), id).toBe(0);
			const light = JSON.parse(text) as MapModel;
			const full = JSON.parse(await (await req(layerGet, id)).text());
			expect(light.features.map((f) => f.id)).toEqual(full.features.map((f: { id: string }) => f.id));
			expect(light.features.map((f) => geometryOf(f, light.geometries))).toEqual(full.features.map((f: { geometry: unknown }) => f.geometry));
			if (id !== 'governorates') expect(text.length, id).toBeLessThan(JSON.stringify(full).length);
		}
	});

	it('is brotli or gzip when asked, with a strong ETag that answers 304', async () => {
		const plain = await req(mapGet, 'places');
		const br = await req(mapGet, 'places', { 'accept-encoding': 'gzip, br' });
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(await plain.clone().text());
		const zipped = await req(mapGet, 'places', { 'accept-encoding': 'gzip' });
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
		expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(await plain.text());
		const etag = plain.headers.get('etag')!;
		expect(etag).toMatch(/^"[^"]+"$/);
		const again = await req(mapGet, 'places', { 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
	});

	it('answers 404 JSON for an unknown layer', async () => {
		const res = await req(mapGet, 'nope');
		expect(res.status).toBe(404);
		expect((await res.json()).error.code).toBe('unknown_layer');
	});
});

describe('per-feature API sends each excerpt once', () => {
	it('a place: its excerpts beside it, none in its properties or its incidents', async () => {
		const text = await (await req(placeGet, 'albu-kamal')).text();
		const body = JSON.parse(text);
		expect(body.excerpts.length).toBeGreaterThan(0);
		expect(body.place.properties).not.toHaveProperty('excerpts');
		expect(body.incidents.length).toBeGreaterThan(0);
		for (const i of body.incidents) expect(i.properties).not.toHaveProperty('excerpts');
		expect(excerptCount(text)).toBe(body.excerpts.length);
	});

	it('an incident: the same', async () => {
		const text = await (await req(incidentGet, '2024-12-26-iraqi-intelligence-delegation-damascus')).text();
		const body = JSON.parse(text);
		expect(body.incident.properties).not.toHaveProperty('excerpts');
		expect(body.places.length).toBeGreaterThan(0);
		expect(excerptCount(text)).toBe(body.excerpts.length);
	});
});
