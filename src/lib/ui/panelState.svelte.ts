/**
 * Which panel the page shows, and when the map makes room for it. Create during the page's init.
 *
 * - `chosen`: the user's latest choice (with what was known of it). The panel opens with it at
 *   once, while its navigation and data load. undefined: no choice, the URL's loaded selection
 *   shows; null: closing. Only the latest navigation ever lands (SvelteKit drops superseded ones),
 *   so when one lands naming another selection than the choice, the URL is the truth again; when
 *   it names the choice, the choice is kept for what it knew (a failed load still shows the name).
 * - `loaded`: the answer for the URL's selection: at once from a server render, else when it
 *   arrives (an answer for a URL since left is dropped).
 * - `mapBeside`: the map makes room for the panel (narrows beside it, or pads above the sheet) one
 *   frame after the panel first paints: a resized map redraws at once (MapLibre's resize
 *   observer), which would hold up the panel's own first frame. A pasted link's panel is laid out
 *   from the start.
 */
import { untrack } from 'svelte';
import type { Feature } from 'geojson';
import { afterNavigate } from '$app/navigation';
import { page } from '$app/state';
import type { PanelLoad } from '$lib/panelLoad';
import { selectionFromUrl, type Selection } from '$lib/selection';
import { panelView, previewOf, selectionKey, type Preview } from './panelView';

export class PanelState {
	chosen = $state<Preview | null | undefined>(undefined);
	loaded = $state.raw<PanelLoad>({ panel: null, panelError: null });
	readonly view = $derived(panelView(this.chosen, this.loaded.panel, this.loaded.panelError));
	mapBeside = $state(false);
	/**
	 * What the map marks and brings into view: the shown panel's feature, once loaded (its geometry
	 * comes with it) and once the map has made room for the panel (the fit measures the room).
	 */
	readonly selected = $derived.by(() => {
		const view = this.view;
		if (view?.status !== 'ready' || !this.mapBeside) return null;
		const p = view.panel;
		const f = p.kind === 'place' ? p.data.place : p.data.incident;
		return { kind: p.kind, id: f.id, geometry: f.geometry };
	});
	private readonly features: (layer: string) => readonly Feature[];

	constructor(data: () => PanelLoad & { pending: Promise<PanelLoad> | null }, features: (layer: string) => readonly Feature[]) {
		this.features = features;
		untrack(() => {
			const d = data();
			this.loaded = { panel: d.panel, panelError: d.panelError };
			// Arriving from another page with a selection whose data are still on their way.
			const sel = d.pending && selectionFromUrl(page.url);
			if (sel) this.chosen = this.preview(sel);
			this.mapBeside = !!this.view;
		});
		afterNavigate(({ to }) => {
			const sel = to && selectionFromUrl(to.url);
			if (!this.chosen || !sel || selectionKey(sel) !== selectionKey(this.chosen)) this.chosen = undefined;
		});
		$effect(() => {
			const { pending, panel, panelError } = data();
			if (!pending) return void (this.loaded = { panel, panelError });
			let live = true;
			pending.then((answer) => live && (this.loaded = answer));
			return () => (live = false);
		});
		$effect(() => {
			if (!this.view) return void (this.mapBeside = false);
			if (untrack(() => this.mapBeside)) return;
			let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => (this.mapBeside = true))));
			return () => cancelAnimationFrame(frame);
		});
	}

	/** What the loaded map data already say of a selection. */
	preview(sel: Selection): Preview {
		return previewOf(sel, this.features);
	}
}
