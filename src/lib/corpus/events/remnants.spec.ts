import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('war remnants that go off are landmines', () => {
	it.each([
		'قُتل طفل حين عبث بقذيفة غير منفجرة قرب منزله',
		'أُصيب مزارعان بانفجار جسم معدني غريب في أرضهما',
		'قضى راعٍ بانفجار مخلفات حرب في البادية',
		'انفجر جسم غريب بطفلين أثناء لعبهما قرب منزلهما'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('landmine');
	});
	it('a shell fired that day stays shelling', () => {
		expect(typeOf('قُتل طفل بسقوط قذيفة هاون على منزله')).toBe('shelling');
	});
	it('unexploded shells found by a force, with no blast, are no landmine', () => {
		expect(typeOf('عثرت قوة من الجيش على قذائف غير منفجرة في مخبأ')).not.toBe('landmine');
	});
});
