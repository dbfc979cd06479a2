import type { ApiError, IncidentResponse, PlaceResponse } from '$lib/types';
import { selectionApi, selectionFromUrl, type PanelData, type PanelError } from '$lib/selection';
import type { PageLoad } from './$types';

// Runs on the server for the first paint, so a pasted link's panel is in the HTML before the
// map has even loaded; in the browser on later selections.
export const load: PageLoad = async ({ fetch, url }) => {
	const selection = selectionFromUrl(url);
	if (!selection) return { panel: null as PanelData | null, panelError: null as PanelError | null };
	const r = await fetch(selectionApi(selection)).catch(() => null);
	if (!r?.ok) {
		const body = (await r?.json().catch(() => null)) as ApiError | null;
		return {
			panel: null,
			panelError: { selection, status: r?.status ?? 0, message: body?.error?.message ?? 'the data API did not answer' }
		};
	}
	const panel: PanelData =
		selection.kind === 'place'
			? { kind: 'place', data: (await r.json()) as PlaceResponse }
			: { kind: 'incident', data: (await r.json()) as IncidentResponse };
	return { panel, panelError: null };
};
