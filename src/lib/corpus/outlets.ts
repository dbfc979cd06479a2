/**
 * Known outlets and agencies, as Arabic texts name them, for drafting article metadata. `outlet`:
 * publishes news; `agency`: a wire or source others relay. Add names here, not in code elsewhere.
 */
export interface KnownOutlet {
	en: string;
	ar: string[];
	kind: 'outlet' | 'agency';
}

export const KNOWN_OUTLETS: KnownOutlet[] = [
	{ en: 'Shafaq News', ar: ['شفق نيوز'], kind: 'outlet' },
	{ en: 'Al-Mutalla', ar: ['المطلع'], kind: 'outlet' },
	{ en: 'Al-Araby Al-Jadeed', ar: ['العربي الجديد'], kind: 'outlet' },
	{ en: 'Al Jazeera', ar: ['الجزيرة نت', 'قناة الجزيرة'], kind: 'outlet' },
	{ en: 'Al Arabiya', ar: ['العربية نت', 'قناة العربية'], kind: 'outlet' },
	{ en: 'Asharq Al-Awsat', ar: ['الشرق الأوسط'], kind: 'outlet' },
	{ en: 'Alsumaria News', ar: ['السومرية نيوز', 'قناة السومرية'], kind: 'outlet' },
	{ en: 'Al-Sharqiya TV', ar: ['قناة الشرقية'], kind: 'outlet' },
	{ en: 'Baghdad Today', ar: ['بغداد اليوم'], kind: 'outlet' },
	{ en: 'Rudaw', ar: ['رووداو', 'روداو'], kind: 'outlet' },
	{ en: 'Enab Baladi', ar: ['عنب بلدي'], kind: 'outlet' },
	{ en: 'Syria TV', ar: ['تلفزيون سوريا'], kind: 'outlet' },
	{ en: 'North Press Agency', ar: ['نورث برس'], kind: 'outlet' },
	{ en: 'Al-Mada', ar: ['صحيفة المدى', 'جريدة المدى'], kind: 'outlet' },
	{ en: 'Alhurra', ar: ['قناة الحرة', 'الحرة عراق'], kind: 'outlet' },
	{ en: 'Sky News Arabia', ar: ['سكاي نيوز عربية'], kind: 'outlet' },
	{ en: 'BBC Arabic', ar: ['بي بي سي عربي', 'بي بي سي'], kind: 'outlet' },
	{ en: 'Monte Carlo Doualiya', ar: ['مونت كارلو الدولية', 'إذاعة مونت كارلو'], kind: 'outlet' },
	{ en: 'Iraqi News Agency (INA)', ar: ['وكالة الأنباء العراقية', 'واع'], kind: 'agency' },
	{ en: 'Syrian Arab News Agency (SANA)', ar: ['الوكالة العربية السورية للأنباء', 'سانا'], kind: 'agency' },
	{ en: 'Reuters', ar: ['رويترز'], kind: 'agency' },
	{ en: 'Agence France-Presse (AFP)', ar: ['فرانس برس', 'فرانس بريس', 'أ ف ب'], kind: 'agency' },
	{ en: 'Associated Press (AP)', ar: ['أسوشيتد برس', 'أسوشييتد برس'], kind: 'agency' },
	{ en: 'Anadolu Agency', ar: ['الأناضول'], kind: 'agency' },
	{ en: 'Hawar News Agency (ANHA)', ar: ['وكالة هاوار', 'هاوار'], kind: 'agency' },
	{ en: 'Syrian Observatory for Human Rights', ar: ['المرصد السوري لحقوق الإنسان'], kind: 'agency' },
	{ en: 'Washington Institute for Near East Policy', ar: ['معهد واشنطن'], kind: 'agency' },
	// Across the borders: Jordan's agency and press, Kurdish and Gulf channels (never a bare common word:
	// «الغد» is tomorrow, «الحدث» an event, «العالم» the world).
	{ en: 'Jordan News Agency (Petra)', ar: ['وكالة الأنباء الأردنية', 'بترا'], kind: 'agency' },
	{ en: 'Al-Ghad', ar: ['صحيفة الغد', 'الغد الأردنية'], kind: 'outlet' },
	{ en: 'Al-Mamlaka TV', ar: ['قناة المملكة'], kind: 'outlet' },
	{ en: 'Kurdistan24', ar: ['كوردستان 24', 'كردستان 24'], kind: 'outlet' },
	{ en: 'Al-Hadath', ar: ['قناة الحدث'], kind: 'outlet' },
	{ en: 'Al-Alam TV', ar: ['قناة العالم'], kind: 'outlet' },
	{ en: 'Independent Arabia', ar: ['اندبندنت عربية', 'إندبندنت عربية'], kind: 'outlet' }
];

/**
 * The outlet or agency a metadata label names, as one name: a known one by its English name
 * («Monte Carlo Doualiya radio (إذاعة مونت كارلو الدولية), citing …» → Monte Carlo Doualiya),
 * else the label without its bracketed original. Two labels of one outlet give the same name.
 */
export function sourceName(label: string): string {
	const bare = (s: string) => s.replace(/\s*\([^)]*\)/g, '').trim().toLowerCase();
	const l = bare(label);
	const known = KNOWN_OUTLETS.find((o) => l.startsWith(bare(o.en)) || o.ar.some((a) => a.length > 3 && label.includes(a)));
	return known ? known.en : label.replace(/\s*\([^)]*\)/g, '').trim();
}

const isKnown = (label: string) => KNOWN_OUTLETS.some((o) => o.en === sourceName(label));

/**
 * The sources a `reported_via` label names: each known outlet or agency of a list joined by «;», or the
 * label as one source when it names none known («Al-Sharqiya TV interview …; ministry statements» is the one
 * channel, the statements it carried are not outlets).
 */
function relayed(label: string | null): string[] {
	if (!label?.trim()) return [];
	const known = label.split(';').map((s) => s.trim()).filter((s) => s && isKnown(s));
	return known.length ? known : [label];
}

/**
 * The distinct outlets and relayed agencies of some articles' metadata (`outlet_en`, `reported_via`), in
 * order: what «reported by N independent sources» counts. A relayed agency counts even where the outlet
 * relaying it is unknown; `reported_via` may name several, joined by «; » (as draft.ts writes them).
 */
export function sourcesOf(metas: readonly ({ outlet_en?: { value: string | null }; reported_via?: { value: string | null } } | undefined)[]): string[] {
	const names = metas.flatMap((m) => [m?.outlet_en?.value, ...relayed(m?.reported_via?.value ?? null)]).filter((s): s is string => !!s?.trim());
	return [...new Set(names.map(sourceName))];
}
