import { describe, expect, it } from 'vitest';
import { describeUtf16, utf16Of } from './encoding';

const le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
const withBom = (bom: number[], b: Uint8Array) => new Uint8Array([...bom, ...b]);
const JSON_AR = '{"type":"Feature","properties":{"name":"البوكمال"},"geometry":null}';
const TEXT_AR = 'قال مصدر محلي إن قصفاً استهدف أطراف مدينة البوكمال صباح اليوم.\n';

describe('utf16Of', () => {
	it('names UTF-16 with a byte-order mark either way round as plain UTF-16', () => {
		expect(utf16Of(withBom([0xff, 0xfe], le(JSON_AR)))).toEqual({ encoding: 'UTF-16', bom: true });
		expect(utf16Of(withBom([0xfe, 0xff], be(JSON_AR)))).toEqual({ encoding: 'UTF-16', bom: true });
	});

	it('finds the byte order of UTF-16 without a mark, for JSON and for Arabic prose with line ends', () => {
		expect(utf16Of(le(JSON_AR))).toEqual({ encoding: 'UTF-16LE', bom: false });
		expect(utf16Of(be(JSON_AR))).toEqual({ encoding: 'UTF-16BE', bom: false });
		// Arabic prose has few ASCII characters: spaces, punctuation and the line end are enough.
		expect(utf16Of(le(TEXT_AR.repeat(3)))?.encoding).toBe('UTF-16LE');
		expect(utf16Of(le('{}'))?.encoding).toBe('UTF-16LE');
	});

	it('leaves UTF-8 (Arabic included), other encodings and binary files alone', () => {
		expect(utf16Of(new TextEncoder().encode(JSON_AR))).toBeNull();
		expect(utf16Of(new TextEncoder().encode(TEXT_AR))).toBeNull();
		expect(utf16Of(new Uint8Array([0xc7, 0xe1, 0xc8, 0xe6]))).toBeNull();
		expect(utf16Of(new Uint8Array([0, 0, 0x27, 0x0a, 0, 0, 0, 0]))).toBeNull(); // a Shapefile header
		// Zero bytes on one side only, but read as UTF-16 they are control characters: a binary file.
		expect(utf16Of(new Uint8Array([0, 1, 2, 0x50, 0x4e, 0x47, 0x20, 0x62, 0x69, 0x6e]))).toBeNull();
		expect(utf16Of(new Uint8Array(0))).toBeNull();
		expect(utf16Of(new Uint8Array([0x7b]))).toBeNull();
	});

	it('describes what it found', () => {
		expect(describeUtf16({ encoding: 'UTF-16', bom: true })).toBe('UTF-16 text');
		expect(describeUtf16({ encoding: 'UTF-16BE', bom: false })).toBe('UTF-16 text (big-endian, with no byte-order mark)');
	});
});
