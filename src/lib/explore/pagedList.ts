/**
 * The result list from the server's pages (`/api/layers/{id}/list`, one list per layer, each sorted
 * by the database): merged into one order in the browser, as far as it is certain. A layer whose
 * loaded rows have all been placed but which has more on the server blocks the merge there: its
 * next row might come first. Asking for more asks those layers for their next page.
 * The order is the listing's own ($lib/explore/listing `listOrder`), ties between layers by their order.
 */
import { listOrder, type ListItem, type ListSort } from './listing';

export interface LayerPages {
	items: ListItem[];
	/** Rows the layer keeps under the query (all pages). */
	total: number;
}

/** The rows certain so far, in order, and the layers to ask for their next page before any more rows. */
export function mergePages(layers: string[], pages: Record<string, LayerPages | undefined>, sort: ListSort): { rows: ListItem[]; blocked: string[] } {
	const order = listOrder(sort);
	const at = layers.map(() => 0);
	const rows: ListItem[] = [];
	for (;;) {
		const blocked = layers.filter((l, i) => pages[l] && at[i] === pages[l]!.items.length && at[i] < pages[l]!.total);
		// Not asked yet: nothing can be placed before its first page is in.
		const unasked = layers.filter((l) => !pages[l]);
		if (blocked.length || unasked.length) return { rows, blocked: [...unasked, ...blocked] };
		let best = -1;
		for (let i = 0; i < layers.length; i++) {
			const item = pages[layers[i]]!.items[at[i]];
			if (!item) continue;
			if (best < 0 || order({ item, ord: i }, { item: pages[layers[best]]!.items[at[best]], ord: best }) < 0) best = i;
		}
		if (best < 0) return { rows, blocked: [] };
		rows.push(pages[layers[best]]!.items[at[best]++]);
	}
}

/** How many rows the query keeps over all `layers` (what the list's count says). */
export function pagedTotal(layers: string[], pages: Record<string, LayerPages | undefined>): number | null {
	let n = 0;
	for (const l of layers) {
		const p = pages[l];
		if (!p) return null;
		n += p.total;
	}
	return n;
}
