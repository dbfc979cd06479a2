/**
 * How a GeoNames candidate of one article is weighed against the article's own geography (where.ts proposes
 * the candidates whose weight reaches PROPOSE_AT): the score candidates.ts gives the name in its sentence, a
 * name matched whole with its own place noun, and the towns the rest of the article names.
 */
import { norm } from '$lib/arabic/normalize';
import { PROPOSE_AT, type Candidate } from '../candidates';
import { TRIGGERS } from '../context';
import { km } from './distance';
import { REGION_KINDS } from './geoPrecision';
import { countryOf } from './geography';
import { participleAdjective } from './participles';

/** How near (km) a GeoNames town must lie to a known town of the same article to be weighed as one of its places. */
export const NEAR_KM = 75;

type Point = { lon: number | null; lat: number | null; kind: string; country: string | null };

/** The weight of each candidate of an article whose gazetteer places are `known`. */
export function weigher(cands: readonly Candidate[], known: readonly Point[]): (c: Candidate) => number {
	// «ناحية القيارة» matched whole opens with its own place noun: it is announced as a place, as «ناحية» before «القيارة» would be.
	const own = (c: Candidate) => (!c.context.trigger && TRIGGERS.has(norm(c.text).split(' ')[0]) && c.text.includes(' ') ? 3 : 0);
	// A town within NEAR_KM of a town the gazetteer knows and the same article names («داقوق» in a report from Kirkuk)
	// is as likely a place as one the frontier's distance favours.
	const towns = known.filter((o) => o.lon !== null && o.lat !== null && !REGION_KINDS.has(o.kind) && o.kind !== 'capital');
	const near = (c: Candidate) => (c.records[0] && towns.some((o) => km(o as { lon: number; lat: number }, c.records[0]) <= NEAR_KM) ? 1 : 0);
	const base = (c: Candidate) => c.score + own(c) + near(c);
	// The article's country: where its known towns and the candidates that stand on their own (a homograph only after its place noun, «مدينة الطبقة») lie. A town of that
	// country after a preposition or a place noun («قرب دير حافر», «في محيط مسكنة») is one of the article's places,
	// however far from the border the front it stands on lies (the fronts inside Syria, Iraq's interior); a bare name
	// or an ordinary word (a homograph) gains nothing, nor a record of another country.
	const home = countryOf([...towns, ...cands.filter((c) => c.records[0] && base(c) >= PROPOSE_AT).map((c) => ({ country: c.records[0].country, kind: 'town' }))]);
	const inHome = (c: Candidate) => (home && !near(c) && !c.context.homograph && (c.context.preposition || c.context.trigger) && c.records[0]?.country === home ? 1 : 0);
	// «التنسيق الأمني القائم»: the participle «existing», not the town (participles.ts).
	const adjective = (c: Candidate) => (participleAdjective(c.text, c.sentence, c.start - c.sentence_start) ? 10 : 0);
	return (c: Candidate) => base(c) + inHome(c) - adjective(c);
}
