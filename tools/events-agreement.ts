/**
 * `npm run events:agreement -- <split> <second-coding.json>`: how far a second analyst's coding of a
 * labelled split (tests/fixtures/corpus/events/<split>/) agrees with its gold, scored by the rules
 * that score the drafter (tools/lib/eventScore.ts), both ways round. Two careful coders' agreement
 * is the ceiling a drafter can be held to on the same texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromGold, judgeArticle, type GoldIncident } from './lib/eventScore';

const [split, second] = process.argv.slice(2);
if (!split || !second) {
	console.error('usage: npm run events:agreement -- <split> <second-coding.json>');
	process.exit(2);
}
const dir = join('tests/fixtures/corpus/events', split);
type File = { articles: Record<string, unknown>; incidents: GoldIncident[] };
const read = (path: string): File => {
	try {
		const f = JSON.parse(readFileSync(path, 'utf8'));
		if (f && typeof f.articles === 'object' && Array.isArray(f.incidents) && f.incidents.every((g: GoldIncident) => g && typeof g.article === 'string' && typeof g.evidence === 'string')) return f;
		console.error(`events:agreement: ${path} is not a coding in gold.json's shape ({"articles": {…}, "incidents": [{"article", "evidence", …}]}); nothing scored`);
		process.exit(1);
	} catch (e) {
		console.error(`events:agreement: cannot read ${path}: ${(e as Error).message}`);
		process.exit(1);
	}
};
const a = read(join(dir, 'gold.json'));
const b = read(second);

/** `ref`'s incidents as gold, `other`'s as candidates: matched, each field right, and the three jointly. */
function score(ref: File, other: File) {
	const n = { ref: ref.incidents.length, other: other.incidents.length, matched: 0, joint: 0, type: 0, event_type: 0, date: 0, place: 0, geo_precision: 0, fatalities: 0 };
	for (const id of Object.keys(ref.articles)) {
		const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
		const cands = other.incidents.filter((g) => g.article === id).map((g) => fromGold(g, text));
		const missing = other.incidents.filter((g) => g.article === id).find((g) => fromGold(g, text) === null);
		if (missing) {
			console.error(`events:agreement: ${id}: the evidence «${missing.evidence.slice(0, 60)}» is not in ${id}.txt; nothing scored`);
			process.exit(1);
		}
		const { pairs } = judgeArticle(text, ref.incidents.filter((g) => g.article === id), cands.map((c) => c!));
		for (const x of pairs) {
			n.matched++;
			for (const f of ['type', 'event_type', 'date', 'place', 'geo_precision', 'fatalities'] as const) if (x[f]) n[f]++;
			if (x.type && x.date && x.place) n.joint++;
		}
	}
	return n;
}
const pct = (x: number, of: number) => `${of ? Math.round((100 * x) / of) : 0}%`;
for (const [name, ref, other] of [[`${split} gold as reference`, a, b], ['the second coding as reference', b, a]] as const) {
	const n = score(ref, other);
	console.log(`${name}: ${n.ref} incidents, ${n.other} in the other coding, ${n.matched} paired`);
	console.log(`  type+date+place jointly: ${n.joint} = ${pct(n.joint, n.ref)} of the reference's incidents`);
	for (const f of ['type', 'event_type', 'date', 'place', 'geo_precision', 'fatalities'] as const) console.log(`  ${f.padEnd(14)} ${pct(n[f], n.ref)}`);
}
