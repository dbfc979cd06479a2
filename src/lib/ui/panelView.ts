/**
 * What the side panel shows, from what the page knows: the selection the user has just chosen
 * (with what the click, list or search already knew of it) and the loaded answer for the selection
 * in the URL. The panel opens at once with the first and fills in when the second matches it.
 */
import type { Feature } from 'geojson';
import { PICKABLE } from '$lib/map/layers/registry';
import { toHit, type Hit } from '$lib/map/interaction/pick';
import type { PanelData, PanelError, Selection } from '$lib/selection';

/** What is known of a selection before its data load: a click's hit has all of it. */
export type Preview = Selection & Pick<Hit, 'name_en' | 'name_ar' | 'detail'>;

/** `selection` is what the panel is about; `key` its `data-selection`. */
export type PanelView = { selection: Selection; key: string } & (
	| { status: 'loading'; preview: Preview }
	| { status: 'ready'; panel: PanelData }
	| { status: 'error'; error: PanelError; preview: Preview | null }
);

/** `place:albu-kamal`: the panel's `data-selection`. */
export function selectionKey(s: Selection): string {
	return `${s.kind}:${s.id}`;
}

function loadedSelection(panel: PanelData | null, error: PanelError | null): Selection | null {
	if (panel) return panel.kind === 'place' ? { kind: 'place', id: panel.data.place.id } : { kind: 'incident', id: panel.data.incident.id };
	return error?.selection ?? null;
}

/**
 * The panel to show. `chosen` is the user's latest choice while its navigation is under way:
 * `undefined` when none is (the URL's loaded selection is shown), `null` for a close.
 * A loaded answer counts only if it is for the chosen selection, so an earlier choice's answer
 * arriving late never shows in place of the latest one.
 * @example panelView({ kind: 'place', id: 'anbar', name_en: 'Anbar', name_ar: null, detail: '' }, null, null)
 * // { status: 'loading', key: 'place:anbar', preview: … }
 */
export function panelView(chosen: Preview | null | undefined, panel: PanelData | null, error: PanelError | null): PanelView | null {
	if (chosen === null) return null;
	const loaded = loadedSelection(panel, error);
	if (chosen && (!loaded || selectionKey(loaded) !== selectionKey(chosen)))
		return { status: 'loading', selection: { kind: chosen.kind, id: chosen.id }, key: selectionKey(chosen), preview: chosen };
	if (!loaded) return null;
	const at = { selection: loaded, key: selectionKey(loaded) };
	if (panel) return { ...at, status: 'ready', panel };
	return { ...at, status: 'error', error: error!, preview: chosen ?? null };
}

/** A selection's names in both languages, from its loaded data or its preview. */
function names(view: PanelView): { en: string | null; ar: string | null } {
	if (view.status === 'ready') {
		if (view.panel.kind === 'place') return { en: view.panel.data.place.properties.name_en, ar: view.panel.data.place.properties.name_ar || null };
		const p = view.panel.data.incident.properties;
		return { en: p.title_en, ar: p.title_ar || null };
	}
	return { en: view.preview?.name_en ?? null, ar: view.preview?.name_ar || null };
}

/**
 * The panel's heading: the name in the page's language where the data have it — in Arabic (`ar`)
 * a place's name_ar or an incident's title_ar first — else the other; `notFound` for a failed link.
 */
export function panelTitle(view: PanelView, notFound: string, ar = false): string {
	const n = names(view);
	return (ar ? n.ar || n.en : n.en || n.ar) ?? notFound;
}

/** The name in the other language under the heading, with its language (for `lang` and `dir`). */
export function panelSubtitle(view: PanelView, ar = false): { text: string; lang: 'ar' | 'en' } | null {
	const n = names(view);
	if (!n.ar || !n.en) return null;
	return ar ? { text: n.en, lang: 'en' } : { text: n.ar, lang: 'ar' };
}

/**
 * What the loaded map data already say of a selection (name, Arabic name, kind), for a choice
 * from the list, the search or a link, which carry only the id. A feature the map has not loaded
 * gets its id as its name until the panel's data arrive.
 * @param features a data layer's features as the map loaded them (`places`, `incidents`, …)
 */
export function previewOf(sel: Selection, features: (layer: string) => readonly Feature[]): Preview {
	const seen = new Set<string>();
	for (const [layerId, rule] of Object.entries(PICKABLE)) {
		if (rule.kind !== sel.kind || seen.has(rule.layer)) continue;
		seen.add(rule.layer);
		const f = features(rule.layer).find((f) => f.properties?.id === sel.id);
		const hit = f && toHit({ layer: { id: layerId }, properties: f.properties });
		if (hit) return { kind: sel.kind, id: sel.id, name_en: hit.name_en, name_ar: hit.name_ar, detail: hit.detail };
	}
	return { kind: sel.kind, id: sel.id, name_en: sel.id, name_ar: null, detail: '' };
}
