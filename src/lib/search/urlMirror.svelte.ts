/**
 * The search box's query mirrored in the URL (`?q=`, ./url): written with replaceState a moment
 * after typing stops (no history entry per key), and read back when Back or Forward lands on
 * another. Call it while the component initialises (it registers afterNavigate and an effect).
 */
import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { queryFromUrl, queryHref } from './url';

/**
 * @param read the query now in the box
 * @param restore puts the query of the URL Back or Forward landed on into the box
 * @returns write(now): mirrors the query into `?q=` at once, or 300 ms after the last call
 */
export function urlMirror(read: () => string, restore: (query: string) => void): (now?: boolean) => void {
	afterNavigate((nav) => {
		if (nav.type === 'popstate') restore(queryFromUrl(page.url));
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	$effect(() => () => clearTimeout(timer));
	return (now = false) => {
		clearTimeout(timer);
		const write = () => {
			const href = queryHref(read(), location);
			if (href !== `${location.pathname}${location.search}${location.hash}`) replaceState(href, page.state);
		};
		if (now) write();
		else timer = setTimeout(write, 300);
	};
}
