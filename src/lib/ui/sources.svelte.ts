import { layerData } from '$lib/map/data.svelte';

/**
 * The outlets quoted and the `source (licence)` pairs cited by every loaded feature, for the
 * attribution. Reactive getters: they fill in as the layers load.
 */
export function sourcesCited(): { readonly outlets: string[]; readonly sources: string[] } {
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
	const sources = $derived.by(() => {
		const set = new Set<string>();
		for (const l of layers)
			for (const f of l.data.features) {
				const p = f.properties ?? {};
				if (p.source) set.add(p.license ? `${p.source} (${p.license})` : p.source);
			}
		return [...set].sort();
	});
	return {
		get outlets() {
			return outlets;
		},
		get sources() {
			return sources;
		}
	};
}
