import { describe, expect, it } from 'vitest';
import { nameContext } from './context';
import { contextScore } from './candidate-score';

const scoreOf = (text: string, name: string) => {
	const start = text.indexOf(name);
	return contextScore(nameContext(text, start, start + name.length), name).score;
};

describe('a homograph after a compass word', () => {
	it.each([
		['عثرت قوة على مضافة جنوب غربي حديثة', 'حديثة'],
		['انفجرت عبوة شمال حديثة', 'حديثة'],
		['سقطت قذيفة شرقي حديثة', 'حديثة']
	])('«%s» is a place, not the ordinary word', (text, name) => {
		expect(scoreOf(text, name)).toBeGreaterThan(0);
	});
	it('without a compass word it stays the ordinary word («دراسة حديثة»)', () => {
		expect(scoreOf('كشفت دراسة حديثة عن تلوث المنطقة', 'حديثة')).toBeLessThan(0);
	});
	it('with the article after a compass word it stays the ordinary word («شرق المدينة»)', () => {
		expect(scoreOf('انتشرت القوات شرق المدينة', 'المدينة')).toBeLessThan(0);
	});
});
