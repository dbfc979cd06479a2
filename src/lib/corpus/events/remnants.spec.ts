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

describe('an old device, or a remnant of a named group, that goes off is a landmine', () => {
	it.each([
		'لقي راعٍ حتفه بانفجار عبوة قديمة من مخلفات عصابات داعش في منطقة زراعية',
		'أُصيب طفلان بانفجار لغم قديم أثناء رعيهما الأغنام',
		'قُتل مزارع بانفجار قذيفة من مخلفات تنظيم داعش في أرضه',
		'انفجرت عبوة قديمة بجرار زراعي ما أدى إلى إصابة سائقه'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('landmine');
	});
	it('a bomb set off that day, or an old one found and defused, is no landmine', () => {
		expect(typeOf('انفجرت عبوة ناسفة بدورية للجيش ما أدى إلى مقتل جندي')).toBe('ied');
		expect(typeOf('فككت فرق الهندسة عبوة ناسفة قديمة عُثر عليها في القرية')).toBe('ied');
	});
});
