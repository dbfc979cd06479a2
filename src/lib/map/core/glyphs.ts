import { FONT_STACK, FONT_STACK_BOLD } from './labels';

/**
 * The style's glyph URLs use this scheme: MapLibre hands them to the protocol registered with
 * `addProtocol` (see `glyphLoader`), which answers from the downloads started with the map.
 */
export const GLYPH_SCHEME = 'atlas-glyphs';

/** The style's `glyphs` template. */
export const GLYPHS_URL = `${GLYPH_SCHEME}://{fontstack}/{range}`;

/**
 * The glyph ranges the labels of the first view use, by font stack: Basic Latin and Latin-1
 * (0-255), Latin Extended-A (256-511: the ā and ş of transliterations), General Punctuation
 * (8192-8447: the en dash, the bidi marks), Arabic (1536-1791) and Arabic Presentation Forms-B
 * (65024-65279: MapLibre shapes Arabic into them). Country names are the only bold labels.
 * Downloaded as soon as MapLibre is, instead of a round trip after the worker has laid the labels
 * out; any other range is downloaded when MapLibre asks for it.
 */
export const FIRST_RANGES: [stack: string[], ranges: string[]][] = [
	[FONT_STACK, ['0-255', '256-511', '1536-1791', '8192-8447', '65024-65279']],
	[FONT_STACK_BOLD, ['0-255', '65024-65279']]
];

/**
 * The file a glyph request stands for: `atlas-glyphs://<stack>/<range>` (MapLibre puts the stack
 * in as it is, names joined by commas) → `/glyphs/<stack>/<range>.pbf`; null for anything else.
 * @example glyphPath('atlas-glyphs://Noto Sans Regular/0-255') // '/glyphs/Noto Sans Regular/0-255.pbf'
 */
export function glyphPath(url: string): string | null {
	const m = /^atlas-glyphs:\/\/([^/]+)\/(\d+-\d+)$/.exec(url);
	return m ? `/glyphs/${m[1]}/${m[2]}.pbf` : null;
}

/** `/glyphs/<stack>/<range>.pbf` of a stack and a range. */
export function stackPath(stack: string[], range: string): string {
	return `/glyphs/${stack.join(',')}/${range}.pbf`;
}

type Fetch = (path: string) => Promise<ArrayBuffer>;

/**
 * A glyph source for MapLibre's `addProtocol`: starts the first view's ranges at once and answers
 * each request from its download (a copy: MapLibre may transfer the buffer), fetching any other
 * range on demand. A failed download is not kept, so a later request tries again.
 */
export function glyphLoader(get: Fetch, first = FIRST_RANGES) {
	const downloads = new Map<string, Promise<ArrayBuffer>>();
	const load = (path: string) => {
		let p = downloads.get(path);
		if (!p) {
			p = get(path);
			downloads.set(path, p);
			p.catch(() => downloads.delete(path));
		}
		return p;
	};
	for (const [stack, ranges] of first) for (const range of ranges) load(stackPath(stack, range));
	return async ({ url }: { url: string }): Promise<{ data: ArrayBuffer }> => {
		const path = glyphPath(url);
		if (!path) throw new Error(`Not a glyph request: ${url}`);
		return { data: (await load(path)).slice(0) };
	};
}

/** Fetches a glyph file of this app; rejects on an HTTP error. */
export async function fetchGlyphs(path: string): Promise<ArrayBuffer> {
	const r = await fetch(path);
	if (!r.ok) throw new Error(`${path}: ${r.status} ${r.statusText}`);
	return r.arrayBuffer();
}
