/**
 * The one door to the interface language: Paraglide's message catalogue (messages/{en,ar}.json,
 * compiled into $lib/paraglide), the active locale, its text direction, and `Intl` formatting.
 *
 * The locale comes from `?lang=ar|en` first, then the remembered cookie, then English
 * (strategy `custom-query, cookie, baseLocale`; the server half is $lib/server/locale.ts).
 */
import { browser } from '$app/environment';
import { m } from '$lib/paraglide/messages.js';
import {
	defineCustomClientStrategy,
	getLocale,
	getTextDirection,
	isLocale,
	locales,
	type Locale
} from '$lib/paraglide/runtime.js';

export { m, getLocale, locales, type Locale };

/** The query parameter that chooses the language: `/?lang=ar`. */
export const LANG_PARAM = 'lang';

/** `?lang=` of a URL when it names a language we have, else undefined. */
export function localeFromUrl(url: URL): Locale | undefined {
	const v = url.searchParams.get(LANG_PARAM);
	return v && isLocale(v) ? v : undefined;
}

if (browser) {
	defineCustomClientStrategy('custom-query', {
		getLocale: () => localeFromUrl(new URL(location.href)),
		// The switch is a link that reloads the page; the server sets the cookie.
		setLocale: () => {}
	});
}

/** `rtl` for Arabic, `ltr` for English. */
export function dir(locale: Locale = getLocale()): 'ltr' | 'rtl' {
	return getTextDirection(locale);
}

/** The BCP 47 tag `Intl` formats with: British English dates ("22 Oct 2025"), Arabic as is. */
export function intlTag(locale: Locale = getLocale()): string {
	return locale === 'en' ? 'en-GB' : locale;
}

/** A number in the interface language. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(intlTag(), options).format(n);
}

const TERMS = m as unknown as Record<string, (() => string) | undefined>;

/**
 * A data term (place kind, incident type, quantity name) in the interface language: the
 * catalogue's `term_*` message, else the term made readable (`drug-seizure` → `drug seizure`).
 * @example term('drug-seizure') // 'drug seizure' | 'ضبط مخدرات'
 */
export function term(s: string | null | undefined): string {
	const key = `term_${(s ?? '').replace(/-/g, '_')}`;
	const msg = TERMS[key];
	return msg ? msg() : (s ?? '').replace(/[-_]+/g, ' ').trim();
}

/** `href` with `?lang=` set to `locale`, every other parameter and the hash kept. */
export function hrefWithLang(url: URL, locale: Locale): string {
	const u = new URL(url);
	u.searchParams.set(LANG_PARAM, locale);
	return `${u.pathname}${u.search}${u.hash}`;
}
