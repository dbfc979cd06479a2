/**
 * An iterative JSON syntax check that runs before `JSON.parse`: it finds the first error with its
 * line and column (engines word `JSON.parse` errors differently, and some give no position), and
 * stops at a nesting depth limit — so no recursive code downstream ever sees 100,000 nested arrays.
 */

export interface ScanError {
	offset: number;
	line: number;
	column: number;
	/** What was found and what was expected. */
	message: string;
	kind: 'syntax' | 'depth';
}

/** 1-based line and column of a string offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: offset - start + 1 };
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

function shown(text: string, i: number): string {
	if (i >= text.length) return 'the end of the file';
	const c = text.codePointAt(i)!;
	return c < 0x20 ? `control character U+${c.toString(16).padStart(4, '0').toUpperCase()}` : `“${String.fromCodePoint(c)}”`;
}

/**
 * Checks `text` is one JSON value no deeper than `maxDepth`. Returns null when it is.
 * `onprogress` is called with the fraction scanned, about every megabyte.
 */
export function scanJson(text: string, maxDepth: number, onprogress?: (f: number) => void): ScanError | null {
	const stack: string[] = []; // '[' or '{'
	let i = 0;
	let nextReport = 1 << 20;
	// What may come next: a value, a key (or '}' right after '{'), ':' , ',' or a closer, or the end.
	let expect: 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after' = 'value';
	const fail = (at: number, message: string, kind: ScanError['kind'] = 'syntax'): ScanError => ({
		offset: at,
		...lineColumn(text, at),
		message,
		kind
	});
	const n = text.length;
	for (;;) {
		while (i < n && WS.has(text[i])) i++;
		if (i > nextReport) {
			onprogress?.(i / n);
			nextReport += 1 << 20;
		}
		if (stack.length === 0 && expect === 'after') {
			return i < n ? fail(i, `found ${shown(text, i)} after the end of the JSON value: a file holds one value (one FeatureCollection)`) : null;
		}
		if (i >= n) return fail(i, 'the file ends before the JSON does (is it cut short?)');
		const c = text[i];
		if (expect === 'colon') {
			if (c !== ':') return fail(i, `expected “:” after a key, found ${shown(text, i)}`);
			i++;
			expect = 'value';
			continue;
		}
		if (expect === 'after') {
			const top = stack[stack.length - 1];
			if (c === ',') {
				i++;
				expect = top === '{' ? 'key' : 'value';
				continue;
			}
			if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
				stack.pop();
				i++;
				continue;
			}
			return fail(i, `expected “,” or “${top === '[' ? ']' : '}'}”, found ${shown(text, i)}`);
		}
		if (expect === 'key' || expect === 'firstKey') {
			if (c === '}' && expect === 'firstKey') {
				stack.pop();
				i++;
				expect = 'after';
				continue;
			}
			if (c !== '"') return fail(i, `expected a key in double quotes, found ${shown(text, i)}${c === '}' ? ' (a trailing comma is not allowed in JSON)' : ''}`);
			const end = stringEnd(text, i);
			if (typeof end !== 'number') return fail(end.at, end.message);
			i = end;
			expect = 'colon';
			continue;
		}
		// A value.
		if (c === ']' && expect === 'firstValue') {
			stack.pop();
			i++;
			expect = 'after';
			continue;
		}
		if (c === '[' || c === '{') {
			if (stack.length >= maxDepth) return fail(i, `nesting deeper than ${maxDepth} levels`, 'depth');
			stack.push(c);
			i++;
			expect = c === '[' ? 'firstValue' : 'firstKey';
			continue;
		}
		if (c === '"') {
			const end = stringEnd(text, i);
			if (typeof end !== 'number') return fail(end.at, end.message);
			i = end;
		} else {
			NUMBER.lastIndex = i;
			LITERAL.lastIndex = i;
			if (NUMBER.test(text)) i = NUMBER.lastIndex;
			else if (LITERAL.test(text)) i = LITERAL.lastIndex;
			else {
				const hint =
					c === "'" ? ' (JSON strings take double quotes)' : c === ']' ? ' (a trailing comma is not allowed in JSON)' : /[NI]/.test(c) ? ' (NaN and Infinity are not JSON)' : '';
				return fail(i, `expected a value, found ${shown(text, i)}${hint}`);
			}
		}
		expect = 'after';
	}
}

/** Offset just past the string starting at `start` (a '"'), or where and why it is broken. */
function stringEnd(text: string, start: number): number | { at: number; message: string } {
	for (let i = start + 1; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22) return i + 1;
		if (c === 0x5c) {
			const e = text[i + 1];
			if (e === 'u') {
				if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, message: 'a \\u escape needs four hexadecimal digits' };
				i += 5;
			} else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
			else return { at: i, message: `the escape “\\${e ?? ''}” is not allowed in JSON` };
		} else if (c < 0x20) return { at: i, message: `${shown(text, i)} inside a string (escape it, e.g. \\n)` };
	}
	return { at: start, message: 'a string is never closed (missing ")' };
}
