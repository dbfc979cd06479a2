// Every file in tests/fixtures/hostile/ is refused with the message expected.json names:
// its code, exactly where (JSON path or line/column), and a sentence matching the pattern.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGeoJSON, describe as describeProblem } from '../../src/lib/geo/import';

const dir = 'tests/fixtures/hostile';
const expected: Record<string, { code: string; where: string; message: string; limits?: Record<string, number> }> = JSON.parse(
	readFileSync(`${dir}/expected.json`, 'utf8')
);

describe('hostile GeoJSON fixtures', () => {
	it('has an expectation for every file and at least 40 files', () => {
		const files = readdirSync(dir).filter((f) => f !== 'expected.json' && f !== 'make.mjs');
		expect(files.sort()).toEqual(Object.keys(expected).sort());
		expect(files.length).toBeGreaterThanOrEqual(40);
	});

	for (const [file, want] of Object.entries(expected)) {
		it(`${file}: ${want.code} at ${want.where || '(file)'}`, () => {
			const r = importGeoJSON(readFileSync(`${dir}/${file}`), want.limits);
			expect(r.ok, 'must be refused').toBe(false);
			if (r.ok) return;
			const first = r.errors[0];
			expect(first.code).toBe(want.code);
			expect(first.where).toBe(want.where);
			expect(first.message).toMatch(new RegExp(want.message));
			// Every message says what to do or what is expected, in a full sentence, with no stack trace.
			for (const e of r.errors) {
				expect(e.message).toMatch(/[.)]$/);
				expect(describeProblem(e)).not.toMatch(/\bat \w+ \(|node_modules|TypeError/);
			}
		});
	}

	it('lists at most 20 problems and counts the rest', () => {
		const r = importGeoJSON(readFileSync(`${dir}/many-errors.geojson`));
		if (r.ok) throw new Error('accepted');
		expect(r.errors).toHaveLength(21);
		expect(r.errors[20].message).toBe('…and 10 more problems of the same kinds.');
		expect(r.errors[19].where).toBe('features[19].geometry.coordinates[0]');
	});

	it('checks nesting without recursion: 100,000 levels answer without a stack overflow', () => {
		const deep = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":${'{"a":'.repeat(100000)}1${'}'.repeat(100000)},"geometry":null}]}`;
		const r = importGeoJSON(new TextEncoder().encode(deep));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0].code).toBe('too-deep');
	});
});
