import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { dayRange, isFiltered, isQueryDate, parseQuery, parseQueryStrict, serialiseQuery, type PageQuery } from './query';
import { PageQuerySchema } from '$lib/model/query';

const parse = (s: string) => parseQuery(new URLSearchParams(s));
const codes = (s: string) => parse(s).errors.map((e) => e.code);

describe('explore query codec', () => {
	it('reads every parameter', () => {
		const { query, errors } = parse(
			'from=2025-07&to=2025-10-31&type=drug-seizure,patrol&actor=arab-league&article=003_ca1c962513a479f7&outlet=shafaq-news&kind=town&near=iraq-syria-border:25&bbox=40.5,34,41.5,35&layers=places,incidents'
		);
		expect(errors).toEqual([]);
		expect(query).toEqual({
			from: '2025-07',
			to: '2025-10-31',
			type: ['drug-seizure', 'patrol'],
			actor: ['arab-league'],
			article: ['003_ca1c962513a479f7'],
			outlet: ['shafaq-news'],
			kind: ['town'],
			near: { target: 'iraq-syria-border', km: 25 },
			bbox: [40.5, 34, 41.5, 35],
			layers: ['incidents', 'places']
		});
	});

	it('round-trips: parse(serialise(q)) is q, and serialise is canonical', () => {
		const queries: PageQuery[] = [
			{},
			{ from: '0001-01-01', to: '9999-12-31' },
			{ from: '2025', to: '2025-02' },
			{ type: ['a', 'b'], kind: ['town'], near: { target: 'albu-kamal', km: 12.5 } },
			{ bbox: [-180, -90, 180, 90], layers: [] },
			{ actor: ['x'], outlet: ['y'], article: ['001_af1a543c98add22c'], layers: ['places'] }
		];
		for (const q of queries) {
			const s = serialiseQuery(q).toString();
			expect(parse(s)).toEqual({ query: q, errors: [] });
			expect(serialiseQuery(parse(s).query).toString()).toBe(s);
		}
		// Through a whole URL, beside parameters that belong to others, and back.
		const url = new URL('http://x/?q=kamal&near=iraq-syria-border:25&from=2025-07-01&place=albu-kamal#6/34/41');
		const q = parse(url.search.slice(1)).query;
		expect(serialiseQuery(q).toString()).toBe('from=2025-07-01&near=iraq-syria-border%3A25');
		expect(serialiseQuery({ type: ['b', 'a', 'a'] }).toString()).toBe('type=a%2Cb');
	});

	it('takes dates of any year 0001–9999, as days, months or years (no Date.UTC 1900 trap)', () => {
		for (const d of ['0001-01-01', '0099-12-31', '0050-06', '0012', '9999-12-31', '2024-02-29']) expect(isQueryDate(d), d).toBe(true);
		for (const d of ['0000-01-01', '0000', '2025-02-29', '2025-13', '2025-00-10', '2025-1-1', '25-01-01', '2025-01-01T00:00', ' 2025', '+2025', '2025-04-31'])
			expect(isQueryDate(d), d).toBe(false);
		expect(dayRange({ from: '2025-07', to: '2025-10' })).toEqual({ from: '2025-07-01', to: '2025-10-31' });
		expect(dayRange({ from: '2024', to: '2024-02' })).toEqual({ from: '2024-01-01', to: '2024-02-29' });
	});

	it('rejects repeated parameters instead of reading one of them', () => {
		expect(codes('from=2025-01-01&from=2025-02-01')).toEqual(['repeated_parameter']);
		expect(parse('from=2025-01-01&from=2025-02-01').query.from).toBeUndefined();
		expect(codes('place=a&place=b')).toEqual(['repeated_parameter']);
		expect(() => parseQueryStrict(new URLSearchParams('bbox=1,2,3,4&bbox=1,2,3,4'))).toThrow(/more than once/);
	});

	it('rejects bad dates, ranges, lists and near', () => {
		expect(codes('from=2025-13-01')).toEqual(['bad_date']);
		expect(codes('to=yesterday')).toEqual(['bad_date']);
		expect(codes('from=2025-02&to=2025-01-31')).toEqual(['bad_date_range']);
		expect(codes('from=2025-02&to=2025-02')).toEqual([]);
		expect(codes('type=')).toEqual(['bad_type']);
		expect(codes('actor=a,,b')).toEqual(['bad_actor']);
		expect(codes('kind=<script>')).toEqual(['bad_kind']);
		for (const n of ['border', 'border:', ':25', 'border:0', 'border:-5', 'border:1e3', 'border:2001', 'border:ten', 'border:0x10'])
			expect(codes(`near=${encodeURIComponent(n)}`), n).toEqual(['bad_near']);
	});

	it('takes bbox only as four plain decimals in range, west <= east', () => {
		for (const b of ['0x10,0,20,1', '1e1,0,20,1', '1,2,3', '1,2,3,4,5', 'a,b,c,d', ' 1,2,3,4', '1,2,3,', 'Infinity,0,1,1', '-200,0,0,10', '0,-91,1,1', '42,30,41,35', '0,5,1,4'])
			expect(codes(`bbox=${encodeURIComponent(b)}`), b).toEqual(['bad_bbox']);
		expect(parse('bbox=-180,-90,180,90').query.bbox).toEqual([-180, -90, 180, 90]);
	});

	it('says whether anything is filtered (layers alone is not a filter)', () => {
		expect(isFiltered({})).toBe(false);
		expect(isFiltered({ layers: ['places'] } as PageQuery)).toBe(false);
		expect(isFiltered({ from: '2025' })).toBe(true);
		expect(isFiltered({ type: [] })).toBe(false);
	});

	it('reads sources=<N> as a whole number 1–999, round-trips it, and refuses anything else', () => {
		expect(parse('sources=2')).toEqual({ query: { sources: 2 }, errors: [] });
		expect(parse('sources=999').query.sources).toBe(999);
		const q: PageQuery = { from: '2025', sources: 3, near: { target: 'albu-kamal', km: 5 } };
		expect(serialiseQuery(q).toString()).toBe('from=2025&sources=3&near=albu-kamal%3A5');
		expect(parse(serialiseQuery(q).toString())).toEqual({ query: q, errors: [] });
		expect(isFiltered({ sources: 2 })).toBe(true);
		for (const bad of ['0', '-1', '1.5', '2e1', '02', '1000', 'two', '', ' 2', '2,3', '0x2'])
			expect(codes(`sources=${encodeURIComponent(bad)}`), bad).toEqual(['bad_sources']);
		expect(codes('sources=2&sources=3')).toEqual(['repeated_parameter']);
		expect(() => parseQueryStrict(new URLSearchParams('sources=abc'))).toThrow(/"sources" must be a whole number from 1 to 999/);
	});

	it('reads only what the query schema allows, and the schema refuses what the codec refuses', () => {
		expect.hasAssertions();
		const good = [
			'from=2025-07&to=2025-10-31&type=drug-seizure,patrol&actor=arab-league&sources=2&near=iraq-syria-border:25&bbox=40.5,34,41.5,35&layers=places,incidents',
			'from=0001&to=9999-12-31',
			'kind=town&outlet=shafaq-news&article=003_ca1c962513a479f7',
			'bbox=-180,-90,180,90&near=albu-kamal:0.5',
			''
		];
		for (const s of good) {
			const q = parseQueryStrict(new URLSearchParams(s));
			expect(v.safeParse(PageQuerySchema, q).issues, s).toBeUndefined();
		}
		// What the codec answers 400 to, written as a parsed value, the schema refuses too.
		const bad = [{ sources: 0 }, { sources: 1.5 }, { from: '2025-13' }, { near: { target: 'x', km: 0 } }, { bbox: [41, 34, 40, 35] }, { type: ['a b'] }];
		for (const q of bad) {
			expect(v.safeParse(PageQuerySchema, q).success, JSON.stringify(q)).toBe(false);
			expect(() => parseQueryStrict(serialiseQuery(q as PageQuery)), JSON.stringify(q)).toThrow();
		}
		// An empty list is never read (serialised, it is no parameter at all).
		expect(v.safeParse(PageQuerySchema, { kind: [] }).success).toBe(false);
	});
});
