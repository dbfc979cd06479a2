import type { ApiError, IncidentResponse, PlaceResponse } from './types';
import { selectionApi, type PanelData, type PanelError, type Selection } from './selection';

/** The loaded answer for a selection: its panel data, or why there are none. */
export interface PanelLoad {
	panel: PanelData | null;
	panelError: PanelError | null;
}

/** Fetches a selection's panel data; never rejects (a failure is a `panelError`). */
export async function fetchPanel(fetch: typeof globalThis.fetch, selection: Selection): Promise<PanelLoad> {
	const r = await fetch(selectionApi(selection)).catch(() => null);
	const body = (await r?.json().catch(() => null)) as unknown;
	if (!r?.ok || !body) {
		const message = (body as ApiError | null)?.error?.message ?? (r?.ok ? 'the data API answered with no JSON' : 'the data API did not answer');
		return { panel: null, panelError: { selection, status: r?.status ?? 0, message } };
	}
	const panel: PanelData =
		selection.kind === 'place' ? { kind: 'place', data: body as PlaceResponse } : { kind: 'incident', data: body as IncidentResponse };
	return { panel, panelError: null };
}

/**
 * Set by the page once hydrated. Before that (on the server, and when hydrating) the load waits
 * for the panel data, so a pasted link's panel is in the HTML; after it, a selection's navigation
 * lands at once (URL and history first) and its data follow as a promise.
 */
export const streamPanels = { on: false };
