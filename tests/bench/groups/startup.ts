/**
 * Start-up and extraction: server start → first answer, and the atlas build alone, for 1,000 vs
 * 10,000 articles (with 10k and 100k incidents). 10× the work should cost ≤ 10.5× the time; with
 * the served build (`npm run data -- --served`) start-up reads only a manifest and should not grow.
 */
import { execFileSync } from 'node:child_process';
import { PORTS, type Ctx } from '../context';
import { entry } from '../metrics';
import { startApp } from '../servers';

/** The atlas build (load + five stages) in a fresh process, in ms. */
function extraction(dir: string): number {
	const out = execFileSync('npx', ['tsx', 'tests/bench/extract.ts', dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
	return JSON.parse(out.trim().split('\n').pop()!).ms;
}

/** Start-up without the served build (the atlas built in the process) and with it (written first, timed). */
async function startup(dir: string, port: number): Promise<{ cold: number; warm: number; rss: number; served: number }> {
	const cold = await startApp(dir, port, { ATLAS_SERVED: '0' });
	await cold.stop();
	const t0 = performance.now();
	execFileSync('npx', ['tsx', 'tools/data.ts', '--served', '--data-dir', dir], { stdio: 'ignore' });
	const served = performance.now() - t0;
	const warm = await startApp(dir, port);
	const rss = warm.rssMb();
	await warm.stop();
	return { cold: cold.startupMs, warm: warm.startupMs, rss, served };
}

export async function startupGroup(ctx: Ctx): Promise<void> {
	const r = ctx.results;
	const ex1 = extraction(ctx.dirs.small);
	const ex10 = extraction(ctx.dirs.large);
	r.extraction_1k_vs_10k = entry(ex10, 'ms', ex1, { kind: 'ratio', value: 10.5, text: '≤ 10.5× for 10× the articles' }, { baseline_name: '1k articles', note: 'atlas build (load + stages) for 10k articles/100k incidents vs 1k/10k; one run each' });
	const s1 = await startup(ctx.dirs.small, PORTS.small);
	const s10 = await startup(ctx.dirs.large, PORTS.large);
	r.startup_10k = entry(s10.warm, 'ms', s1.warm, { kind: 'max', value: 10_000, text: '≤ 10 s' }, { baseline_name: '1k articles', note: `start → first answer, with the served build (written once in ${Math.round(s10.served)} ms vs ${Math.round(s1.served)} ms); without it (atlas built at start): ${Math.round(s10.cold)} ms vs ${Math.round(s1.cold)} ms` });
	r.startup_served_1k_vs_10k = entry(s10.warm, 'ms', s1.warm, { kind: 'ratio', value: 1.5, text: '≤ 1.5×: start-up does not grow with the corpus' }, { baseline_name: '1k articles' });
	r.startup_1k_vs_10k_cold = entry(s10.cold, 'ms', s1.cold, { kind: 'ratio', value: 10.5, text: '≤ 10.5× for 10× the articles' }, { baseline_name: '1k articles' });
	r.server_rss_10k = entry(s10.rss, 'MB', s1.rss, { kind: 'none', text: 'for the record' }, { baseline_name: '1k articles', note: 'right after start-up' });
}
