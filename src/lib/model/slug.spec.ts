import { describe, expect, it } from 'vitest';
import { slug } from './slug';

describe('slug', () => {
	it('keeps Latin letters and digits, hyphens the rest', () => {
		expect(slug('Arab League')).toBe('arab-league');
		expect(slug('IRQ-1 / Anbar')).toBe('irq-1-anbar');
	});
	it('drops diacritics and bracketed originals', () => {
		expect(slug('Al Mayādīn')).toBe('al-mayadin');
		expect(slug('Ra’s al ‘Ayn')).toBe('ra-s-al-ayn');
		expect(slug('Iraqi News Agency (وكالة الأنباء العراقية)')).toBe('iraqi-news-agency');
	});
	it('is empty when nothing Latin is left, and never longer than 60', () => {
		expect(slug('شفق نيوز')).toBe('');
		expect(slug('')).toBe('');
		const long = slug('word '.repeat(40));
		expect(long.length).toBeLessThanOrEqual(60);
		expect(long.endsWith('-')).toBe(false);
	});
});
