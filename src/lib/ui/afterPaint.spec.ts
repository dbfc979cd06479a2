import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './afterPaint';

describe('afterPaint', () => {
	let frames: (() => void)[];
	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('waits for the next frame, then for the task after it', async () => {
		let done = false;
		void afterPaint().then(() => (done = true));
		await vi.advanceTimersByTimeAsync(50);
		expect(done).toBe(false);
		frames.shift()!();
		await Promise.resolve();
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
	});

	it('does not wait forever where no frame comes (a hidden tab)', async () => {
		let done = false;
		void afterPaint(100).then(() => (done = true));
		await vi.advanceTimersByTimeAsync(99);
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(done).toBe(true);
		expect(frames).toHaveLength(1);
	});
});
