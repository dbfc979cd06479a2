/**
 * The one door to the interface language: Paraglide's message catalogue (messages/{en,ar}.json,
 * compiled into $lib/paraglide), the active locale, its text direction, and `Intl` formatting.
 *
 * The locale comes from `?lang=ar|en` first, then the remembered cookie, then English
 * (strategy `custom-query, cookie, baseLocale`; the server half is $lib/server/locale.ts).
 */
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

// Read for every formatted date and number (100,000 list rows): parse the address only when it changed.
let lastHref = '';
let lastLocale: Locale | undefined;
function localeOfPage(): Locale | undefined {
	if (location.href !== lastHref) {
		lastHref = location.href;
		lastLocale = localeFromUrl(new URL(lastHref));
	}
	return lastLocale;
}

// In a page (not on the server, nor in the data tools run by tsx, where $app does not exist).
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
	defineCustomClientStrategy('custom-query', {
		getLocale: localeOfPage,
		// The switch is a link that reloads the page; the server sets the cookie.
		setLocale: () => {}
	});
}

/** `rtl` for Arabic, `ltr` for English. */
export function dir(locale: Locale = getLocale()): 'ltr' | 'rtl' {
	return getTextDirection(locale);
}

/**
 * The digits the interface writes in `locale`: the catalogue's `number_system` (a CLDR numbering
 * system, `latn` 0123 or `arab` ٠١٢٣). Arabic uses Latin digits because the texts the atlas
 * quotes do, so a panel never mixes two systems; change the message to change every number.
 */
export function numberingSystem(locale: Locale = getLocale()): string {
	return m.number_system({}, { locale });
}

/**
 * The BCP 47 tag every `Intl` formatter of the interface is made with: British English dates
 * ("22 Oct 2025"), and the catalogue's digits (`ar-u-nu-latn`), so numbers, dates, distances and
 * MapLibre's `number-format` all write one system.
 */
export function intlTag(locale: Locale = getLocale()): string {
	return `${locale === 'en' ? 'en-GB' : locale}-u-nu-${numberingSystem(locale)}`;
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** One `Intl` formatter per language and options, made once: making one costs far more than using it. */
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, options: object | undefined, make: (tag: string) => T, locale: Locale): T {
	const tag = intlTag(locale);
	const key = `${kind}|${tag}|${options ? JSON.stringify(options) : ''}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = make(tag)));
	return f as T;
}

/** A number in the interface language, in the catalogue's digits (`locale` for tests and the server). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions, locale: Locale = getLocale()): string {
	return formatter('n', options, (tag) => new Intl.NumberFormat(tag, options), locale).format(n);
}

/** A date formatter for the interface language (cached). */
export function dateFormat(options: Intl.DateTimeFormatOptions, locale: Locale = getLocale()): Intl.DateTimeFormat {
	return formatter('d', options, (tag) => new Intl.DateTimeFormat(tag, options), locale);
}

// Only the `term_*` messages, by file name: looking a key up in the whole of `m` would keep every
// message of both languages in the first chunk, where most belong to code loaded later.
const TERMS: Record<string, ((inputs?: object, options?: { locale?: Locale }) => string) | undefined> = Object.fromEntries(
	Object.entries(import.meta.glob<{ [k: string]: (inputs?: object, options?: { locale?: Locale }) => string }>('../paraglide/messages/term_*.js', { eager: true })).map(([path, mod]) => {
		const key = path.slice(path.lastIndexOf('/') + 1, -3);
		return [key, mod[key]];
	})
);

/**
 * A data term (place kind, incident type, quantity name) in the interface language: the
 * catalogue's `term_*` message, else the term made readable (`drug-seizure` → `drug seizure`).
 * @example term('drug-seizure') // 'drug seizure' | 'ضبط مخدرات'
 */
export function term(s: string | null | undefined, locale: Locale = getLocale()): string {
	const key = `term_${(s ?? '').replace(/-/g, '_')}`;
	const msg = TERMS[key];
	return msg ? msg({}, { locale }) : (s ?? '').replace(/[-_]+/g, ' ').trim();
}

/** `href` with `?lang=` set to `locale`, every other parameter and the hash kept. */
export function hrefWithLang(url: URL, locale: Locale): string {
	const u = new URL(url);
	u.searchParams.set(LANG_PARAM, locale);
	return `${u.pathname}${u.search}${u.hash}`;
}
