/**
 * The search code is not part of the home page's first JavaScript: its chunk (./runtime.svelte.ts:
 * MiniSearch, the key builders, the indexes) is fetched the first time the search box gets focus
 * or input, or when the URL already holds a query (`?q=`).
 */
import { lazyOnce } from '$lib/lazy';
import type { SearchRuntime } from './runtime.svelte';

export type { SearchRuntime };

let runtime: SearchRuntime | null = null;
const fetchRuntime = lazyOnce(() => import('./runtime.svelte'));

/** The page's one search runtime, created once its chunk has arrived. */
export async function loadSearch(): Promise<SearchRuntime> {
	const mod = await fetchRuntime();
	return (runtime ??= mod.createSearch());
}
