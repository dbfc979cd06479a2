import { describe, expect, it } from 'vitest';
import { fadeWeight, firstFrame, nextFrame, parsePlayback, playbackParams, prevFrame, shift, startFrame, type Frame } from './playback';

const DATA: Frame = { from: '2025-01-01', to: '2025-04-30' };

/** Every frame a play from `f` shows, to the stop. */
function play(f: Frame, step: 'day' | 'week' | 'month', mode: 'window' | 'cumulative'): Frame[] {
	const out = [f];
	for (let n = nextFrame(f, step, mode, DATA.to); n; n = nextFrame(n, step, mode, DATA.to)) out.push(n);
	return out;
}

describe('playback frames', () => {
	it('moves a day by days, weeks and months, keeping a month end a month end', () => {
		expect(shift('2025-02-27', 'day', 3)).toBe('2025-03-02');
		expect(shift('2024-12-30', 'week', 1)).toBe('2025-01-06');
		expect(shift('2025-01-31', 'month', 1)).toBe('2025-02-28');
		expect(shift('2025-02-28', 'month', 1)).toBe('2025-03-31');
		expect(shift('2025-01-15', 'month', 1)).toBe('2025-02-15');
		expect(shift('2025-03-31', 'month', -1)).toBe('2025-02-28');
	});
	it('starts one step long at the data’s first day', () => {
		expect(firstFrame('2025-01-01', 'month')).toEqual({ from: '2025-01-01', to: '2025-01-31' });
		expect(firstFrame('2025-01-01', 'week')).toEqual({ from: '2025-01-01', to: '2025-01-07' });
		expect(firstFrame('2025-01-01', 'day')).toEqual({ from: '2025-01-01', to: '2025-01-01' });
	});
	it('window mode moves both ends and stops once the end is reached', () => {
		const frames = play(firstFrame(DATA.from, 'month'), 'month', 'window');
		expect(frames.map((f) => `${f.from}/${f.to}`)).toEqual(['2025-01-01/2025-01-31', '2025-02-01/2025-02-28', '2025-03-01/2025-03-31', '2025-04-01/2025-04-30']);
		expect(nextFrame(frames.at(-1)!, 'month', 'window', DATA.to)).toBeNull();
	});
	it('cumulative mode keeps the start and grows the end, never past the data', () => {
		expect.hasAssertions();
		const frames = play(firstFrame(DATA.from, 'week'), 'week', 'cumulative');
		for (const f of frames) expect(f.from).toBe(DATA.from);
		const ends = frames.map((f) => f.to);
		expect(ends).toEqual([...ends].sort());
		expect(new Set(ends).size).toBe(ends.length);
		expect(ends.at(-1)).toBe(DATA.to);
		expect(frames.length).toBe(Math.ceil(120 / 7));
	});
	it('steps back one frame, not before the data nor, cumulative, before the start', () => {
		expect(prevFrame({ from: '2025-02-01', to: '2025-02-28' }, 'month', 'window', DATA.from)).toEqual({ from: '2025-01-01', to: '2025-01-31' });
		expect(prevFrame({ from: '2025-01-01', to: '2025-01-31' }, 'month', 'window', DATA.from)).toBeNull();
		expect(prevFrame({ from: '2025-01-01', to: '2025-01-14' }, 'week', 'cumulative', DATA.from)).toEqual({ from: '2025-01-01', to: '2025-01-07' });
		expect(prevFrame({ from: '2025-01-01', to: '2025-01-03' }, 'week', 'cumulative', DATA.from)).toBeNull();
	});
	it('play starts from the window shown, or from the beginning when it shows everything or the end', () => {
		expect(startFrame({ from: '2025-02-01', to: '2025-02-07' }, 'week', 'window', DATA)).toEqual({ from: '2025-02-01', to: '2025-02-07' });
		expect(startFrame({}, 'month', 'window', DATA)).toEqual({ from: '2025-01-01', to: '2025-01-31' });
		expect(startFrame({ from: '2025-04-01', to: '2025-04-30' }, 'month', 'window', DATA)).toEqual({ from: '2025-01-01', to: '2025-01-31' });
		expect(startFrame({ from: '2025-03-01', to: '2025-04-30' }, 'month', 'cumulative', DATA)).toEqual({ from: '2025-03-01', to: '2025-03-31' });
	});
});

describe('fade weights', () => {
	it('is the share of the span’s days inside the window', () => {
		expect(fadeWeight('2025-11-01', '2025-11-30', '2025-11-01', '2025-11-15')).toBe(0.5);
		expect(fadeWeight('2025-11-01', '2025-11-30', '2025-10-01', '2025-11-07')).toBeCloseTo(7 / 30);
		expect(fadeWeight('2025-11-01', '2025-11-30', '2025-12-01', '2025-12-31')).toBe(0);
		expect(fadeWeight('2025-11-01', '2025-11-30', '2025-11-01', '2025-11-30')).toBe(1);
		expect(fadeWeight('2025-11-04', '2025-11-04', '2025-11-01', '2025-11-07')).toBe(1);
		expect(fadeWeight('2025-11-01', '2025-11-30')).toBe(1);
		expect(fadeWeight('2024-12-01', '2025-01-31', '2025-01-01')).toBeCloseTo(31 / 62);
	});
	it('grows frame by frame as a cumulative play passes through the span', () => {
		const frames = play(firstFrame(DATA.from, 'week'), 'week', 'cumulative');
		const w = frames.map((f) => fadeWeight('2025-02-01', '2025-02-28', f.from, f.to));
		expect(w[0]).toBe(0);
		expect(w.at(-1)).toBe(1);
		expect(w.every((x, i) => i === 0 || x >= w[i - 1])).toBe(true);
		expect(w.some((x) => x > 0 && x < 1)).toBe(true);
	});
});

describe('the link', () => {
	it('reads step and mode, each bad value a notice and the default', () => {
		expect(parsePlayback(new URLSearchParams('step=week&mode=cumulative'))).toMatchObject({ step: 'week', mode: 'cumulative', errors: [] });
		const bad = parsePlayback(new URLSearchParams('step=fortnight&mode=loop'));
		expect(bad).toMatchObject({ step: 'month', mode: 'window' });
		expect(bad.errors.map((e) => e.param)).toEqual(['step', 'mode']);
		expect(playbackParams({ step: 'month', mode: 'window' })).toEqual({ step: undefined, mode: undefined });
		expect(playbackParams({ step: 'day', mode: 'cumulative' })).toEqual({ step: 'day', mode: 'cumulative' });
	});
});
