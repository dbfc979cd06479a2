// A second server for specs that need other data than geodata/: a temporary copy of geodata/,
// changed by the test, served by the same build (`node build` with ATLAS_DATA_DIR) on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DataServer {
	/** http://127.0.0.1:<port> */
	base: string;
	/** The temporary data folder. */
	dir: string;
	/** Everything the server logged. */
	log: () => string;
	stop: () => Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const a = s.address();
			const port = typeof a === 'object' && a ? a.port : 0;
			s.close(() => resolve(port));
		});
	});
}

/** Copies geodata/ (without build/), lets `change` edit the copy, and serves it (with `env` added to the server's environment). */
export async function startDataServer(change: (dir: string) => void, env: Record<string, string> = {}): Promise<DataServer> {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
	cpSync('geodata', dir, { recursive: true });
	rmSync(join(dir, 'build'), { recursive: true, force: true });
	change(dir);
	const port = await freePort();
	let out = '';
	const child: ChildProcess = spawn(process.execPath, ['build'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ATLAS_DATA_DIR: dir },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (c) => (out += c));
	child.stderr!.on('data', (c) => (out += c));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`data server did not start:\n${out}`)), 60_000);
		const check = () => {
			if (out.includes('Listening on')) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout!.on('data', check);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`data server exited (${code}):\n${out}`));
		});
	});
	const base = `http://127.0.0.1:${port}`;
	// The atlas is built in the init hook; one request makes sure it is done before the test starts.
	await fetch(`${base}/api/status`);
	return {
		base,
		dir,
		log: () => out,
		stop: async () => {
			if (child.exitCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				await exited;
			}
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
