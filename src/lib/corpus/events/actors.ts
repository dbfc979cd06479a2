/**
 * The actor lexicon: Arabic names and abbreviations of the forces, groups and people the texts
 * name, mapped to the canonical actor ids of notes/events-contract.md. A name both countries use
 * («حرس الحدود», «وزارة الداخلية») is resolved by the nearest Iraq or Syria word (context.ts), else
 * by the country the article itself is in.
 */
import { norm } from '$lib/arabic/normalize';
import { countryCue } from '../context';
import { ACTOR_IDS, ACTOR_EN, type ActorEntry, type ActorId } from './actor-ids';
import { IRAQ_NAMES } from './actor-names-iraq';
import { SYRIA_NAMES } from './actor-names-syria';
import { FOREIGN_NAMES } from './actor-names-foreign';
import { ARMED_NAMES } from './actor-names-armed';
import { PEOPLE_NAMES } from './actor-names-people';
import { NOT_ACTOR_NAMES } from './actor-names-none';
import { OCCUPIER_NAMES, isOccupierPhrase, occupierOf } from './actor-occupier';
import { GROUP_IDS, sameGroupSpans } from './actor-anaphora';
import { PhraseList, type Hit, type Span } from './scan';
import { protectedAt } from './protected-people';

export { ACTOR_IDS, ACTOR_EN, type ActorId };

/** Every name, by family; the longest name found at a place wins («حرس الحدود العراقي» over «حرس الحدود»). */
export const ACTORS: ActorEntry[] = [...IRAQ_NAMES, ...SYRIA_NAMES, ...FOREIGN_NAMES, ...ARMED_NAMES, ...PEOPLE_NAMES, ...NOT_ACTOR_NAMES, ...OCCUPIER_NAMES];

/** «مسيّرة إيرانية الصنع», «بنادق أمريكية الصنع»: where a weapon was made says nothing of who used it. */
const MADE_IN = /^\s*(?:ال)?صنع(?![\p{L}])/u;

const list = new PhraseList(ACTORS, (a) => a.phrases);
/** Characters matched before and after a clause: longer than any name, so a name at its edges reads as in the whole text. */
const WINDOW_BEFORE = 200;
const WINDOW_AFTER = 40;

/** An actor the text names, with the verbatim words. */
export interface ActorMention extends Span {
	id: ActorId;
	/** How a name both countries use was resolved, if it was. */
	note: string | null;
}

/**
 * Every actor named in `text[from, to)`. `country` is the article's own country, used when no Iraq
 * or Syria word in the sentence decides a shared name; without either the shared name is left out.
 */
export function findActors(text: string, from = 0, to = text.length, country: 'IQ' | 'SY' | null = null): ActorMention[] {
	const out: ActorMention[] = [];
	// The lexicon is a few hundred names and the drafter asks once per clause: match only a window around
	// the clause (with room before it for a name that starts earlier), not the whole article each time.
	const w = Math.max(0, from - WINDOW_BEFORE);
	const hits = (list.find(text.slice(w, Math.min(text.length, to + WINDOW_AFTER)), from - w, to - w) as Hit<ActorEntry>[]).map((h) => ({ ...h, start: h.start + w, end: h.end + w }));
	for (const h of hits) {
		const id = h.entry.id;
		// A name that is no actor of ours only kept a shorter name inside it from matching.
		if (id === null) {
			// «قاعدة الاحتلال»: the force the article calls the occupier, if it says which.
			const occupier = isOccupierPhrase(h.phrase) ? occupierOf(text, h.end) : null;
			if (occupier) out.push({ start: h.start, end: h.end, text: h.text, id: occupier, note: `«${h.text}»: the occupier the article names` });
			continue;
		}
		if (MADE_IN.test(norm(text.slice(h.end, Math.min(to, h.end + 8))))) continue;
		// «أثناء تأديته واجبه في حماية المدنيين»: the people a force protects are not a party to the event.
		if (id === 'civilians' && protectedAt(text, h.start, h.end)) continue;
		// «عصابات داعش الإرهابية»: «gangs» as an epithet of the group named right after it, not smugglers.
		if (id === 'smugglers' && /^(?:[وبل]|لل)?(?:ال)?عصاب/.test(h.text.replace(/[أإآ]/g, 'ا')) && hits.some((o) => o !== h && o.entry.id !== 'smugglers' && o.start >= h.end && o.start - h.end <= 2)) continue;
		if (typeof id === 'string') {
			out.push({ start: h.start, end: h.end, text: h.text, id, note: null });
			continue;
		}
		// Only an adjective right after the name decides («حرس الحدود السوري»); a country named elsewhere
		// in the sentence is more often where someone came from than whose force it is.
		const after = text.slice(h.end, Math.min(to, h.end + 14));
		const cue = /^\s*(?:ال)?(?:عراقي|سوري)/u.test(after.replace(/[أإآ]/g, 'ا')) ? countryCue(after, 0) : null;
		const c = (cue?.country as 'IQ' | 'SY' | undefined) ?? country;
		const resolved = c ? id[c] : null;
		if (!resolved) continue;
		out.push({ start: h.start, end: h.end, text: h.text, id: resolved, note: cue ? `«${h.text}» read as ${c} from «${cue.word}»` : `«${h.text}» read as ${c}, the article's country` });
	}
	// «المجموعة نفسها»: the armed group named last before it, when no name was read there.
	for (const s of sameGroupSpans(text, from, to)) {
		if (out.some((a) => a.start < s.end && s.start < a.end && GROUP_IDS.has(a.id))) continue;
		const last = findActors(text, 0, s.start, country).filter((a) => GROUP_IDS.has(a.id)).pop();
		if (last) out.push({ ...s, id: last.id, note: `«${s.text}»: the group named before, «${last.text}»` });
	}
	return out.sort((a, b) => a.start - b.start);
}
