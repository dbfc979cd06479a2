/**
 * The `Range` header of a GET, by RFC 9110 §14 — pure, no I/O.
 *
 *   parseRange(undefined, 100)        → { kind: 'none' }              no Range: send the whole file
 *   parseRange('bytes=0-0', 100)      → { kind: 'range', start: 0, end: 0 }   206, one byte
 *   parseRange('bytes=-10', 100)      → { kind: 'range', start: 90, end: 99 } a suffix range
 *   parseRange('bytes=5-1', 100)      → { kind: 'unsatisfiable' }     416, Content-Range: bytes * /100
 *   parseRange('bytes=0-1,5-6', 100)  → { kind: 'none' }              several ranges: answered 200 whole
 *   parseRange('items=0-1', 100)      → { kind: 'none' }              a unit we do not serve is ignored
 *
 * An invalid ranges-specifier in bytes (last < first, garbage, a range past the end) gets a 416,
 * as §14.2 says a server SHOULD. The end of a range past the file is clipped to its last byte.
 */

/** @typedef {{ kind: 'none' } | { kind: 'unsatisfiable' } | { kind: 'range', start: number, end: number }} RangeAnswer */

const SPEC = /^(\d*)-(\d*)$/;

/**
 * One range-spec: 'invalid' (malformed, or last < first), 'outside' (starts past the end), or the
 * byte range it selects, clipped to the file.
 * @param {string} spec
 * @param {number} size
 * @returns {'invalid' | 'outside' | { start: number, end: number }}
 */
function one(spec, size) {
	const m = SPEC.exec(spec);
	if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
	if (m[1] === '') {
		// suffix-range: the last N bytes
		const n = Number(m[2]);
		if (!Number.isSafeInteger(n)) return 'invalid';
		if (n === 0 || size === 0) return 'outside';
		return { start: Math.max(0, size - n), end: size - 1 };
	}
	const start = Number(m[1]);
	const last = m[2] === '' ? Infinity : Number(m[2]);
	if (!Number.isSafeInteger(start) || !(Number.isSafeInteger(last) || last === Infinity) || last < start) return 'invalid';
	if (start >= size) return 'outside';
	return { start, end: Math.min(last, size - 1) };
}

/**
 * @param {string | undefined | null} header the Range header as received
 * @param {number} size the byte length of the representation
 * @returns {RangeAnswer}
 */
export function parseRange(header, size) {
	if (header == null) return { kind: 'none' };
	const eq = header.indexOf('=');
	if (eq < 0) return { kind: 'none' };
	if (header.slice(0, eq).trim().toLowerCase() !== 'bytes') return { kind: 'none' };
	const parts = header
		.slice(eq + 1)
		.split(',')
		.map((s) => one(s.trim(), size));
	if (parts.includes('invalid') || parts.every((p) => p === 'outside')) return { kind: 'unsatisfiable' };
	// Several ranges may be answered with the whole file (§14.2), and are.
	const ranges = parts.filter((p) => typeof p === 'object');
	if (parts.length > 1) return { kind: 'none' };
	return { kind: 'range', ...ranges[0] };
}
