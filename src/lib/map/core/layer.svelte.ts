import { getContext, setContext } from 'svelte';
import type {
	FilterSpecification,
	LayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { getMap, ifAlive } from './context';

const SOURCE_KEY = Symbol('atlas-source');

export function setSourceContext(id: string): void {
	setContext(SOURCE_KEY, id);
}

/** The id of the enclosing <GeoJSONSource> or <VectorSource>; throws outside one. */
export function getSourceId(): string {
	const id = getContext<string | undefined>(SOURCE_KEY);
	if (!id) throw new Error('A layer component must sit inside a <GeoJSONSource> or <VectorSource>');
	return id;
}

type Paintable = Exclude<LayerSpecification, { type: 'background' }>;

/** Props every layer component accepts: the style-spec layer minus `type` and `source`. */
export type LayerProps<L extends Paintable> = Omit<L, 'type' | 'source' | 'filter'> & {
	filter?: FilterSpecification;
	/** Legend toggles drive this; `visibility` in `layout` is managed for you. */
	visible?: boolean;
	/** Insert below this layer if it exists (basemap labels stay on top of data fills). */
	beforeId?: string;
};

/**
 * Adds a layer of `type` to the enclosing source when the component is created, keeps its
 * visibility and filter in step with the props, and removes it when the component goes.
 * Paint and layout are fixed at creation: use feature-state for per-feature styling.
 */
export function useLayer<L extends Paintable>(type: L['type'], props: () => LayerProps<L>): void {
	const map = getMap();
	const source = getSourceId();
	const { visible = true, beforeId, filter, ...rest } = props();
	const id = rest.id;
	const spec = {
		...rest,
		type,
		source,
		layout: { ...(rest.layout ?? {}), visibility: visible ? 'visible' : 'none' },
		...(filter ? { filter } : {})
	} as LayerSpecification;
	map.addLayer(spec, beforeId && map.getLayer(beforeId) ? beforeId : undefined);

	$effect(() => {
		const v = props().visible ?? true;
		map.setLayoutProperty(id, 'visibility', v ? 'visible' : 'none');
	});
	$effect(() => {
		map.setFilter(id, props().filter ?? null);
	});
	$effect(() => () => ifAlive(map, (m) => m.getLayer(id) && m.removeLayer(id)));
}
