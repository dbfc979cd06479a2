/**
 * Recognising UTF-16 text, with or without a byte-order mark, so that both the GeoJSON import and
 * `npm run add` can name it (and say how to convert it) instead of calling it "binary": its ASCII
 * characters carry a zero byte, which a UTF-8 text never holds.
 *
 * @example
 * const u = utf16Of(bytes); // { encoding: 'UTF-16LE', bom: false } or null
 * if (u) console.log(`convert it: iconv -f ${u.encoding} -t UTF-8 in > out`);
 */

export interface Utf16 {
	/**
	 * What to give `iconv -f`: plain UTF-16 when a BOM says the byte order; else the order found,
	 * because iconv implementations guess differently without one (glibc: little-endian, macOS:
	 * big-endian).
	 */
	encoding: 'UTF-16' | 'UTF-16LE' | 'UTF-16BE';
	bom: boolean;
}

/** Bytes looked at without a BOM: enough to see the pattern, cheap for a 20 MB file. */
const SAMPLE = 4096;

export function utf16Of(b: Uint8Array): Utf16 | null {
	if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return { encoding: 'UTF-16', bom: true };
	const pairs = Math.floor(Math.min(b.length, SAMPLE) / 2);
	if (pairs === 0) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < pairs * 2; i += 2) {
		if (b[i] === 0) even++;
		if (b[i + 1] === 0) odd++;
	}
	// ASCII (JSON's punctuation, digits, Latin names, spaces, line ends) is 00 xx in big-endian, xx 00
	// in little-endian; Arabic (U+06xx) has no zero byte, but Arabic prose still has a space in every
	// six characters or so. UTF-8 text never holds a zero byte: one pair in 16 with a zero on one
	// side, and hardly any on the other (binary files have them on both), is UTF-16.
	const one = (a: number, other: number) => a >= Math.max(1, pairs / 16) && other * 8 <= a;
	if (one(odd, even) && plainText(b, pairs, true)) return { encoding: 'UTF-16LE', bom: false };
	if (one(even, odd) && plainText(b, pairs, false)) return { encoding: 'UTF-16BE', bom: false };
	return null;
}

/** The sample read as UTF-16 holds no control character but tab, line feed and carriage return. */
function plainText(b: Uint8Array, pairs: number, little: boolean): boolean {
	for (let i = 0; i < pairs * 2; i += 2) {
		const unit = little ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1];
		if (unit < 0x20 && unit !== 9 && unit !== 10 && unit !== 13) return false;
	}
	return true;
}

/** "UTF-16 text (little-endian, no byte-order mark)" and the like, for messages. */
export function describeUtf16(u: Utf16): string {
	if (u.bom) return 'UTF-16 text';
	return `UTF-16 text (${u.encoding === 'UTF-16LE' ? 'little' : 'big'}-endian, with no byte-order mark)`;
}
