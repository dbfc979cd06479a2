/**
 * The type of a clause when its words pull two ways, and clauses that look like events but are not:
 * general rules of Arabic news prose, each tested on sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { classifyClause } from './classify';
import { findTriggers } from './lexicon';

const whole = (text: string) => ({ start: 0, end: text.length, text });
const typeOf = (text: string) => classifyClause(text, whole(text)).event?.type ?? null;

describe('a finite verb never carries the article', () => {
	it('«القتلى» and «الضحايا» are nouns, not the verb «قتل»', () => {
		expect(typeOf('وأكدت مصادر طبية أن القتلى من أبناء قرية واحدة')).toBeNull();
		expect(findTriggers('فإن المقتولين والقتلى مدنيون').map((t) => t.phrase)).not.toContain('قتل*');
	});
	it('still finds the verb with its conjunction', () => {
		expect(typeOf('وقُتل شاب برصاص مجهولين')).not.toBeNull();
		expect(findTriggers('فاعتقلت الدورية سائقين').map((t) => t.entry.type)).toContain('arrest');
	});
});
