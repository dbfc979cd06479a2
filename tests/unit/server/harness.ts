// The production server (src/lib/server/node/server.js) on a free port, for tests over real HTTP:
// a folder of static files made for the test, and an app that stands in for adapter-node's handler
// through SvelteKit's own Node glue (getRequest/setResponse) and the headers hooks.server.ts adds.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { getRequest, setResponse } from '@sveltejs/kit/node';
import { createServer } from '../../../src/lib/server/node/server.js';
import { NON_PAGE_CSP, SECURITY_HEADERS } from '../../../src/lib/server/node/security.js';

export interface Answer {
	status: number;
	/** Raw header lines in wire order, without the ones Node adds per connection or per second. */
	head: string[];
	headers: http.IncomingHttpHeaders;
	body: Buffer;
	text: string;
}

export type App = (request: Request) => Response | Promise<Response>;

export interface Running {
	port: number;
	appCalls: number;
	get(path: string, headers?: Record<string, string>, method?: string, body?: string): Promise<Answer>;
	close(): Promise<void>;
}

/**
 * Files under a new temporary folder: `{ 'robots.txt': 'text' }`; a name ending in `+` also gets
 * the .br and .gz siblings adapter-node's precompress writes.
 */
export function staticFolder(files: Record<string, string | Buffer>): { root: string; remove(): void } {
	const root = mkdtempSync(join(tmpdir(), 'server-static-'));
	for (const [name, bytes] of Object.entries(files)) {
		const path = join(root, name.replace(/\+$/, ''));
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, bytes);
		if (name.endsWith('+')) {
			writeFileSync(`${path}.br`, brotliCompressSync(bytes));
			writeFileSync(`${path}.gz`, gzipSync(bytes));
		}
	}
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Starts the server with `app` as the SvelteKit app. */
export async function start(app: App, options: { client?: string; served?: ((req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void) | null; bodyLimit?: number } = {}): Promise<Running> {
	const running = { appCalls: 0 } as Running;
	const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
		running.appCalls++;
		const request = await getRequest({ request: req, base: 'http://localhost', bodySizeLimit: 1 << 20 });
		const response = await app(request);
		// hooks.server.ts handleHeaders
		for (const [k, v] of Object.entries(SECURITY_HEADERS)) response.headers.set(k, v);
		if (!response.headers.has('content-security-policy')) response.headers.set('content-security-policy', NON_PAGE_CSP);
		await setResponse(res, response);
	};
	const server = createServer({ handler, client: options.client ?? join(tmpdir(), 'no-such-folder'), served: options.served ?? null, bodyLimit: options.bodyLimit });
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	running.port = (server.address() as AddressInfo).port;
	running.get = (path, headers = {}, method = 'GET', body) => request(running.port, path, headers, method, body);
	running.close = () => new Promise<void>((r) => server.close(() => r()));
	return running;
}

export function request(port: number, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const head: string[] = [];
				for (let i = 0; i < res.rawHeaders.length; i += 2) {
					const name = res.rawHeaders[i].toLowerCase();
					if (!['date', 'connection', 'keep-alive'].includes(name)) head.push(`${name}: ${res.rawHeaders[i + 1]}`);
				}
				const b = Buffer.concat(chunks);
				resolve({ status: res.statusCode ?? 0, head, headers: res.headers, body: b, text: b.toString('utf8') });
			});
			res.on('error', reject);
		});
		req.on('error', reject);
		if (body !== undefined) req.write(body);
		req.end();
	});
}

/** `{"error":{"code","message"}}` and nothing else. */
export function errorOf(text: string): { code: string; message: string } | null {
	try {
		const v = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
		const keys = Object.keys(v);
		if (keys.length !== 1 || !v.error || typeof v.error.code !== 'string' || typeof v.error.message !== 'string' || Object.keys(v.error).length !== 2) return null;
		return { code: v.error.code, message: v.error.message };
	} catch {
		return null;
	}
}
