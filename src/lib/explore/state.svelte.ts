/**
 * The page's explore state, all of it read from the URL: the query, what it keeps of each layer,
 * and the writer that puts a changed query back into the URL (replaceState: filters and the
 * range are not history steps; selections are, through `goto` in the page).
 */
import type { Feature } from 'geojson';
import { getContext, setContext } from 'svelte';
import { browser } from '$app/environment';
import { fromTiles, layerData } from '$lib/map/core/data.svelte';
import { GAZETTEER_LAYERS } from '$lib/model/layers';
import { dayRange, isFiltered, parseQuery, type PageQuery } from './query';
import { keptOf, readSpans, type GeoTests, type SelectContext } from './select';
import { queryHref, visibleLayers } from './url';
import { dropUnknown, knownNames, unknownSelection } from './unknown';
import { parsePlayback, playbackParams, type Playback } from './playback';
import type { QueryError } from './query';

/** The layers the explore state filters and lists: the gazetteer's and the incidents. */
export const DATA_LAYERS = [...GAZETTEER_LAYERS, 'incidents'] as const;

/**
 * Near targets on the page: any gazetteer feature the page has loaded. The geometry tests are
 * fetched the first time a query asks for them (reactive: what a `near` or `bbox` query keeps is
 * worked out again once they are in).
 */
export function pageContext(): SelectContext {
	const layers = GAZETTEER_LAYERS.map((id) => layerData(id));
	// Only the incidents share footprints by reference ($lib/atlas/mapModel): gazetteer features hold their own.
	const incidents = layerData('incidents');
	let geo = $state.raw<GeoTests | null>(null);
	let asked = false;
	return {
		target(id) {
			for (const l of layers) {
				const f = l.data.features.find((f) => f.properties?.id === id);
				if (f) return f.geometry ?? null;
			}
			return null;
		},
		geometry: (f) => incidents.geometryOf(f),
		get geo() {
			if (!asked && browser) {
				asked = true;
				import('./geoTests').then((m) => (geo = m.geoTests)).catch(() => (asked = false));
			}
			return geo;
		}
	};
}

export class ExploreState {
	readonly ctx = pageContext();
	readonly sources = Object.fromEntries(DATA_LAYERS.map((id) => [id, layerData(id)]));

	private readonly url: () => URL;
	private readonly navigate: (href: string) => unknown;
	constructor(url: () => URL, navigate: (href: string) => unknown) {
		this.url = url;
		this.navigate = navigate;
	}

	/** Every name the loaded layers hold; null until they are all in (a name cannot be called unknown before). */
	// Not with tiles: the page then holds no incident, so names cannot be checked here (the server's answers check them).
	readonly tiled = fromTiles('incidents');
	readonly #known = $derived.by(() => (!this.tiled && DATA_LAYERS.every((id) => this.sources[id].loaded) ? knownNames(Object.fromEntries(DATA_LAYERS.map((id) => [id, this.features(id)]))) : null));

	/** The query of the link, and every problem with it: malformed parameters, and names the atlas lacks (each ignored, the rest applied). */
	readonly parsed = $derived.by(() => {
		const params = this.url().searchParams;
		const read = parseQuery(params);
		const play = parsePlayback(params).errors;
		if (!this.#known) return { query: read.query, errors: [...read.errors, ...play] };
		const checked = dropUnknown(read.query, this.#known);
		return { query: checked.query, errors: [...read.errors, ...checked.errors, ...play] };
	});

	/** The timeline's play step and mode (./playback): in the link, but not filters. */
	readonly playback: Playback = $derived.by(() => {
		const { step, mode } = parsePlayback(this.url().searchParams);
		return { step, mode };
	});

	/** Put a changed step or mode into the URL (replaceState, like the filters). */
	setPlayback(p: Playback): unknown {
		const params = new URLSearchParams(location.search);
		for (const [k, v] of Object.entries(playbackParams(p))) {
			if (v === undefined) params.delete(k);
			else params.set(k, v);
		}
		const s = params.toString();
		return this.navigate(`${location.pathname}${s ? `?${s}` : ''}${location.hash}`);
	}

	/** A notice for the link's selection when it names a place or incident the atlas lacks. */
	selectionErrors(params: URLSearchParams): QueryError[] {
		return this.#known ? unknownSelection(params, this.#known) : [];
	}
	readonly query: PageQuery = $derived(this.parsed.query);
	// Through a string: a new query with the same layers (every step of the timeline) keeps the same
	// object, so what is derived from the shown layers (the list's order of 100,000 rows, the
	// facets) is not worked out again.
	readonly #visibleKey = $derived(JSON.stringify(visibleLayers(this.query)));
	readonly visible: Record<string, boolean> = $derived(JSON.parse(this.#visibleKey));
	readonly filtered = $derived(isFiltered(this.query));
	/** The query's inclusive days (the time window the map fades imprecise incidents by). */
	readonly range = $derived(dayRange(this.query));

	/**
	 * The map has drawn its data (or cannot: no WebGL). The list and the timeline wait for it: at
	 * 100,000 incidents sorting and binning them first would hold the map back by seconds.
	 */
	get mapSettled(): boolean {
		return this.#settled;
	}
	set mapSettled(v: boolean) {
		this.#settled = v;
		// The first step of the timeline should be as quick as the next: read the spans now.
		if (v) setTimeout(() => DATA_LAYERS.forEach((id) => readSpans(this.features(id))));
	}
	#settled = $state(false);

	/**
	 * Resolves once the map has drawn the data it was last given (the page sets it when its map
	 * is ready; without a map, at once). What follows a query change on the page but is not the
	 * map — the list's rows — waits for it, so the map's frame of a timeline step comes first.
	 */
	afterMapDrawn: () => Promise<void> = () => Promise.resolve();

	/** Every feature of each data layer, as loaded. */
	features(layer: string): Feature[] {
		return this.sources[layer]?.data.features ?? [];
	}

	/** The features each layer keeps under the query, in their order; null where it keeps the whole layer. */
	readonly keptFeatures: Record<string, Feature[] | null> = $derived.by(() => {
		if (!this.filtered) return Object.fromEntries(DATA_LAYERS.map((id) => [id, null]));
		// A layer the query leaves whole (places under a time range) is not filtered at all.
		return Object.fromEntries(DATA_LAYERS.map((id) => [id, keptOf(this.features(id), this.query, this.ctx)]));
	});

	/** Ids each layer keeps under the query; null where it keeps the whole layer. */
	readonly kept: Record<string, string[] | null> = $derived(
		Object.fromEntries(Object.entries(this.keptFeatures).map(([id, fs]) => [id, fs && fs.map((f) => String(f.properties?.id ?? f.id))]))
	);

	/** Put a changed query into the URL, keeping the selection, `q` and the view; returns what the navigation returns (a promise in the page). */
	set(q: PageQuery): unknown {
		return this.navigate(queryHref(q, location));
	}

	update(patch: Partial<PageQuery>): unknown {
		const next: PageQuery = { ...this.query, ...patch };
		for (const k of Object.keys(next) as (keyof PageQuery)[]) if (next[k] === undefined) delete next[k];
		return this.set(next);
	}
}

const KEY = Symbol('explore');
export function setExplore(s: ExploreState): ExploreState {
	setContext(KEY, s);
	return s;
}
export function getExplore(): ExploreState {
	const s = getContext<ExploreState | undefined>(KEY);
	if (!s) throw new Error('getExplore() outside the page that set it');
	return s;
}
