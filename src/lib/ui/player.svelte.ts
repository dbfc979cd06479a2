/**
 * The timeline's play control, as state: it steps the query's `from`/`to` through the frames of
 * $lib/explore/playback with `ExploreState.update` — the same call the sliders make, so the map,
 * the list and the counts follow exactly as they follow a slider. Playing is never in the link
 * (the link names the frame shown; opened, it is paused there). Paced by setTimeout and then the
 * next animation frame (a hidden tab does not race ahead); slower when the reader prefers reduced
 * motion. Anything else the reader does pauses it (`pauseOutside`).
 */
import { dayRange } from '$lib/explore/query';
import { nextFrame, prevFrame, startFrame, type Frame } from '$lib/explore/playback';
import type { ExploreState } from '$lib/explore/state.svelte';

/** Milliseconds a frame stays on screen (reduced motion: longer, each frame read before the next). */
export const FRAME_MS = 900;
export const FRAME_MS_REDUCED = 1800;

export class Player {
	playing = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#raf = 0;
	/** The frame this player last put into the query: any other change to the range pauses it. */
	#last: Frame | null = null;

	private readonly ex: ExploreState;
	/** The data's first and last day (whole months of incidents), or null before they are in. */
	private readonly data: () => Frame | null;
	constructor(ex: ExploreState, data: () => Frame | null) {
		this.ex = ex;
		this.data = data;
	}

	/** The window shown: the query's days (either end may be open). */
	shown(): { from?: string; to?: string } {
		return dayRange(this.ex.query);
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	play(): void {
		const data = this.data();
		if (!data) return;
		const { step, mode } = this.ex.playback;
		this.playing = true;
		this.#show(startFrame(this.shown(), step, mode, data), data);
	}

	pause(): void {
		this.playing = false;
		clearTimeout(this.#timer);
		cancelAnimationFrame(this.#raf);
	}

	/** One frame forward (+1) or back (-1), when paused: the arrow keys on the play button. */
	step(dir: 1 | -1): void {
		const data = this.data();
		const { from, to } = this.shown();
		if (!data || this.playing) return;
		const { step, mode } = this.ex.playback;
		const f = from && to ? { from, to } : startFrame({}, step, mode, data);
		const next = dir > 0 ? (from && to ? nextFrame(f, step, mode, data.to) : f) : prevFrame(f, step, mode, data.from);
		if (next) this.#apply(next);
	}

	/** Pauses when the range shown is no longer the frame this player set (a slider, Back, a link). */
	checkRange(): void {
		if (!this.playing || !this.#last) return;
		const { from, to } = this.shown();
		if (from !== this.#last.from || to !== this.#last.to) this.pause();
	}

	#apply(f: Frame): void {
		this.#last = f;
		this.ex.update({ from: f.from, to: f.to });
	}

	#show(f: Frame, data: Frame): void {
		this.#apply(f);
		// The frame that reaches the end of the data is the last: it stays, paused.
		if (f.to >= data.to) {
			this.pause();
			return;
		}
		const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
		this.#timer = setTimeout(() => {
			this.#raf = requestAnimationFrame(() => {
				if (!this.playing) return;
				const d = this.data();
				const { step, mode } = this.ex.playback;
				const next = d && nextFrame(f, step, mode, d.to);
				if (next && d) this.#show(next, d);
				else this.pause();
			});
		}, reduced ? FRAME_MS_REDUCED : FRAME_MS);
	}

	/**
	 * Pauses on any pointer, wheel or key input outside `inside` (the play controls): dragging the
	 * map, a filter, the search box, opening a panel. Returns the remover.
	 */
	pauseOutside(inside: () => Element | undefined): () => void {
		const handler = (e: Event) => {
			if (!this.playing) return;
			const el = inside();
			if (el && e.target instanceof Node && el.contains(e.target)) return;
			this.pause();
		};
		const kinds = ['pointerdown', 'wheel', 'keydown'] as const;
		for (const k of kinds) window.addEventListener(k, handler, { capture: true, passive: true });
		return () => {
			for (const k of kinds) window.removeEventListener(k, handler, { capture: true });
		};
	}
}
