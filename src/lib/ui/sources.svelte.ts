import { layerData } from '$lib/map/core/data.svelte';
import { DATA_LAYERS } from '$lib/explore/state.svelte';

/** The outlets quoted by every loaded feature, for the attribution; fills in as layers load. */
export function sourcesCited(): { readonly outlets: string[] } {
	const layers = DATA_LAYERS.map((id) => layerData(id));
	const outlets = $derived.by(() => {
		const set = new Set<string>();
		for (const l of layers)
			for (const f of l.data.features)
				// The map model lists each feature's outlets (English name, or the agency relayed).
				for (const name of (f.properties?.outlets ?? []) as string[]) if (name) set.add(name);
		return [...set].sort();
	});
	return {
		get outlets() {
			return outlets;
		}
	};
}
