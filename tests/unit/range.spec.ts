// The static server's Range and content negotiation (src/lib/server/node/range.js, encoding.js), by RFC 9110.
import { describe, expect, it } from 'vitest';
import { parseRange } from '../../src/lib/server/node/range.js';
import { chooseEncoding, etagMatches } from '../../src/lib/server/node/encoding.js';

describe('parseRange (RFC 9110 §14)', () => {
	const size = 63;
	it('no header, or a unit other than bytes: the whole file', () => {
		expect(parseRange(undefined, size)).toEqual({ kind: 'none' });
		expect(parseRange('items=0-1', size)).toEqual({ kind: 'none' });
		expect(parseRange('garbage', size)).toEqual({ kind: 'none' });
	});
	it('bytes=0-0 is the first byte only', () => {
		expect(parseRange('bytes=0-0', size)).toEqual({ kind: 'range', start: 0, end: 0 });
	});
	it('open-ended and over-long ranges stop at the last byte', () => {
		expect(parseRange('bytes=60-', size)).toEqual({ kind: 'range', start: 60, end: 62 });
		expect(parseRange('bytes=10-1000', size)).toEqual({ kind: 'range', start: 10, end: 62 });
		expect(parseRange('bytes=62-62', size)).toEqual({ kind: 'range', start: 62, end: 62 });
	});
	it('suffix ranges are the last N bytes, all of it when N exceeds the size', () => {
		expect(parseRange('bytes=-5', size)).toEqual({ kind: 'range', start: 58, end: 62 });
		expect(parseRange('bytes=-500', size)).toEqual({ kind: 'range', start: 0, end: 62 });
	});
	it.each(['bytes=5-1', 'bytes=63-', 'bytes=100-200', 'bytes=-0', 'bytes=-', 'bytes=abc', 'bytes=1-2-3', 'bytes=0-1,5-1', 'bytes=99999999999999999999-'])(
		'%s is unsatisfiable (416)',
		(h) => {
			expect(parseRange(h, size)).toEqual({ kind: 'unsatisfiable' });
		}
	);
	it('several satisfiable ranges are answered with the whole file', () => {
		expect(parseRange('bytes=0-1,5-6', size)).toEqual({ kind: 'none' });
		expect(parseRange('bytes=0-1, 100-200', size)).toEqual({ kind: 'none' });
	});
	it('an empty file satisfies no range', () => {
		expect(parseRange('bytes=0-0', 0)).toEqual({ kind: 'unsatisfiable' });
		expect(parseRange('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
	});
});

describe('chooseEncoding', () => {
	const both = { br: 1, gzip: 1 };
	it('prefers brotli, then gzip, and honours q=0', () => {
		expect(chooseEncoding('gzip, deflate, br', both)).toBe('br');
		expect(chooseEncoding('gzip', both)).toBe('gzip');
		expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
		expect(chooseEncoding('*', both)).toBe('br');
		expect(chooseEncoding('*, br;q=0', both)).toBe('gzip');
		expect(chooseEncoding('identity', both)).toBeNull();
		expect(chooseEncoding(undefined, both)).toBeNull();
	});
	it('never names a variant that does not exist', () => {
		expect(chooseEncoding('br, gzip', { gzip: 1 })).toBe('gzip');
		expect(chooseEncoding('br, gzip', {})).toBeNull();
	});
});

describe('etagMatches', () => {
	it('matches any listed tag, weakly, and *', () => {
		expect(etagMatches('"a", "b"', ['"b"'])).toBe(true);
		expect(etagMatches('W/"b"', ['"b"'])).toBe(true);
		expect(etagMatches('*', ['"b"'])).toBe(true);
		expect(etagMatches('"c"', ['"b"'])).toBe(false);
		expect(etagMatches(undefined, ['"b"'])).toBe(false);
	});
});
