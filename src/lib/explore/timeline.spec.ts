import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { dayNumber } from './days';
import { axisEvery, domain, monthBins, serverBins, spanLanes, spans } from './timeline';
import { timelineBody } from './listing';

const f = (id: string, date_from: string, date_to: string): Feature => ({ type: 'Feature', geometry: null as never, properties: { id, date_from, date_to } });

describe('timeline', () => {
	const s = spans([f('a', '2025-07-30', '2025-07-30'), f('b', '2025-05-01', '2025-05-31'), f('c', '2025-07-01', '2025-07-01'), { type: 'Feature', geometry: null as never, properties: { id: 'place' } }]);
	it('makes day-dated incidents points and month-dated ones spans; places are not on it', () => {
		expect(s.map((x) => [x.id, x.exact])).toEqual([['a', true], ['b', false], ['c', true]]);
		expect(s[1].to - s[1].from).toBe(30);
	});
	it('covers whole months, widened to the query’s days', () => {
		expect(domain(s)).toEqual({ start: dayNumber('2025-05-01'), end: dayNumber('2025-07-31') });
		expect(domain(s, [dayNumber('2025-10-15')])!.end).toBe(dayNumber('2025-10-31'));
		expect(domain([])).toBeNull();
	});
	it('counts day-dated incidents per month', () => {
		const d = domain(s)!;
		expect(monthBins(s, d.start, d.end).map((b) => b.count)).toEqual([0, 0, 2]);
	});
	it('places every day-dated incident in its month, first and last days included', () => {
		let seed = 3;
		const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 864e5).toISOString().slice(0, 10);
		const many = spans(Array.from({ length: 2000 }, (_, i) => { const d = day(Math.floor(rnd() * 1095)); return f(`x${i}`, d, i % 7 ? d : day(Math.floor(rnd() * 1095) + 1200)); }));
		const d = domain(many)!;
		const bins = monthBins(many, d.start, d.end);
		expect(bins.length).toBeGreaterThan(0);
		for (const b of bins) expect(b.count).toBe(many.filter((x) => x.exact && x.from >= b.from && x.from <= b.to).length);
		expect(bins.reduce((n, b) => n + b.count, 0)).toBe(many.filter((x) => x.exact).length);
	});
});

describe('timeline axis and spans', () => {
	it('keeps one span per distinct range, counting those that share it', () => {
		const s = spans([f('a', '2025-05-01', '2025-05-31'), f('b', '2025-05-01', '2025-05-31'), f('c', '2025-06-01', '2025-06-30'), f('d', '2025-06-03', '2025-06-03')]);
		expect(spanLanes(s).map((l) => [l.id, l.count])).toEqual([['a', 2], ['c', 1]]);
	});
	it('labels every month when they fit, fewer as the strip narrows', () => {
		expect(axisEvery(12, 1200)).toBe(1);
		expect(axisEvery(24, 480)).toBe(2);
		expect(axisEvery(24, 300)).toBe(4);
		expect(axisEvery(3, 0)).toBe(3);
		expect(axisEvery(24, 200)).toBe(6);
		expect(axisEvery(240, 200)).toBe(48);
	});
});

describe('serverBins', () => {
	it("gives from the server's body what domain, monthBins and spanLanes give from the features", () => {
		const fs = [f('a', '2025-07-30', '2025-07-30'), f('b', '2025-05-01', '2025-05-31'), f('c', '2025-07-01', '2025-07-01'), f('d', '2025-05-01', '2025-05-31')];
		const all = spans(fs);
		const dom = domain(all)!;
		// The body as a backend makes it (listing.ts), from counts made here by hand.
		const body = timelineBody('incidents', {}, { from: '2025-05-01', to: '2025-07-30' }, new Map([['2025-07', 2]]), [{ from: '2025-05-01', to: '2025-05-31', count: 2 }], 4);
		const got = serverBins(body);
		expect(got.extent).toEqual(dom);
		expect(got.bins).toEqual(monthBins(all, dom.start, dom.end));
		expect(got.lanes.map(({ from, to, count, exact }) => ({ from, to, count, exact }))).toEqual(spanLanes(all).map(({ from, to, count, exact }) => ({ from, to, count, exact })));
	});
	it('an empty body has no extent', () => {
		expect(serverBins({ months: [], spans: [] }).extent).toBeNull();
	});
});
