import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { PanelData, PanelError } from '$lib/selection';
import type { IncidentResponse, PlaceResponse } from '$lib/types';
import { panelSubtitle, panelTitle, panelView, previewOf, type Preview } from './panelView';

const preview = (id: string, name_en = id, name_ar: string | null = null): Preview => ({ kind: 'place', id, name_en, name_ar, detail: 'town' });
const placePanel = (id: string, name_en: string, name_ar = ''): PanelData => ({
	kind: 'place',
	data: { place: { id, properties: { name_en, name_ar } } } as unknown as PlaceResponse
});
const incidentPanel = (id: string, title_en: string): PanelData => ({
	kind: 'incident',
	data: { incident: { id, properties: { title_en } } } as unknown as IncidentResponse
});
const failed = (id: string, status = 500): PanelError => ({ selection: { kind: 'place', id }, status, message: 'boom' });

describe('panelView', () => {
	it('shows nothing with no selection, and nothing at once on a close', () => {
		expect(panelView(undefined, null, null)).toBeNull();
		expect(panelView(null, placePanel('a', 'A'), null)).toBeNull();
	});

	it('shows the loaded answer when no choice is under way (a pasted link, Back)', () => {
		expect(panelView(undefined, placePanel('anbar', 'Anbar'), null)).toMatchObject({ status: 'ready', key: 'place:anbar' });
		expect(panelView(undefined, incidentPanel('x-1', 'X'), null)).toMatchObject({ status: 'ready', key: 'incident:x-1' });
		expect(panelView(undefined, null, failed('nowhere', 404))).toMatchObject({ status: 'error', key: 'place:nowhere', preview: null });
	});

	it('opens the chosen selection at once, loading, while the previous answer is still loaded', () => {
		const v = panelView(preview('albu-kamal', 'Albu Kamal'), placePanel('anbar', 'Anbar'), null);
		expect(v).toMatchObject({ status: 'loading', key: 'place:albu-kamal' });
		expect(panelTitle(v!, 'Not found')).toBe('Albu Kamal');
		expect(panelView(preview('b'), null, null)?.status).toBe('loading');
	});

	it('fills in when the answer for the chosen selection arrives, never with another one', () => {
		const chosen = preview('b', 'B');
		expect(panelView(chosen, placePanel('a', 'A'), null)?.status).toBe('loading');
		expect(panelView(chosen, null, failed('a'))?.status).toBe('loading');
		const ready = panelView(chosen, placePanel('b', 'B loaded', 'ب'), null)!;
		expect(ready).toMatchObject({ status: 'ready', key: 'place:b' });
		expect(panelTitle(ready, 'Not found')).toBe('B loaded');
		expect(panelSubtitle(ready)).toEqual({ text: 'ب', lang: 'ar' });
		expect(panelTitle(ready, 'Not found', true)).toBe('ب');
		expect(panelSubtitle(ready, true)).toEqual({ text: 'B loaded', lang: 'en' });
	});

	it('an incident and a place with the same id are different selections', () => {
		const chosen: Preview = { kind: 'incident', id: 'same', name_en: 'Incident', name_ar: null, detail: '' };
		expect(panelView(chosen, placePanel('same', 'Place'), null)?.status).toBe('loading');
	});

	it('a failed load keeps the chosen name in the heading; a failed link says not found', () => {
		const v = panelView(preview('b', 'B', 'ب'), null, failed('b'))!;
		expect(v).toMatchObject({ status: 'error', key: 'place:b' });
		expect(panelTitle(v, 'Not found')).toBe('B');
		expect(panelSubtitle(v)).toEqual({ text: 'ب', lang: 'ar' });
		expect(panelTitle(v, 'Not found', true)).toBe('ب');
		expect(panelTitle(panelView(undefined, null, failed('b'))!, 'Not found')).toBe('Not found');
	});
});

describe('previewOf', () => {
	const layers: Record<string, Feature[]> = {
		places: [
			{ type: 'Feature', geometry: { type: 'Point', coordinates: [40, 34] }, properties: { id: 'albu-kamal', name_en: 'Albu Kamal', name_ar: 'البوكمال', kind: 'city' } }
		],
		areas: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [40, 34] }, properties: { id: 'anbar', name_en: 'Anbar', name_ar: 'الأنبار', kind: 'governorate' } }],
		incidents: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [40, 34] }, properties: { id: 'x-1', title_en: 'A seizure', date: '2025-10-22', type: 'drug-seizure' } }]
	};
	const features = (layer: string) => layers[layer] ?? [];

	it('reads the name from whichever loaded layer holds the feature', () => {
		expect(previewOf({ kind: 'place', id: 'albu-kamal' }, features)).toEqual({
			kind: 'place',
			id: 'albu-kamal',
			name_en: 'Albu Kamal',
			name_ar: 'البوكمال',
			detail: 'city'
		});
		expect(previewOf({ kind: 'place', id: 'anbar' }, features).name_ar).toBe('الأنبار');
		expect(previewOf({ kind: 'incident', id: 'x-1' }, features)).toMatchObject({ name_en: 'A seizure', name_ar: null });
	});

	it('does not take a feature of the other kind, and falls back to the id', () => {
		expect(previewOf({ kind: 'incident', id: 'anbar' }, features)).toEqual({ kind: 'incident', id: 'anbar', name_en: 'anbar', name_ar: null, detail: '' });
		expect(previewOf({ kind: 'place', id: 'not-loaded' }, () => []).name_en).toBe('not-loaded');
	});
});
