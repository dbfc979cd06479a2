import { describe, expect, it } from 'vitest';
import { selectionFromUrl, selectionHref, withoutSelection } from './selection';

describe('selection in the URL', () => {
	it('reads a place or an incident, and refuses junk', () => {
		expect(selectionFromUrl(new URL('http://localhost/?place=albu-kamal'))).toEqual({ kind: 'place', id: 'albu-kamal' });
		expect(selectionFromUrl(new URL('http://localhost/?incident=2025-10-22-joint-drug-seizure'))).toEqual({
			kind: 'incident',
			id: '2025-10-22-joint-drug-seizure'
		});
		expect(selectionFromUrl(new URL('http://localhost/?place=../etc'))).toBeNull();
		expect(selectionFromUrl(new URL('http://localhost/'))).toBeNull();
	});
	it('keeps the map view hash and other parameters', () => {
		const url = { pathname: '/', search: '?place=anbar&from=2025-01-01', hash: '#6.2/34.4/40.9' };
		expect(selectionHref({ kind: 'incident', id: 'x' }, url)).toBe('/?from=2025-01-01&incident=x#6.2/34.4/40.9');
		expect(selectionHref(null, { pathname: '/', search: '?place=anbar', hash: '#5/34/40' })).toBe('/#5/34/40');
	});
	it('leaves the rest of the query alone when the selection changes', () => {
		const q = (s: string) => withoutSelection(new URLSearchParams(s));
		expect(q('from=2025-01&place=anbar&type=drug-seizure')).toBe(q('from=2025-01&incident=x&type=drug-seizure'));
		expect(q('from=2025-01&place=anbar')).toBe('from=2025-01');
		expect(q('place=a&place=b')).toBe('place=a&place=b');
		expect(q('from=2025-01')).not.toBe(q('from=2025-02'));
	});
});
