import { describe, expect, it } from 'vitest';
import { selectionFromUrl, selectionHref } from './selection';

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
});
