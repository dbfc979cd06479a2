/**
 * Which of a feature's names the interface shows: the one in the page's language where the data
 * have it (Arabic first in Arabic), else the other. And the governorates and countries the data
 * name in English, in the interface language through the catalogue (`term_*` messages).
 */
import { getLocale, term } from '$lib/i18n';
import { KNOWN_OUTLETS, sourceName } from '$lib/corpus/outlets';

/**
 * @example shownName({ name_en: 'Albu Kamal', name_ar: 'البوكمال' }) // 'Albu Kamal' | 'البوكمال'
 */
export function shownName(n: { name_en?: string | null; name_ar?: string | null }, ar = getLocale() === 'ar'): string {
	const en = n.name_en?.trim() || '';
	const arabic = n.name_ar?.trim() || '';
	return ar ? arabic || en : en || arabic;
}

/**
 * A governorate or country as the data write it in English ("Deir ez-Zor", "Syria"), in the
 * interface language: the catalogue's `term_deir_ez_zor`, else the name as it is (never mangled).
 * @example regionName('Deir ez-Zor') // 'Deir ez-Zor' | 'دير الزور'
 */
export function regionName(name: string | null | undefined): string {
	if (!name) return '';
	const key = regionKey(name);
	// term() makes an unknown term readable by replacing _ with spaces: the key came back, not a message.
	return term(key) === key.replace(/_+/g, ' ') ? name : term(key);
}

/** The catalogue key of a governorate or country, without `term_`: `Al-Qādisiyyah` → `al_qadisiyyah`. */
export function regionKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');
}

/**
 * An outlet or agency the data name in English ("Shafaq News"), in Arabic as Arabic texts name it
 * (the first spelling of $lib/corpus/outlets), else as it is. A label that describes how a text reached
 * us («Al-Sharqiya TV interview with …; ministry statements») gives, in Arabic, the Arabic name of each
 * known outlet it names; only the parts naming none stay as written.
 * @example outletName('Shafaq News', 'ar') // 'شفق نيوز'
 */
export function outletName(en: string, locale = getLocale()): string {
	if (locale !== 'ar') return en;
	const arabic = (part: string) => (KNOWN_OUTLETS.find((o) => o.en === part) ?? KNOWN_OUTLETS.find((o) => o.en === sourceName(part)))?.ar[0] ?? part;
	const parts = en.split(';').map((p) => p.trim()).filter(Boolean);
	return parts.length ? [...new Set(parts.map(arabic))].join('؛ ') : en;
}
