/**
 * The interface language of a request, for server rendering: `?lang=` (remembered in a cookie),
 * else the cookie, else English. Sets `<html lang dir>` through app.html's %lang% and %dir%.
 * A `Handle` of its own so hooks.server.ts can `sequence()` it with the others.
 */
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { cookieMaxAge, cookieName, defineCustomServerStrategy, getTextDirection } from '$lib/paraglide/runtime.js';
import { localeFromUrl } from '$lib/i18n';

defineCustomServerStrategy('custom-query', {
	getLocale: (request) => (request ? localeFromUrl(new URL(request.url)) : undefined)
});

export const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		const chosen = localeFromUrl(event.url);
		if (chosen) {
			event.cookies.set(cookieName, chosen, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
		}
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale).replace('%dir%', getTextDirection(locale))
		});
	});
