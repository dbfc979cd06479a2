import * as v from 'valibot';
import { browser } from '$app/environment';
import { articleTable, PanelWireSchema, withSources, type ArticleTable, type IncidentWire, type PlaceWire, type WireExcerpt } from './model/panel';
import type { ApiError } from './types';
import { selectionApi, type PanelData, type PanelError, type Selection } from './selection';

/** The loaded answer for a selection: its panel data, or why there are none. */
export interface PanelLoad {
	panel: PanelData | null;
	panelError: PanelError | null;
}

/** The browser's article table: fetched once per page (on the server, once per render). */
let table: Promise<ArticleTable> | null = null;

/**
 * The article table (`/api/articles`) the excerpts' source lines come from; never rejects: without
 * it the excerpts still show, their source unknown, and the next panel asks again.
 */
function articles(fetch: typeof globalThis.fetch): Promise<ArticleTable> {
	if (browser && table) return table;
	const made = fetch('/api/articles')
		.then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
		.then((body: Parameters<typeof articleTable>[0]) => articleTable(body))
		.catch(() => {
			if (browser) table = null;
			return new Map() as ArticleTable;
		});
	if (browser) table = made;
	return made;
}

/** Fetches a selection's panel data; never rejects (a failure is a `panelError`). */
export async function fetchPanel(fetch: typeof globalThis.fetch, selection: Selection): Promise<PanelLoad> {
	const source = articles(fetch);
	const r = await fetch(selectionApi(selection)).catch(() => null);
	const body = (await r?.json().catch(() => null)) as unknown;
	if (!r?.ok || !body) {
		const message = (body as ApiError | null)?.error?.message ?? (r?.ok ? 'the data API answered with no JSON' : 'the data API did not answer');
		return { panel: null, panelError: { selection, status: r?.status ?? 0, message } };
	}
	if (!v.is(PanelWireSchema, body)) return { panel: null, panelError: { selection, status: r.status, message: 'the data API answered with something else than a panel' } };
	// The one place excerpts get their article's outlet, headline and date back ($lib/model/panel).
	const excerpts = withSources(body.excerpts as unknown as WireExcerpt[], await source);
	const panel: PanelData =
		selection.kind === 'place'
			? { kind: 'place', data: { ...(body as unknown as PlaceWire), excerpts } }
			: { kind: 'incident', data: { ...(body as unknown as IncidentWire), excerpts } };
	return { panel, panelError: null };
}

/**
 * Set by the page once hydrated. Before that (on the server, and when hydrating) the load waits
 * for the panel data, so a pasted link's panel is in the HTML; after it, a selection's navigation
 * lands at once (URL and history first) and its data follow as a promise.
 */
export const streamPanels = { on: false };
