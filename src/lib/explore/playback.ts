/**
 * Time as a sequence: the frames the timeline's play control steps through, as pure functions of
 * the window (inclusive ISO days), the step and the mode, and how much of an imprecisely dated
 * incident a frame holds (it fades in over its span instead of popping in on one day).
 *
 * | param | value | meaning |
 * |---|---|---|
 * | `step` | `day`, `week` or `month` (default `month`) | how far each frame moves the window |
 * | `mode` | `window` (default) or `cumulative` | `window` moves both ends; `cumulative` keeps the start and grows the end |
 *
 * Whether it plays is never in the link: a link opens paused at the frame its `from`/`to` name.
 */
import { lastDay } from '$lib/corpus/dates';
import { addMonths, dayNumber, isoDay } from './days';
import { QueryError } from './query';

export const STEPS = ['day', 'week', 'month'] as const;
export type Step = (typeof STEPS)[number];
export const MODES = ['window', 'cumulative'] as const;
export type Mode = (typeof MODES)[number];

export interface Playback {
	step: Step;
	mode: Mode;
}
export const DEFAULT_PLAYBACK: Playback = { step: 'month', mode: 'window' };

/** A window of days, both ends inclusive (`YYYY-MM-DD`). */
export interface Frame {
	from: string;
	to: string;
}

/** `step` and `mode` of the link, each problem a notice (the value is then the default). */
export function parsePlayback(params: URLSearchParams): Playback & { errors: QueryError[] } {
	const out = { ...DEFAULT_PLAYBACK, errors: [] as QueryError[] };
	const step = params.get('step');
	if (step !== null) {
		if ((STEPS as readonly string[]).includes(step)) out.step = step as Step;
		else out.errors.push(new QueryError('bad_step', 'step', `"step" must be day, week or month; got ${JSON.stringify(step.slice(0, 40))}.`));
	}
	const mode = params.get('mode');
	if (mode !== null) {
		if ((MODES as readonly string[]).includes(mode)) out.mode = mode as Mode;
		else out.errors.push(new QueryError('bad_mode', 'mode', `"mode" must be window or cumulative; got ${JSON.stringify(mode.slice(0, 40))}.`));
	}
	return out;
}

/** The link's `step` and `mode`, each left out when it is the default. */
export function playbackParams(p: Playback): Record<'step' | 'mode', string | undefined> {
	return { step: p.step === DEFAULT_PLAYBACK.step ? undefined : p.step, mode: p.mode === DEFAULT_PLAYBACK.mode ? undefined : p.mode };
}

const isMonthEnd = (iso: string) => lastDay(iso.slice(0, 7)) === iso;

/**
 * A day moved by `n` steps. By months a month's last day stays its month's last day, so a window
 * of whole months stays whole months (31 Jul → 31 Aug → 30 Sep → 31 Oct).
 * @example shift('2025-07-31', 'month', 2) // '2025-09-30'
 */
export function shift(iso: string, step: Step, n: number): string {
	if (step === 'day') return isoDay(dayNumber(iso) + n);
	if (step === 'week') return isoDay(dayNumber(iso) + 7 * n);
	const moved = addMonths(iso, n);
	return isMonthEnd(iso) ? lastDay(moved.slice(0, 7)) : moved;
}

/** The first frame of a play from `start` (the data's first day, or a cumulative window's fixed start): one step long. */
export function firstFrame(start: string, step: Step): Frame {
	return { from: start, to: isoDay(dayNumber(shift(start, step, 1)) - 1) };
}

/**
 * The frame after `f`, or null when `f` already reaches `end` (the data's last day: playing stops
 * there). `window` moves both ends one step; `cumulative` keeps the start and moves the end.
 */
export function nextFrame(f: Frame, step: Step, mode: Mode, end: string): Frame | null {
	if (f.to >= end) return null;
	const to = shift(f.to, step, 1);
	if (mode === 'cumulative') return { from: f.from, to: to > end ? end : to };
	return { from: shift(f.from, step, 1), to };
}

/** The frame before `f`, or null when it would start before `start` (or, cumulative, end before its start). */
export function prevFrame(f: Frame, step: Step, mode: Mode, start: string): Frame | null {
	const to = shift(f.to, step, -1);
	if (mode === 'cumulative') return to < f.from ? null : { from: f.from, to };
	const from = shift(f.from, step, -1);
	return from < start ? null : { from, to };
}

/**
 * Where pressing play starts: from the window shown, unless it is the whole range or already at
 * the end — then from the first frame (cumulative: from the window's start when one is set).
 */
export function startFrame(shown: Partial<Frame>, step: Step, mode: Mode, data: Frame): Frame {
	const atEnd = !!shown.to && shown.to >= data.to;
	if (shown.from && shown.to && !atEnd) return { from: shown.from, to: shown.to };
	return firstFrame(mode === 'cumulative' && shown.from ? shown.from : data.from, step);
}

/**
 * The share of an incident's days (`spanFrom`…`spanTo`, inclusive) inside the window, 0–1: a day-
 * dated incident in the window is 1; one dated only to November is 7/30 in the frame of its
 * first week. No window: 1.
 * @example fadeWeight('2025-11-01', '2025-11-30', '2025-11-01', '2025-11-15') // 0.5
 */
export function fadeWeight(spanFrom: string, spanTo: string, from?: string, to?: string): number {
	const a = dayNumber(spanFrom);
	const b = dayNumber(spanTo);
	const lo = Math.max(a, from ? dayNumber(from) : a);
	const hi = Math.min(b, to ? dayNumber(to) : b);
	return hi < lo ? 0 : (hi - lo + 1) / (b - a + 1);
}
