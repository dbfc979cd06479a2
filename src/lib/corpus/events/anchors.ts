/**
 * Whether a clause's event is drafted: the decision, its score and its reasons in words. An event word
 * alone proves little («الهجوم» may point back at an attack told before, «صواريخ» may be what a convoy
 * carried); what makes a clause a report is what anchors it in the world — a day, a place, a count.
 *
 * The rule: a finite verb («اعتقلت», «انفجرت») needs one anchor; a verbal noun («اعتقال», «انفجار»)
 * needs two, and the parties named do not count towards them — a clause that only names a party and an
 * event noun («هجوم داعش») is talk about the conflict more often than a report of one incident.
 * The score (hundredths, so that sums are exact) orders two tellings of one event and sets the draft's
 * confidence; it does not decide.
 */

/** What anchors an event clause. */
export type AnchorKind = 'date' | 'report-date' | 'carried-date' | 'place' | 'actors' | 'counts';

/** Each anchor's weight in the score, in hundredths. */
const WEIGHT: Record<AnchorKind, number> = { date: 15, 'report-date': 10, 'carried-date': 10, place: 15, actors: 10, counts: 15 };
const BASE = { verb: 45, noun: 30 } as const;
/** Anchors that place the event in time or space or count it: the ones a verbal noun needs two of. */
const GROUNDING: AnchorKind[] = ['date', 'report-date', 'carried-date', 'place', 'counts'];

export interface Judgement {
	/** 0–1, for ordering tellings and for the draft's confidence. */
	score: number;
	draft: boolean;
	/** Why it is drafted or not, in words. */
	why: string;
}

export function judge(form: 'verb' | 'noun', anchors: AnchorKind[]): Judgement {
	const hundredths = BASE[form] + anchors.reduce((s, a) => s + WEIGHT[a], 0);
	const score = hundredths / 100;
	if (form === 'verb') {
		const draft = anchors.length >= 1;
		return { score, draft, why: draft ? `drafted: a finite verb with ${anchors.length} anchor(s)` : 'not drafted: a finite verb with nothing that dates, places, names or counts it' };
	}
	const grounding = anchors.filter((a) => GROUNDING.includes(a)).length;
	const draft = grounding >= 2;
	return { score, draft, why: draft ? `drafted: a verbal noun with ${grounding} anchors of time, place or count` : `not drafted: a verbal noun needs two anchors of time, place or count (it has ${grounding})` };
}
