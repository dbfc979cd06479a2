const loading = new Map<string, Promise<void>>();

/**
 * Adds `<link rel="stylesheet" href>` to the document's head, once per URL, and resolves when it
 * has loaded — or failed: a map without its stylesheet still works, its controls are only plainer.
 */
export function loadStylesheet(href: string, doc: Document = document): Promise<void> {
	let done = loading.get(href);
	if (done) return done;
	const link = doc.createElement('link');
	done = new Promise<void>((resolve) => {
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener('error', () => resolve(), { once: true });
	});
	link.rel = 'stylesheet';
	link.href = href;
	doc.head.append(link);
	loading.set(href, done);
	return done;
}
