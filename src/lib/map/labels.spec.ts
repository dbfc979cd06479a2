import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { stripTashkeel, withMapLabels } from './labels';

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

describe('withMapLabels', () => {
	it('adds label_ar without touching name_ar', () => {
		const fc = withMapLabels(<FeatureCollection<Geometry | null>>{
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', geometry: null, properties: { name_ar: 'الأَنْبَار' } },
				{ type: 'Feature', geometry: null, properties: { name_en: 'x' } }
			]
		});
		expect(fc.features[0].properties).toEqual({ name_ar: 'الأَنْبَار', label_ar: 'الأنبار' });
		expect(fc.features[1].properties).toEqual({ name_en: 'x' });
	});
});
