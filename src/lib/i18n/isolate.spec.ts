import { describe, expect, it } from 'vitest';
import { isolate, messageParts } from './isolate';
import { m } from './index';

describe('isolating user-supplied names', () => {
	it('wraps a name in FSI … PDI, closing isolates the name leaves open', () => {
		expect(isolate('report.geojson')).toBe('\u2068report.geojson\u2069');
		expect(isolate('\u202Egeojson.txt')).toBe('\u2068\u202Egeojson.txt\u2069');
		expect(isolate('a\u2067b')).toBe('\u2068a\u2067b\u2069\u2069');
		expect(isolate('a\u2069b')).toBe('\u2068a\u2069b\u2069');
	});

	it('splits a message around the name, in both languages', () => {
		expect(messageParts((n) => m.import_refused({ name: n }, { locale: 'en' }))).toEqual(['“', '” was not imported.']);
		expect(messageParts((n) => m.import_refused({ name: n }, { locale: 'ar' }))).toEqual(['لم يُستورد «', '».']);
		expect(messageParts((n) => m.import_done_many({ name: n, count: 3, n: '3' }, { locale: 'en' }))).toEqual(['Imported “', '”: 3 features.']);
		expect(messageParts(() => 'no name here')).toEqual(['no name here']);
	});
});
