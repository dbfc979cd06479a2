/**
 * The query part of the page's URL as the explore state reads it: without the selection (a
 * string, unchanged when only the selection changes, so a click does not redo what the query
 * derives). A change of filters or range is shown at once — the map and the list follow the
 * query asked for in the same task — while its navigation (replaceState, the page's load, the
 * scroll bookkeeping) runs after it; the URL then agrees. Call during component init.
 */
import { afterNavigate, goto } from '$app/navigation';
import { page } from '$app/state';
import { withoutSelection } from '$lib/selection';

export function exploreSearch(): { readonly search: string; navigate(href: string): Promise<void> } {
	// The query of the last change asked for, until a navigation lands on it; null: the URL's.
	let asked = $state<string | null>(null);
	// Navigations of ours still running: an older one landing while a newer one runs keeps `asked`.
	const ours = new Set<string>();
	afterNavigate(({ to }) => {
		if (!to || !ours.has(to.url.href) || withoutSelection(to.url.searchParams) === asked) asked = null;
	});
	const search = $derived(asked ?? withoutSelection(page.url.searchParams));
	return {
		get search() {
			return search;
		},
		navigate(href) {
			const url = new URL(href, location.href);
			asked = withoutSelection(url.searchParams);
			ours.add(url.href);
			return goto(url, { replaceState: true, keepFocus: true, noScroll: true }).finally(() => ours.delete(url.href));
		}
	};
}
