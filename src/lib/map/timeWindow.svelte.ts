import { browser } from '$app/environment';

/**
 * The time window the incident layers draw (ISO days, both inclusive; null is open). The timeline
 * writes it; the incident sources are re-sent only the incidents inside it, so at 100,000
 * incidents a step redraws a few hundred clusters rather than filtering every point.
 */
export const timeWindow = $state<{ from: string | null; to: string | null }>({ from: null, to: null });

export function setTimeWindow(from: string | null, to: string | null): void {
	timeWindow.from = from;
	timeWindow.to = to;
}

// For `npm run bench` and debugging, like `__atlasMap`.
if (browser) (window as unknown as { __atlasTimeWindow?: typeof setTimeWindow }).__atlasTimeWindow = setTimeWindow;
