/**
 * An answer of the server about the page's query (`/api/layers/{id}/timeline`, `/facets`), asked
 * again when its URL changes: debounced (a dragged slider asks once it rests), the stale request
 * aborted, the last answer kept on screen while the next is on its way. `slow` turns on when an
 * answer takes long (the page shows a quiet loading state), `error` says in words why it failed.
 * Used with a database (issue 21), where the page holds no incident to work these out itself.
 * Must be created during a component's initialisation (it runs an effect).
 */
import { untrack } from 'svelte';
import { isDbError, setDbAway } from '$lib/map/tiles/capability.svelte';

export interface ServerAnswer<T> {
	readonly body: T | null;
	readonly slow: boolean;
	readonly error: string | null;
}

const SLOW_MS = 400;

/** GET `url` as JSON; throws with the server's own message (its error shape) on a failure. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
	const r = await fetch(url, { signal });
	const body = await r.json().catch(() => null);
	if (isDbError(r.status, body)) setDbAway(true);
	if (!r.ok) throw new Error((body as { error?: { message?: string } } | null)?.error?.message ?? `${r.status} ${r.statusText}`);
	return body as T;
}

/** The answer at `url()` (null: ask nothing), re-asked `delay` ms after the URL last changed. */
export function serverAnswer<T>(url: () => string | null, delay = 200): ServerAnswer<T> {
	let body = $state.raw<T | null>(null);
	let slow = $state(false);
	let error = $state<string | null>(null);
	$effect(() => {
		const u = url();
		if (!u) return;
		const ctl = new AbortController();
		// The first answer is asked at once; later ones once the query rests.
		const wait = untrack(() => body) === null ? 0 : delay;
		const slowTimer = setTimeout(() => (slow = true), wait + SLOW_MS);
		const timer = setTimeout(() => {
			getJson<T>(u, ctl.signal)
				.then((b) => {
					body = b;
					error = null;
				})
				.catch((e: unknown) => {
					if (!ctl.signal.aborted) error = e instanceof Error ? e.message : String(e);
				})
				.finally(() => {
					if (ctl.signal.aborted) return;
					clearTimeout(slowTimer);
					slow = false;
				});
		}, wait);
		return () => {
			clearTimeout(timer);
			clearTimeout(slowTimer);
			ctl.abort();
		};
	});
	return {
		get body() {
			return body;
		},
		get slow() {
			return slow;
		},
		get error() {
			return error;
		}
	};
}

/** `/api/layers/{layer}/{what}` with the query's own parameters (the one codec: $lib/explore/query). */
export function answerUrl(layer: string, what: 'list' | 'timeline' | 'facets', params: URLSearchParams): string {
	const s = params.toString();
	return `/api/layers/${encodeURIComponent(layer)}/${what}${s ? `?${s}` : ''}`;
}
