/**
 * Code the home page loads later than its first paint: a dynamic `import()` wrapped so it is
 * requested once per page, and a failed request (offline, a new deployment) is tried again on the
 * next call where the browser allows it (Chromium remembers a module that failed until a reload,
 * so callers also say what failed).
 *
 * @example
 * const loadExport = lazyOnce(() => import('$lib/map/export/exportPng'));
 * button.onclick = async () => (await loadExport()).composeExportPng(...);
 */
export function lazyOnce<T>(load: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | null = null;
	return () =>
		(pending ??= load().catch((e: unknown) => {
			pending = null;
			throw e;
		}));
}
