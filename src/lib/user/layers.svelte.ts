/**
 * The user's own layers (imported GeoJSON): one shared, reactive list that the map, the legend, the
 * import control — and later search and the timeline — read. Kept in IndexedDB; never sent anywhere.
 *
 * @example
 * import { userLayers } from '$lib/user/layers.svelte';
 * for (const l of userLayers.list) console.log(l.name, l.collection.features.length, l.dateProperty);
 */
import type { Feature, FeatureCollection } from 'geojson';
import { dateProperties, dateRange } from './dates';
import { m } from '$lib/i18n';
import { isolate } from '$lib/i18n/isolate';
import { deleteLayer, loadLayers, saveLayer, type StoredLayer } from './store';
import { mapData, type MapData } from './mapData';

export interface UserLayer extends StoredLayer {
	/** The first property that holds ISO dates, used by the date filter; null when none. */
	dateProperty: string | null;
	/** What MapLibre draws: the collection with its properties under safe keys (see mapData). */
	mapped: MapData;
	dates: { min: string; max: string } | null;
	/** Whose data it is, when every feature says the same `source` (an ACLED import: ACLED's attribution). */
	attribution: string | null;
	visible: boolean;
	/** Date filter, ISO days; '' = open-ended. */
	from: string;
	to: string;
}

// Distinct from the atlas's own colours (places blue, incidents magenta, areas amber).
const COLOURS = ['#1b9e77', '#7570b3', '#d95f02', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#b15928'];

function enrich(s: StoredLayer): UserLayer {
	const dateProperty = dateProperties(s.collection)[0] ?? null;
	return { ...s, dateProperty, mapped: mapData(s.collection), dates: dateProperty !== null ? dateRange(s.collection, dateProperty) : null, attribution: attributionOf(s.collection), visible: true, from: '', to: '' };
}

function attributionOf(fc: FeatureCollection): string | null {
	const first = fc.features[0]?.properties?.source;
	if (typeof first !== 'string' || !first) return null;
	return fc.features.every((f) => f.properties?.source === first) ? first : null;
}

class UserLayers {
	// Raw: collections can be large, and MapLibre must receive plain objects (a proxy cannot be
	// posted to its worker). Changes replace a layer object; see `update`.
	list = $state.raw<UserLayer[]>([]);
	/** The user's feature whose properties are shown (chosen on the map or in search), or null. */
	picked = $state<{ layerId: string; index: number } | null>(null);
	/** The layer the map should show whole: set when a layer is added or its coordinates fixed (`n` counts, so the same layer can be shown again). */
	focus = $state.raw<{ id: string; n: number } | null>(null);
	/** Set when the browser would not keep the layers (e.g. private mode): they last until reload. */
	storageError = $state<string | null>(null);
	private loading: Promise<void> | null = null;

	/** Reads the stored layers once per page; later calls wait for the same read. */
	load(): Promise<void> {
		this.loading ??= loadLayers().then(
			(stored) => {
				const known = new Set(this.list.map((l) => l.id));
				this.list = [...stored.filter((s) => !known.has(s.id)).map(enrich), ...this.list];
			},
			(e: unknown) => {
				this.storageError = m.storage_read_error({ error: e instanceof Error ? e.message : String(e) });
			}
		);
		return this.loading;
	}

	async add(name: string, collection: FeatureCollection): Promise<UserLayer> {
		const used = new Set(this.list.map((l) => l.colour));
		const stored: StoredLayer = {
			id: `user-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
			name,
			colour: COLOURS.find((c) => !used.has(c)) ?? COLOURS[this.list.length % COLOURS.length],
			added: new Date().toISOString(),
			collection
		};
		const layer = enrich(stored);
		this.list = [...this.list, layer];
		this.focus = { id: layer.id, n: (this.focus?.n ?? 0) + 1 };
		await this.save(stored);
		return layer;
	}

	/** Replaces a layer's features (the import's "swap latitude and longitude" fix), kept and shown whole. */
	async replace(id: string, collection: FeatureCollection): Promise<void> {
		const old = this.get(id);
		if (!old) return;
		const { dateProperty: _d, dates: _r, mapped: _m, visible, from, to, ...stored } = old;
		const next = { ...enrich({ ...stored, collection }), visible, from, to };
		this.list = this.list.map((l) => (l.id === id ? next : l));
		this.focus = { id, n: (this.focus?.n ?? 0) + 1 };
		await this.save({ ...stored, collection });
	}

	private async save(stored: StoredLayer): Promise<void> {
		try {
			await saveLayer(stored);
		} catch (e) {
			this.storageError = m.storage_save_error({ name: isolate(stored.name), error: e instanceof Error ? e.message : String(e) });
		}
	}

	async remove(id: string): Promise<void> {
		this.list = this.list.filter((l) => l.id !== id);
		await deleteLayer(id).catch(() => {});
	}

	/** Changes what the page shows of a layer (visibility, date filter); not stored. */
	update(id: string, patch: Partial<Pick<UserLayer, 'visible' | 'from' | 'to'>>): void {
		this.list = this.list.map((l) => (l.id === id ? { ...l, ...patch } : l));
	}

	/**
	 * Every feature of the visible user layers with where it comes from and its day (when the layer
	 * has a date property): what search and the timeline need to include the user's own data.
	 */
	features(): { layer: UserLayer; index: number; feature: Feature; day: string | null }[] {
		return this.list
			.filter((l) => l.visible)
			.flatMap((layer) =>
				layer.collection.features.map((feature, index) => {
					const v = layer.dateProperty ? feature.properties?.[layer.dateProperty] : null;
					return { layer, index, feature, day: typeof v === 'string' ? v.slice(0, 10) : null };
				})
			);
	}

	get(id: string): UserLayer | undefined {
		return this.list.find((l) => l.id === id);
	}
}

export const userLayers = new UserLayers();
