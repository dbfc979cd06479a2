/**
 * Resolves once the browser has painted the current DOM: after the next animation frame's paint
 * (a task queued from inside the frame runs after it). Work that would hold up a frame — a
 * navigation whose data arrive at once, and everything that follows a URL change — waits for it,
 * so what a click changed is on screen first. A page that paints no frames (a hidden tab) waits
 * at most `maxMs`.
 */
export function afterPaint(maxMs = 100): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, maxMs);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(timer);
				resolve();
			}, 0)
		);
	});
}
