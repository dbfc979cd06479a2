import { describe, expect, it } from 'vitest';
import { backHref, mapState, withFrom } from './backLink';

describe('back to the map', () => {
	const state = '?place=kirkuk&lang=ar&from=2025-01-01#6.2/35.1/41.3';
	it('carries the map state through the article link and back, exactly', () => {
		const href = withFrom('/articles/002_x#m-120', state);
		expect(href.startsWith('/articles/002_x?back=')).toBe(true);
		expect(href.endsWith('#m-120')).toBe(true);
		expect(backHref(new URL(href, 'http://atlas.test'))).toBe(`/${state}`);
	});
	it('reads the state of the map page only', () => {
		expect(mapState({ pathname: '/', search: '?q=hol', hash: '#5/34/40' })).toBe('?q=hol#5/34/40');
		expect(mapState({ pathname: '/brief', search: '?q=hol', hash: '' })).toBe('');
		expect(withFrom('/articles/a', '')).toBe('/articles/a');
		expect(withFrom('/articles/a?x=1', '?q=a')).toBe('/articles/a?x=1&back=%3Fq%3Da');
	});
	it('never leads off the atlas', () => {
		for (const bad of ['//evil.example/', 'https://evil.example', 'javascript:alert(1)', '/\\evil', '? x', 'x'.repeat(5000)])
			expect(backHref(new URL(`http://atlas.test/articles/a?back=${encodeURIComponent(bad)}`)), bad).toBe('/');
		expect(backHref(new URL('http://atlas.test/articles/a'))).toBe('/');
	});
});
