import { describe, expect, it } from 'vitest';
import { MAX_QUERY, queryFromUrl, queryHref } from './url';

describe('q parameter', () => {
	it('reads the query, trimmed', () => {
		expect(queryFromUrl(new URL('http://x/?q=%20al%20Hol%20'))).toBe('al Hol');
		expect(queryFromUrl(new URL('http://x/?q=%D8%A3%D8%A8%D9%88%20%D9%83%D9%85%D8%A7%D9%84'))).toBe('أبو كمال');
		expect(queryFromUrl(new URL('http://x/'))).toBe('');
	});
	it('bounds a pasted query', () => {
		expect(queryFromUrl(new URL(`http://x/?q=${'a'.repeat(5000)}`)).length).toBe(MAX_QUERY);
	});
	it('writes the query keeping every other parameter and the hash', () => {
		const href = queryHref('al Hol', { pathname: '/', search: '?place=kirkuk&lang=ar', hash: '#5/34/41' });
		const u = new URL(href, 'http://x');
		expect(u.searchParams.get('q')).toBe('al Hol');
		expect(u.searchParams.get('place')).toBe('kirkuk');
		expect(u.searchParams.get('lang')).toBe('ar');
		expect(u.hash).toBe('#5/34/41');
	});
	it('round-trips what it writes', () => {
		for (const q of ['Deir ez-Zor', 'دير الزور', 'a&b=c#d', 'Oct 2025']) {
			expect(queryFromUrl(new URL(queryHref(q, { pathname: '/', search: '', hash: '' }), 'http://x'))).toBe(q);
		}
	});
	it('removes the parameter when the query is cleared', () => {
		expect(queryHref('  ', { pathname: '/', search: '?q=hol&place=kirkuk', hash: '' })).toBe('/?place=kirkuk');
		expect(queryHref('', { pathname: '/', search: '?q=hol', hash: '#1/2/3' })).toBe('/#1/2/3');
	});
});
