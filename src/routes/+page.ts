import { selectionFromUrl } from '$lib/selection';
import { fetchPanel, streamPanels, type PanelLoad } from '$lib/panelLoad';
import type { PageLoad } from './$types';

// Runs on the server for the first paint, so a pasted link's panel is in the HTML before the
// map has even loaded; in the browser on later selections, where the navigation does not wait
// for the panel's data: `pending` resolves to them (the panel opens at once and fills in).
export const load: PageLoad = async ({ fetch, url }) => {
	const selection = selectionFromUrl(url);
	const none: PanelLoad & { pending: Promise<PanelLoad> | null } = { panel: null, panelError: null, pending: null };
	if (!selection) return none;
	const answer = fetchPanel(fetch, selection);
	if (streamPanels.on) return { ...none, pending: answer };
	return { ...(await answer), pending: null };
};
