/** JSON errors for the API: bad input is a 4xx with a readable message, in the one error shape. */
import { errorBody, errorHeaders } from './node/errors.js';

/** `{"error":{"code","message"}}` with `status`, never cached (src/lib/server/node/errors.js builds the body). */
export function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
	const body = errorBody(code, message);
	return new Response(body, { status, headers: { ...errorHeaders(body), ...headers } });
}

export function notFound(what: string, id: string): Response {
	return apiError(404, `unknown_${what}`, `No ${what} with id "${id}".`);
}

export function wantsDownload(params: URLSearchParams): boolean {
	const dl = params.get('download');
	return dl === '1' || dl === 'true' || dl === '';
}
