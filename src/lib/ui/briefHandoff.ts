/**
 * How the map gets into a printed brief: the page that has the map draws it (the composed PNG,
 * $lib/map/export) and hands the picture to the brief it opened, by `postMessage` between the two
 * windows of the same origin. The brief cannot draw the map itself without a second MapLibre, its
 * layers and the page's view; a link to a brief opened on its own has everything but the picture,
 * and says so.
 *
 *   page:  openBrief('/brief?…', () => composePng())    brief:  await receiveBriefMap()
 *
 * The brief asks (READY) once its script runs; the page answers (MAP) when the PNG is made. The
 * window is opened first, in the click, so no popup blocker stops it.
 */
export const READY = 'frontier-atlas:brief-ready';
export const MAP = 'frontier-atlas:brief-map';

export interface BriefMap {
	png: Blob | null;
	error: string | null;
}

/** Opens the brief in a new window and sends it the PNG when both are ready; false when the window was blocked. */
export function openBrief(href: string, makePng: () => Promise<Blob>): boolean {
	const w = window.open(href, '_blank');
	if (!w) return false;
	const png = makePng();
	// Unhandled until the brief asks: the answer then carries the error.
	png.catch(() => {});
	const onMessage = async (ev: MessageEvent) => {
		if (ev.source !== w || ev.origin !== location.origin || ev.data?.type !== READY) return;
		window.removeEventListener('message', onMessage);
		let answer: BriefMap;
		try {
			answer = { png: await png, error: null };
		} catch (e) {
			answer = { png: null, error: e instanceof Error ? e.message : String(e) };
		}
		w.postMessage({ type: MAP, ...answer }, location.origin);
	};
	window.addEventListener('message', onMessage);
	return true;
}

/**
 * The picture the opening page sends, or null when there is no opening page (a brief opened from
 * a link) or it does not answer within `timeoutMs`.
 */
export function receiveBriefMap(timeoutMs = 60_000): Promise<BriefMap | null> {
	const opener = window.opener as Window | null;
	if (!opener) return Promise.resolve(null);
	return new Promise((resolve) => {
		const done = (v: BriefMap | null) => {
			window.removeEventListener('message', onMessage);
			clearTimeout(timer);
			resolve(v);
		};
		const onMessage = (ev: MessageEvent) => {
			if (ev.source !== opener || ev.origin !== location.origin || ev.data?.type !== MAP) return;
			done({ png: ev.data.png instanceof Blob ? ev.data.png : null, error: typeof ev.data.error === 'string' ? ev.data.error : null });
		};
		const timer = setTimeout(() => done(null), timeoutMs);
		window.addEventListener('message', onMessage);
		try {
			opener.postMessage({ type: READY }, location.origin);
		} catch {
			done(null);
		}
	});
}
