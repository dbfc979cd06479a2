import { describe, expect, it } from 'vitest';
import { bilingualLabel, stripTashkeel } from './labels';

describe('stripTashkeel', () => {
	it('drops harakat, shadda and tatweel but keeps letters', () => {
		expect(stripTashkeel('دِمَشْق')).toBe('دمشق');
		expect(stripTashkeel('البُوكَمَال')).toBe('البوكمال');
		expect(stripTashkeel('كـركوك')).toBe('كركوك');
	});
	it('leaves Latin text alone', () => {
		expect(stripTashkeel('Albu Kamal')).toBe('Albu Kamal');
	});
});

/** The text MapLibre would draw for `properties`, with the size of each part. */
async function draw(expr: unknown, properties: Record<string, unknown>): Promise<[string, number][]> {
	const { createExpression, latest } = await import('@maplibre/maplibre-gl-style-spec');
	const parsed = createExpression(expr, 'text-field', latest.layout_symbol['text-field'] as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	const out = parsed.value.evaluate({ zoom: 5 }, { type: 'Point', properties } as never) as
		| string
		| { sections: { text: string; scale: number | null }[] };
	return typeof out === 'string' ? [[out, 1]] : out.sections.filter((s) => s.text).map((s) => [s.text, s.scale ?? 1]);
}

describe('bilingualLabel', () => {
	const anbar = { name_en: 'Anbar', label_ar: 'الأنبار' };
	it('leads with English by default, the Arabic under it and smaller', async () => {
		expect(await draw(bilingualLabel('name_en', 'label_ar', 0.8), anbar)).toEqual([
			['Anbar', 1],
			['\n', 1],
			['الأنبار', 0.8]
		]);
	});
	it('leads with Arabic in Arabic mode, the English under it and smaller', async () => {
		expect(await draw(bilingualLabel('name_en', 'label_ar', 0.8, '\n', 'ar'), anbar)).toEqual([
			['الأنبار', 1],
			['\n', 1],
			['Anbar', 0.8]
		]);
	});
	it('shows the English name alone when there is no Arabic one, in both modes', async () => {
		for (const lead of ['en', 'ar'] as const)
			for (const props of [{ name_en: 'Tanf' }, { name_en: 'Tanf', label_ar: '' }])
				expect((await draw(bilingualLabel('name_en', 'label_ar', 0.8, '\n', lead), props)).map((s) => s[0]).join('')).toBe('Tanf');
	});
});
