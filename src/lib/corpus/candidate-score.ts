/**
 * The points a place candidate scores: for the name in its sentence (after a place noun or a preposition, an
 * ordinary word, a very short name) and for each record that carries it (how near the Iraq–Syria border, in the
 * country its sentence names or across the frontier, what kind of place, how populous).
 */
import { norm } from '$lib/arabic/normalize';
import type { countryCue, NameContext } from './context';
import type { PlaceRecord } from './records';

/** Context points, the same for every record of a name. */
export function contextScore(c: NameContext, text: string): { score: number; reasons: string[] } {
	const reasons: string[] = [];
	let score = 0;
	if (c.trigger) (score += 3), reasons.push(`+3 after the place noun «${c.trigger}»`);
	if (c.preposition) (score += 1), reasons.push(`+1 after the preposition «${c.preposition}»`);
	// «جنوب غربي حديثة»: after a compass word a name without the article is a place — «حديثة» "recent" is an adjective,
	// and no adjective follows «غربي». With the article («شرق المدينة», the city) the word keeps its ordinary sense.
	const compass = c.preposition !== null && /^(?:شمال|جنوب|شرق|غرب)\p{L}?$/u.test(norm(c.preposition)) && !/^ال/.test(norm(text));
	if (c.homograph && !c.trigger && !compass) (score -= 5), reasons.push(`−5 «${text}» is also an ordinary Arabic word (stop list), and no place noun precedes it`);
	if (norm(text).replace(/^ال/, '').length <= 2) (score -= 1), reasons.push('−1 a name of two letters or fewer');
	return { score, reasons };
}

/** The atlas's two countries; a record of a neighbour is the place only when its sentence says so or the rest outweighs it. */
export const FRONTIER = new Set(['IQ', 'SY']);

/** Points for one record: where it is, what it is, whether it is in the country the sentence names. */
export function recordScore(r: PlaceRecord, cue: ReturnType<typeof countryCue>, sharing: number): { score: number; reasons: string[] } {
	const reasons: string[] = [];
	let score = 0;
	const d = r.border_distance_km;
	if (d !== null) {
		if (d <= 50) (score += 2), reasons.push(`+2 ${d} km from the Iraq–Syria border`);
		else if (d <= 150) (score += 1), reasons.push(`+1 ${d} km from the Iraq–Syria border`);
		else if (d > 300) (score -= 1), reasons.push(`−1 far from the frontier (${d} km from the border)`);
		else reasons.push(`±0 ${d} km from the border`);
	}
	if (r.country && cue) {
		if (cue.country === r.country) (score += 1), reasons.push(`+1 in ${r.country}, where its sentence puts it («${cue.word}»)`);
		else (score -= 2), reasons.push(`−2 wrong country: the sentence puts it in ${cue.country} («${cue.word}»), the record is in ${r.country}`);
	} else if (r.country && !FRONTIER.has(r.country)) {
		// Across the frontier, a record is the place when its sentence says so; else only one near the border is likely.
		const far = d !== null && d > 150;
		(score -= far ? 3 : 1), reasons.push(`−${far ? 3 : 1} in ${r.country}, across the frontier${far ? ' and far from it' : ''}, and its sentence names no country`);
	}
	const code = r.feature_code;
	if (code === 'P.PPLC') (score += 2), reasons.push('+2 a capital (PPLC)');
	else if (code === 'P.PPLA' || code === 'ADM1') (score += 1), reasons.push(`+1 a governorate ${code === 'ADM1' ? '(ADM1)' : 'seat (PPLA)'}`);
	else if (code === 'RIVER') (score += 1), reasons.push('+1 a river (Natural Earth)');
	if (r.population !== null && r.population >= 100000) (score += 1), reasons.push(`+1 population ${r.population.toLocaleString('en')}`);
	else if (r.population !== null && r.population < 1000 && r.source === 'geonames') (score -= 0.5), reasons.push(`−0.5 a small place (population ${r.population})`);
	if (sharing > 1) reasons.push(`${sharing} records share this name`);
	return { score, reasons };
}
