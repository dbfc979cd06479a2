/**
 * Where a sentence is cut into clauses, each of which may tell an event of its own: at «؛», and at a comma
 * that opens another event («، فيما …»), points back at an earlier one («، بعد إغلاقه …») or begins a second
 * dated thing a source said («، وأن … أمس»). Moved out of classify.ts whole. Pure.
 */
import { sentenceSpans } from '../sentences';
import { norm } from '$lib/arabic/normalize';
import { span, type Span } from './scan';
import { DAY } from './reach';

/** Words that open a new event inside a sentence, after a comma: «، فيما …», «، وفي حادث آخر …» (matched on normalised text: ى is ي). */
const OPENERS = /^[\s\u00A0]*(?:وكما|كما|فيما|بينما|في حين|وفي|اما|واما|فضلا عن|ال[يى] جانب|كذلك|وكذلك|ثم|في وقت|وفي وقت|حيث|قبل ان|بعد ان)(?![\p{L}])/u;

/**
 * «…، بعد إغلاقه منذ صباح الأربعاء»: after a comma, «بعد» and a verbal noun with a pronoun that points back
 * at what the sentence is about tells an earlier event of its own.
 */
export const BACKREF = /^[\s\u00A0]*بعد\s+\p{L}{3,}(?:ه|ها|هم|هما)(?![\p{L}])/u;

/**
 * «قال المصدر إن … انتشرت …، وأن السلطات تسلّمت أمس …»: a second «أن» joined by «و» after a comma, with a day of
 * its own, is a second thing the source said, a clause of its own. Without one it goes on about the first («…،
 * وأن طفلاً قُتل معهما», «…، وأن المسلحين لاذوا بالفرار»); the concessive «وإن كان» (even though) never opens one.
 */
const COMPLEMENT = /^[\s\u00A0]*و(?:ان|بان)(?![\p{L}])(?![\s\u00A0]+(?:كان|كانت|كانوا)(?![\p{L}]))/u;

/**
 * «وقال أحد العمال إن "…"، مشيراً إلى أن قذيفتين سقطتا مساء أمس …», «…، مضيفاً أن القوات اعتقلت أمس …»: a reporting
 * participle after a comma opens a further thing the speaker said; with a day of its own it is a clause of its own,
 * apart from the speaker's words and the grievance or fear quoted before it.
 */
const REPORTED = /^[\s\u00A0]*[وف]?(?:مشيرا|مشيره|مضيفا|مضيفه|موضحا|موضحه|لافتا|لافته|موكدا|موكده|مبينا|مبينه|منوها|كاشفا|كاشفه)(?:[\s\u00A0]+(?:ال[يى]|في))?[\s\u00A0]+(?:ان|بان)(?![\p{L}])/u;

/**
 * A time told relative to the article, as a day does: «قبل أيام», «منذ يومين», «قبل ثلاثة أيام», «الأسبوع الماضي»,
 * «الشهر الماضي» (an interview's «الأسبوع الماضي وحده ألقينا القبض …، وقبل أيام عثرنا …» tells two operations).
 */
const PERIOD = /(?:^|\s)[وف]?(?:(?:قبل|منذ)\s+(?:بضعه\s+)?(?:يومين|ايام|اسبوع|اسبوعين|[0-9\u0660-\u0669]+\s+ايام|\p{L}+\s+ايام)|(?:ال)?(?:اسبوع|شهر)\s+(?:الماضي|المنصرم|الفايت))(?![\p{L}])/u;

/** Whether the words from `from` to the next comma or the sentence's end name a day («أمس», «يوم السبت») or a recent period. */
const dated = (text: string, from: number, end: number) => {
	const words = norm(text.slice(from, end).split(/[،,؛;]/)[0]);
	return DAY.test(words) || PERIOD.test(words);
};

/**
 * «فأمس سيّرت القوات دوريات على الشريط الحدودي، وسقطت مساء أمس قذيفتا هاون داخل السوق»: after a comma, «و» and a
 * verb whose words up to the next comma name a day of their own, when the words before the comma name one too, tell a
 * second event with its own time. Not a toll joined to the first («، وأُصيب ثالث صباح اليوم»): that one's casualties.
 * Nor «، وذلك …»: the demonstrative points back at the clause before and dates or places it («أعلنت الشرطة اليوم
 * ضبط …، وذلك مساء الاثنين الماضي», «…، وذلك بعد يومين على هجوم مماثل»): it is that clause's time, not a new event.
 */
const CONJUNCT = /^[\s\u00A0]*و(?!ذلك(?![\p{L}]))(?!(?:ا|ال)?(?:اصيب|اصيبت|اصيبوا|قتل|قتلت|قتلوا|جرح|جرحت|لقي|لقيت|استشهد|استشهدت|توفي|توفيت|اصابه|مقتل)(?![\p{L}]))\p{L}{3,}(?![\p{L}])/u;
const secondDated = (text: string, start: number, i: number, end: number) => CONJUNCT.test(norm(text.slice(i + 1, i + 24))) && dated(text, i + 1, end) && (DAY.test(norm(text.slice(start, i))) || PERIOD.test(norm(text.slice(start, i))));

/** Clauses of a text: sentences, cut at «؛» and at a comma that opens another event. */
export function clauseSpans(text: string): Span[] {
	const out: Span[] = [];
	for (const s of sentenceSpans(text)) {
		let start = s.start;
		for (let i = s.start; i < s.end; i++) {
			if (!'،,؛;'.includes(text[i])) continue;
			const rest = norm(text.slice(i + 1, Math.min(s.end, i + 24)));
			if (text[i] === '؛' || text[i] === ';' || OPENERS.test(rest) || BACKREF.test(rest) || ((COMPLEMENT.test(rest) || REPORTED.test(norm(text.slice(i + 1, Math.min(s.end, i + 40))))) && dated(text, i + 1, s.end)) || secondDated(text, start, i, s.end)) {
				const c = span(text, start, i);
				if (c.text) out.push(c);
				start = i + 1;
			}
		}
		const c = span(text, start, s.end);
		if (c.text) out.push(c);
	}
	return out;
}
