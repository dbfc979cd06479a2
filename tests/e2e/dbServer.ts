// The e2e suite's database: `npm run db:start` (the project's own command: installs and starts the
// cluster, creates `atlas_e2e`), then `npm run db:load` of a server's data folder into it, and a
// TCP relay in front of it that a test can cut, so "the database goes away while serving" is real
// (the shared cluster is never stopped). No database → these throw with db:start's reason: CI has one.
import { execFileSync } from 'node:child_process';
import { createServer, connect, type Server, type Socket } from 'node:net';

/** db:start's `ATLAS_E2E_DATABASE_URL` (throws with its output when the cluster cannot start). */
export function e2eDatabaseUrl(): string {
	let out: string;
	try {
		out = execFileSync('bash', ['scripts/db-start.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (e) {
		const err = e as { stdout?: string; stderr?: string };
		throw new Error(`npm run db:start failed — the database e2e specs need it:\n${err.stdout ?? ''}${err.stderr ?? ''}`, { cause: e });
	}
	// E2E_DATABASE_URL: another database of the same cluster (parallel runs on one machine do not share one).
	const url = process.env.E2E_DATABASE_URL || /^ATLAS_E2E_DATABASE_URL=(.+)$/m.exec(out)?.[1];
	if (!url) throw new Error(`db:start printed no ATLAS_E2E_DATABASE_URL:\n${out}`);
	return url;
}

/** `npm run db:load -- --data-dir <dir>` into `url` (the same atlas the server builds from those files). */
export function loadDatabase(url: string, dir: string): void {
	execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'tools/db-load.ts', '--data-dir', dir], {
		env: { ...process.env, DATABASE_URL: url },
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

export interface Relay {
	/** `url` with its host and port replaced by the relay's. */
	url: string;
	/** Cuts every connection and refuses new ones: the database is away. */
	cut: () => Promise<void>;
}

/** A TCP relay to the database of `url` on a free local port. */
export async function startRelay(url: string): Promise<Relay> {
	const target = new URL(url);
	const sockets = new Set<Socket>();
	const server: Server = createServer((client) => {
		const upstream = connect(Number(target.port || 5432), target.hostname);
		for (const s of [client, upstream]) {
			sockets.add(s);
			s.on('close', () => sockets.delete(s));
			s.on('error', () => s.destroy());
		}
		client.pipe(upstream).pipe(client);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const port = (server.address() as { port: number }).port;
	const relayed = new URL(url);
	relayed.hostname = '127.0.0.1';
	relayed.port = String(port);
	return {
		url: relayed.toString(),
		cut: async () => {
			const closed = new Promise((r) => server.close(r));
			for (const s of sockets) s.destroy();
			await closed;
		}
	};
}
