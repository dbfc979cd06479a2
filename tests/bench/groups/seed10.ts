/**
 * The test, as it says it: start the server on a corpus ten times larger than the seed and
 * see it answer as fast as on the seed. The seed (a copy of geodata/) and a synthetic corpus with
 * ten times its articles and incidents (../synth.ts, on the seed's gazetteer plus the frontier's
 * GeoNames towns), each with its served build written first (`npm run data`), then interleaved
 * runs of: server start → first answer (/api/status), and the first whole answers a page asks for
 * (the map models of places and incidents, the search index) read to the end.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generate } from '../generate';
import { interleave, PORTS, type Ctx } from '../context';
import { entry, sample } from '../metrics';
import { startApp } from '../servers';

const FIRST = ['/api/map/places', '/api/map/incidents', '/api/search-index'];

/** A copy of the seed data (no served build), so writing one does not touch geodata/. */
function seedCopy(seed: string, out: string): string {
	rmSync(out, { recursive: true, force: true });
	cpSync(seed, out, { recursive: true, filter: (p) => !p.endsWith('/served') });
	return out;
}

async function firstAnswers(url: string): Promise<{ ms: number; bytes: number }> {
	const t0 = performance.now();
	let bytes = 0;
	for (const path of FIRST) {
		const r = await fetch(url + path, { headers: { 'accept-encoding': 'br, gzip' } });
		if (!r.ok) throw new Error(`${path}: ${r.status}`);
		bytes += (await r.arrayBuffer()).byteLength;
	}
	return { ms: performance.now() - t0, bytes };
}

export async function seed10Group(ctx: Ctx): Promise<void> {
	const seed = seedCopy(ctx.dirs.seed, join(ctx.work, 'seed'));
	const articles = readdirSync(join(seed, 'articles')).filter((n) => n.endsWith('.txt')).length;
	const incidents = (JSON.parse(readFileSync(join(seed, 'incidents.json'), 'utf8')) as { incidents: unknown[] }).incidents.length;
	const ten = generate({ articles: 10 * articles, incidents: 10 * incidents, seed: 1, out: join(ctx.work, 'seed10x') }).dir;
	const dirs = { seed, ten } as const;
	const served: Record<keyof typeof dirs, number> = { seed: 0, ten: 0 };
	for (const k of ['seed', 'ten'] as const) {
		const t0 = performance.now();
		execFileSync('npx', ['tsx', 'tools/data.ts', '--served', '--data-dir', dirs[k]], { stdio: 'ignore' });
		served[k] = performance.now() - t0;
		if (!existsSync(join(dirs[k], 'served'))) throw new Error(`no served build in ${dirs[k]}`);
	}
	const start: Record<keyof typeof dirs, number[]> = { seed: [], ten: [] };
	const first: Record<keyof typeof dirs, number[]> = { seed: [], ten: [] };
	const bytes: Record<keyof typeof dirs, number> = { seed: 0, ten: 0 };
	await interleave(ctx.runs, ['seed', 'ten'] as const, async (k, i) => {
		const app = await startApp(dirs[k], PORTS.seed);
		try {
			const a = await firstAnswers(app.url);
			bytes[k] = a.bytes;
			if (i < 0) return;
			start[k].push(app.startupMs);
			first[k].push(a.ms);
		} finally {
			await app.stop();
		}
	});
	const r = ctx.results;
	const what = `${articles} articles/${incidents} incidents vs ${10 * articles}/${10 * incidents} (+ GeoNames towns in the gazetteer)`;
	r.startup_seed_vs_10x = entry(sample(start.ten), 'ms', sample(start.seed), { kind: 'ratio', value: 1.5, text: '≤ 1.5×: as fast on ten times the seed' }, { baseline_name: 'seed', note: `start → first answer, served build written first (${Math.round(served.ten)} ms vs ${Math.round(served.seed)} ms); ${what}` });
	r.first_answers_seed_vs_10x = entry(sample(first.ten), 'ms', sample(first.seed), { kind: 'ratio', value: 1.5, text: '≤ 1.5×: as fast on ten times the seed' }, { baseline_name: 'seed', note: `${FIRST.join(', ')} read whole (br), right after start: ${Math.round(bytes.ten / 1024)} KB vs ${Math.round(bytes.seed / 1024)} KB` });
}
