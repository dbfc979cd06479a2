// Checks the committed offline glyphs (static/glyphs, made by `npm run glyphs`) without fontnik.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeGlyphPbf } from '../../tools/glyphs.mjs';

const DIR = join(process.cwd(), 'static', 'glyphs');
const REGULAR = 'Noto Sans Regular,Noto Naskh Arabic Regular';
const BOLD = 'Noto Sans Bold,Noto Naskh Arabic Bold';

const decode = (stack: string, range: string): { name: string; range: string; ids: number[] } =>
	decodeGlyphPbf(readFileSync(join(DIR, stack, `${range}.pbf`)));

describe.each([REGULAR, BOLD])('glyph stack %s', (stack) => {
	it('has all 256 ranges', () => {
		const files = readdirSync(join(DIR, stack)).filter((f) => f.endsWith('.pbf'));
		const expected = Array.from({ length: 256 }, (_, i) => `${i * 256}-${i * 256 + 255}.pbf`);
		expect(files.sort()).toEqual(expected.sort());
	});

	it('covers Latin, Arabic and the Arabic presentation forms', () => {
		const latin = decode(stack, '0-255');
		expect(latin.range).toBe('0-255');
		for (const c of 'AZaz09,.') expect(latin.ids).toContain(c.codePointAt(0));

		const arabic = decode(stack, '1536-1791');
		// ا ل ع ر ق س و ي ، ٠ ٩ (letters, Arabic comma, Arabic-Indic digits)
		for (const c of 'العراقسوي،٠٩') expect(arabic.ids).toContain(c.codePointAt(0));

		expect(decode(stack, '64256-64511').ids.length).toBeGreaterThan(50); // Presentation Forms-A
		const formsB = decode(stack, '65024-65279');
		expect(formsB.ids.length).toBeGreaterThan(100);
		expect(formsB.ids).toContain(0xfefb); // lam-alef ligature
		// Specials block: the fonts only have U+FFFC/U+FFFD here, but the file must exist and decode.
		expect(decode(stack, '65280-65535').range).toBe('65280-65535');
	});

	it('every range decodes and says which range it is', () => {
		for (let i = 0; i < 256; i++) {
			const r = `${i * 256}-${i * 256 + 255}`;
			const g = decode(stack, r);
			expect(g.range).toBe(r);
			for (const id of g.ids) expect(id >= i * 256 && id <= i * 256 + 255).toBe(true);
		}
	});
});

it('ships the OFL licence and a README naming the fonts', () => {
	expect(readFileSync(join(DIR, 'LICENSE-OFL.txt'), 'utf8')).toMatch(/SIL OPEN FONT LICENSE\s+Version 1\.1/);
	const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
	expect(readme).toContain('Noto Naskh Arabic');
	expect(readme).toContain('Open Font License');
	expect(existsSync(join(DIR, 'FONTS.txt'))).toBe(true);
});
