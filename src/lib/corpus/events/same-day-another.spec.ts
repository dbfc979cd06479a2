import { describe, expect, it } from 'vitest';
import { norm } from '$lib/arabic/normalize';
import { draftIncidents } from './extract';
import { ANOTHER } from './another';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const drafts = (text: string) => draftIncidents({ id: 'ev-same-day', text, date: '2025-08-29' }, GEO).map((d) => d.type);
const LEAD = 'قُتل مقاتلان، مساء أمس الخميس، بغارة شنّتها طائرة مسيّرة على سيارة في مدينة القائم.\n\n';

// «وفي اليوم ذاته، …» opens a sentence only to tell another event of that day (another.ts): the same event needs no
// «on the same day». Without the opener, a shelling of the same town that day is taken for the strike told again.
describe('«on the same day» opens another event of that day', () => {
	it.each([
		'وفي اليوم ذاته، تعرّضت أحياء في مدينة القائم لقصف مدفعي طال منازل وأراضي زراعية.',
		'وفي اليوم نفسه، تعرضت قريتان في مدينة القائم لقصف مدفعي، ما تسبب بإصابة مزارع.',
		'وفي نفس اليوم، قصفت المدفعية أحياء في مدينة القائم، دون أن يسفر القصف عن إصابات.',
		'في ذات اليوم، سقطت قذائف مدفعية على أحياء مدينة القائم.',
		'وفي الليلة ذاتها، تعرّضت مدينة القائم لقصف صاروخي.'
	])('two drafts: %s', (second) => {
		const types = drafts(LEAD + second);
		expect(types).toHaveLength(2);
		expect(types).toContain('drone-strike');
	});
	it('without the opener, the shelling of the town that day is folded into the strike', () => {
		expect(drafts(LEAD + 'وقصفت المدفعية أحياء في مدينة القائم، دون أن يسفر القصف عن إصابات.')).toHaveLength(1);
	});
	it('a death from the wounds the same day is the strike told on, not a new event', () => {
		expect(drafts(LEAD + 'وفي اليوم نفسه، توفي مقاتل ثالث متأثراً بجروحه.')).toEqual(['drone-strike']);
	});
	it.each([['وأعلنت القيادة في اليوم نفسه مقتل …'], ['منذ ذلك اليوم، لم يعد أحد'], ['واليوم، قصفت المدفعية'], ['وفي اليوم التالي، قصفت']])('«%s» is no opener of another event', (s) =>
		expect(ANOTHER.test(norm(s))).toBe(false)
	);
});
