/** What every group of measurements shares: the run's options, servers, browser and results. */
import type { Browser } from '@playwright/test';
import type { Entry } from './metrics';

/** The bench's ports (4407–4419). */
export const PORTS = { static: 4407, seed: 4408, small: 4409, large: 4410, same: 4411 } as const;

export interface Ctx {
	runs: number;
	quick: boolean;
	work: string;
	/** Where captured bare/Leaflet inputs go (served at /data/). */
	pages: string;
	baseUrl: string;
	browser: Browser;
	results: Record<string, Entry>;
	dirs: { seed: string; small: string; large: string };
}

/** Runs `fn` warm-up + `runs` times over the variants, interleaved (a, b, c, a, b, c…); the warm-up is dropped. */
export async function interleave<K extends string>(runs: number, variants: readonly K[], fn: (v: K, i: number) => Promise<void>): Promise<void> {
	for (let i = -1; i < runs; i++) for (const v of variants) await fn(v, i);
}
