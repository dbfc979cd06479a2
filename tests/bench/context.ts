/** What every group of measurements shares: the run's options, servers, browser and results. */
import type { Browser } from '@playwright/test';
import type { Entry } from './metrics';

/** The bench's ports (4407–4419), moved by BENCH_PORT_OFFSET when another run holds them (a shared machine). */
const OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 0);
export const PORTS = { static: 4407 + OFFSET, seed: 4408 + OFFSET, small: 4409 + OFFSET, large: 4410 + OFFSET, same: 4411 + OFFSET, db1m: 4414 + OFFSET, db1mBare: 4415 + OFFSET } as const;

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
