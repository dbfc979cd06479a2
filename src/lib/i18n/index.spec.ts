import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { term } from './index';

const catalogue = (locale: string): Record<string, string> => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));

describe('term', () => {
	// Every `term_*` message of the catalogue is found by its data term (`drug-seizure` →
	// `term_drug_seizure`); the server renders in the base locale, English.
	const en = catalogue('en');
	const keys = Object.keys(en).filter((k) => k.startsWith('term_'));

	it('finds each term_* message of the catalogue by its data term', () => {
		expect(keys.length).toBeGreaterThan(0);
		for (const key of keys) expect(term(key.slice('term_'.length))).toBe(en[key]);
		expect(term('drug-seizure')).toBe(en.term_drug_seizure);
	});

	it('makes a term without a message readable, and takes null as empty', () => {
		const unknown = 'no-such_term-here';
		expect(keys).not.toContain(`term_${unknown.replace(/-/g, '_')}`);
		expect(term(unknown)).toBe('no such term here');
		expect(term(null)).toBe('');
	});
});
