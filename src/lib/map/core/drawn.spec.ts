import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { afterDrawn } from './drawn.svelte';

/** What afterDrawn reads of a MapLibre map: its `idle` event, whether it is still loading, and repaint requests. */
function fakeMap(busy: boolean) {
	const handlers = new Set<() => void>();
	const map = {
		repaints: 0,
		busy,
		on: (_: string, f: () => void) => void handlers.add(f),
		off: (_: string, f: () => void) => void handlers.delete(f),
		loaded: () => !map.busy,
		areTilesLoaded: () => !map.busy,
		triggerRepaint: () => void map.repaints++,
		idle: () => [...handlers].forEach((f) => f()),
		listeners: () => handlers.size
	};
	return map;
}

describe('afterDrawn', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('waits for the idle after the data the caller just set, then a task more (never inside the frame)', async () => {
		const map = fakeMap(true);
		let done = false;
		afterDrawn(map as unknown as MlMap).then(() => (done = true));
		await vi.advanceTimersByTimeAsync(0);
		// Busy with the new data: no frame of its own is asked for.
		expect(map.repaints).toBe(0);
		await vi.advanceTimersByTimeAsync(1000);
		expect(done).toBe(false);
		map.busy = false;
		map.idle();
		// Not in the idle's own task (the animation frame that drew the data).
		await Promise.resolve();
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
		expect(map.listeners()).toBe(0);
	});

	it('asks a map with nothing pending for a frame, else no idle would come', async () => {
		const map = fakeMap(false);
		let done = false;
		afterDrawn(map as unknown as MlMap).then(() => (done = true));
		await vi.advanceTimersByTimeAsync(0);
		expect(map.repaints).toBe(1);
		map.idle();
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
	});

	it('gives up waiting after maxMs: a map kept busy does not hold the list back for ever', async () => {
		const map = fakeMap(true);
		let done = false;
		afterDrawn(map as unknown as MlMap, 3000).then(() => (done = true));
		await vi.advanceTimersByTimeAsync(2999);
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(2);
		expect(done).toBe(true);
		expect(map.listeners()).toBe(0);
	});
});
