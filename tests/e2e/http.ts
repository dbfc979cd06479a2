// Raw HTTP for the server specs: node:http, so a test controls the exact bytes of the path and
// headers (Playwright's request context would normalise them). Talks to the server under test.
import http from 'node:http';

export const PORT = Number(process.env.E2E_PORT || 4391);

export interface RawResponse {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
	text: string;
}

/** One request with the path sent byte for byte (no normalisation, no re-encoding). */
export function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer, port = PORT): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const b = Buffer.concat(chunks);
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: b, text: b.toString('utf8') });
			});
			res.on('error', reject);
		});
		req.on('error', reject);
		req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${method} ${path.slice(0, 80)}`)));
		if (body !== undefined) req.write(body);
		req.end();
	});
}

/** Bytes written straight to a socket, for requests Node's own client refuses to send. */
export function rawSocket(bytes: string, port = PORT): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		import('node:net').then(({ connect }) => {
			const s = connect(port, '127.0.0.1', () => s.write(bytes));
			const chunks: Buffer[] = [];
			s.on('data', (c) => chunks.push(c));
			s.on('error', reject);
			s.setTimeout(30_000, () => s.destroy(new Error('timeout')));
			s.on('close', () => {
				const all = Buffer.concat(chunks).toString('utf8');
				const [head, ...rest] = all.split('\r\n\r\n');
				const [statusLine, ...lines] = head.split('\r\n');
				const headers: http.IncomingHttpHeaders = {};
				for (const l of lines) {
					const i = l.indexOf(':');
					if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
				}
				const text = rest.join('\r\n\r\n');
				resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: Buffer.from(text), text });
			});
		});
	});
}

/** `{"error":{"code","message"}}` with a string code and message, nothing else. */
export function isErrorShape(text: string): boolean {
	try {
		const j = JSON.parse(text);
		return (
			j !== null &&
			typeof j === 'object' &&
			Object.keys(j).length === 1 &&
			typeof j.error?.code === 'string' &&
			j.error.code.length > 0 &&
			typeof j.error.message === 'string' &&
			j.error.message.length > 0
		);
	} catch {
		return false;
	}
}
