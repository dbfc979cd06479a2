import { describe, expect, it } from 'vitest';
import { eventOf, typeOf } from './clause-testing';

// «عثر ذووه على جثته»: a body found is the dead of the event told beside it, not a seizure typed by its device.
describe('a body found after a blast is no find of explosives', () => {
	it.each([
		'لقي راعٍ مصرعه إثر انفجار لغم أرضي في البادية، وعثر ذووه على جثته بعد ساعات',
		'قُتل طفلان بانفجار قذيفة من مخلفات الحرب في حقل قرب القرية، وعثر الأهالي على جثتيهما عصراً',
		'أكد المصدر أن مزارعاً قضى بانفجار لغم قديم في أرضه، مبيناً أن فرق الدفاع المدني عثرت على جثته مساءً',
		'توفي جامع كمأ بانفجار لغم أرضي في الصحراء، وعُثر على رفاته في اليوم التالي'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('landmine');
		expect(eventOf(text)?.sub_event_type).not.toBe('Disrupted weapons use');
	});
	it('a mine found by a patrol, with no body, is still a find', () => {
		expect(eventOf('عثرت دورية للجيش على لغم أرضي قرب الطريق العام')?.sub_event_type).toBe('Disrupted weapons use');
	});
	it('a device found beside a body is still a find', () => {
		expect(eventOf('عثرت القوات على عبوة ناسفة وجثة مجهولة الهوية قرب الطريق')?.sub_event_type).toBe('Disrupted weapons use');
	});
});
