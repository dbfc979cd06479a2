import { layerData } from '$lib/map/data.svelte';

/** The outlets quoted by every loaded feature, for the attribution; fills in as layers load. */
export function sourcesCited(): { readonly outlets: string[] } {
	const layers = ['places', 'areas', 'lines', 'countries', 'incidents'].map(layerData);
	const outlets = $derived.by(() => {
		const set = new Set<string>();
		for (const l of layers)
			for (const f of l.data.features)
				for (const e of (f.properties?.excerpts ?? []) as { outlet_en?: string | null; outlet_ar?: string | null }[]) {
					const name = e.outlet_en ?? e.outlet_ar;
					if (name) set.add(name);
				}
		return [...set].sort();
	});
	return {
		get outlets() {
			return outlets;
		}
	};
}
