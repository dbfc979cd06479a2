/**
 * The processes the benchmark measures against: the built app (`node build`) on a data
 * directory, and a static file server (sirv) for the baseline pages and the same bytes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/** The server build the bench runs: ./build, or a copy named by BENCH_BUILD_DIR (rebuild freely while it runs). */
export function buildDir(): string {
	return process.env.BENCH_BUILD_DIR ?? 'build';
}

export interface AppServer {
	url: string;
	/** Spawn → first 200 from /api/status, in ms. */
	startupMs: number;
	pid: number;
	/** Resident set size of the server process, in MB. */
	rssMb(): number;
	stop(): Promise<void>;
}

export function rssMb(pid: number): number {
	const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return m ? Number(m[1]) / 1024 : NaN;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering ${url}`);
		const ok = await fetch(url)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

export async function startApp(dataDir: string, port: number, env: Record<string, string> = {}, timeoutMs = 600_000): Promise<AppServer> {
	const t0 = performance.now();
	const child = spawn(process.execPath, [buildDir()], {
		env: { ...process.env, ATLAS_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let err = '';
	child.stderr?.on('data', (d) => (err = (err + d).slice(-2000)));
	const url = `http://127.0.0.1:${port}`;
	try {
		await waitFor(`${url}/api/status`, child, timeoutMs);
	} catch (e) {
		child.kill();
		throw new Error(`${(e as Error).message}\n${err}`, { cause: e });
	}
	const startupMs = performance.now() - t0;
	return {
		url,
		startupMs,
		pid: child.pid!,
		rssMb: () => rssMb(child.pid!),
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill();
			})
	};
}

/**
 * A static server: each URL prefix served from a directory, with precompressed .gz/.br when
 * present. `live` reads the disk per request (for files written after start); otherwise sirv
 * indexes the directories once, as in production.
 */
export function startStatic(port: number, mounts: Record<string, string>, live = false): Promise<{ url: string; server: Server }> {
	const handlers = Object.entries(mounts).map(([prefix, dir]) => [prefix, sirv(dir, { dev: live, gzip: true, brotli: true, etag: true })] as const);
	const server = createServer((req, res) => {
		const hit = handlers.find(([p]) => req.url?.startsWith(p));
		if (!hit) {
			res.statusCode = 404;
			return res.end();
		}
		req.url = req.url!.slice(hit[0].length - 1) || '/';
		hit[1](req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${port}`, server })));
}
