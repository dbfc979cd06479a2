// The server's own refusals over real HTTP (src/lib/server/node/server.js, errors.js): what never
// reaches the app gets the one error body on /api and a line of text elsewhere, with the security
// headers, never cached, never a stack. The app's errors use the same builder ($lib/server/http).
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../src/lib/server/http';
import { errorOf, start, type Running } from './harness';

let server: Running;
beforeAll(async () => {
	server = await start(() => new Response('app'), { bodyLimit: 1000 });
});
afterAll(() => server.close());

/** Bytes straight to the socket, for requests Node's client will not send; the whole answer. */
function rawSocket(bytes: string): Promise<{ status: number; head: string; body: string }> {
	return new Promise((resolve, reject) => {
		const s = connect(server.port, '127.0.0.1', () => s.write(bytes));
		const chunks: Buffer[] = [];
		s.on('data', (c: Buffer) => chunks.push(c));
		s.on('error', reject);
		s.on('close', () => {
			const all = Buffer.concat(chunks).toString('utf8');
			const at = all.indexOf('\r\n\r\n');
			resolve({ status: Number(all.split(' ')[1]), head: all.slice(0, at).toLowerCase(), body: all.slice(at + 4) });
		});
	});
}

describe("the server's refusals", () => {
	it('TRACE: 405 with Allow, JSON on /api and text elsewhere', async () => {
		for (const method of ['TRACE']) {
			const api = await server.get('/api/layers', {}, method);
			expect(api.status).toBe(405);
			expect(api.headers.allow).toBe('GET, HEAD');
			expect(api.headers['content-type']).toBe('application/json');
			expect(api.headers['cache-control']).toBe('no-store');
			expect(api.headers['x-content-type-options']).toBe('nosniff');
			expect(errorOf(api.text)).toEqual({ code: 'method_not_allowed', message: `${method} is not supported.` });
			const page = await server.get('/', {}, method);
			expect(page.status).toBe(405);
			expect(page.headers['content-type']).toMatch(/^text\/plain/);
			expect(page.text).toBe(`${method} is not supported.\n`);
		}
		expect(server.appCalls).toBe(0);
	});

	it('a body over the limit: 413 before the app reads it', async () => {
		const r = await server.get('/api/layers', { 'content-type': 'text/plain', 'content-length': '1001' }, 'POST', 'x'.repeat(1001));
		expect(r.status).toBe(413);
		expect(errorOf(r.text)?.code).toBe('payload_too_large');
		expect(server.appCalls).toBe(0);
	});

	it("requests Node's parser refuses, CONNECT and a missing Host: JSON with the security headers", async () => {
		const cases: [string, number, string][] = [
			['GET / HTTP/1.1\r\nHost x\r\n\r\n', 400, 'bad_request'],
			['TRACK / HTTP/1.1\r\nHost: x\r\n\r\n', 405, 'method_not_allowed'],
			[`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers_too_large'],
			['CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n', 405, 'method_not_allowed'],
			['GET /api/layers HTTP/1.0\r\n\r\n', 400, 'missing_host']
		];
		for (const [bytes, status, code] of cases) {
			const r = await rawSocket(bytes);
			expect(r.status, code).toBe(status);
			expect(errorOf(r.body)?.code, code).toBe(code);
			expect(r.head, code).toContain('content-type: application/json');
			expect(r.head, code).toContain('x-content-type-options: nosniff');
			expect(r.head, code).toContain(`content-length: ${Buffer.byteLength(r.body)}`);
			if (status === 405) expect(r.head, code).toContain('allow: get, head');
		}
		expect(server.appCalls).toBe(0);
	});

	it("the app's errors have the same shape and headers", async () => {
		const r = apiError(404, 'unknown_place', 'No place with id "x".');
		const body = await r.text();
		expect(r.status).toBe(404);
		expect(errorOf(body)).toEqual({ code: 'unknown_place', message: 'No place with id "x".' });
		expect(r.headers.get('content-type')).toBe('application/json');
		expect(r.headers.get('cache-control')).toBe('no-store');
		expect(r.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
		expect(apiError(405, 'method_not_allowed', 'No.', { allow: 'GET, HEAD' }).headers.get('allow')).toBe('GET, HEAD');
	});
});
