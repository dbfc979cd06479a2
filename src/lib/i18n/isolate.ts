/**
 * Keeping a user-supplied name (a file, a layer, a typed query) from re-ordering the text around
 * it: a right-to-left override (U+202E) or an Arabic name inside an English sentence must not
 * reverse or move the app's own words. In markup the name goes in a <bdi> (see ui/Named.svelte);
 * where only a string can go (an attribute, a message kept as text) it is wrapped in FIRST STRONG
 * ISOLATE … POP DIRECTIONAL ISOLATE, the characters that do the same (Unicode UAX #9, X5c–X6a).
 *
 * @example
 * el.title = m.user_layer_filter_label({ name: isolate(layer.name), prop: isolate(prop) });
 * messageParts((n) => m.import_refused({ name: n })) // ['“', '” was not imported.']
 */

const FSI = '\u2068';
const PDI = '\u2069';
/** A private-use character: never in a message of ours, so it marks where the name goes. */
const MARK = '\uE000';

/**
 * The name wrapped in an isolate. A PDI also ends any override or embedding opened inside (so a
 * U+202E stays inside); isolates the name itself leaves open are closed first, or the closing PDI
 * would match one of theirs and leave ours open over the rest of the sentence.
 */
export function isolate(name: string): string {
	let open = 0;
	for (const ch of name) {
		if (ch >= '\u2066' && ch <= FSI) open++;
		else if (ch === PDI && open > 0) open--;
	}
	return FSI + name + PDI.repeat(open) + PDI;
}

/** The message's own text before and after each place `render` puts the name: parts.length - 1 names. */
export function messageParts(render: (name: string) => string): string[] {
	return render(MARK).split(MARK);
}
