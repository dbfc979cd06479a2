/**
 * «القائم» as the participle «existing» after an abstract noun is no place; the border town keeps its name after a
 * preposition, a place noun, a force that enters it, or on a road. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { participleAdjective } from './participles';
import { eventPlace, findPlaces, type Geography } from './where';
import { whole } from './clause-testing';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';
import type { PlaceRecord } from '../records';

const adjective = (sentence: string) => participleAdjective('القائم', sentence, sentence.indexOf('القائم'));

/** The real gazetteer matches only «مدينة/قضاء/منفذ القائم»; bare «القائم» is proposed by its GeoNames record. */
const qaim: PlaceRecord = { id: 'geonames:92138', source: 'geonames', geonameid: 92138, name: "Al Qa'im", names_ar: ['القائم'], country: 'IQ', admin1_code: '01', admin1: 'Anbar', feature_code: 'P.PPLA2', population: 0, lon: 41.04, lat: 34.37, border_distance_km: 5 };
const GEO: Geography = {
	...TEST_GEOGRAPHY,
	places: TEST_GEOGRAPHY.places.map((p) => (p.id === 'al-qaim' ? { ...p, variants: ['مدينة القائم', 'قضاء القائم', 'منفذ القائم'] } : p)),
	records: [...TEST_GEOGRAPHY.records!, qaim]
};
const placeOf = (text: string) => eventPlace(text, whole(text), findPlaces('t', text, GEO), [], null)?.place.geonameid ?? null;

describe('«القائم» after an abstract noun is «existing»', () => {
	it.each([
		'وفي إطار التعاون العسكري القائم بين البلدين، سيّرت القوات دورية',
		'أكد المسؤول أن الوضع القائم على الحدود لا يحتمل التصعيد',
		'ويعود الخلاف القائم بين العشيرتين إلى سنوات',
		'ضمن التنسيق القائم، نفذت قوة مشتركة عملية تفتيش'
	])('«%s»', (sentence) => {
		expect(adjective(sentence)).toBe(true);
	});

	it.each([
		'انفجرت عبوة في القائم فجر اليوم',
		'دخلت القوات العراقية القائم بعد معارك عنيفة',
		'انفجرت عبوة على الطريق الدولي القائم - البوكمال',
		'وصلت تعزيزات إلى القائم قادمة من الرمادي'
	])('«%s»: the town', (sentence) => {
		expect(adjective(sentence)).toBe(false);
	});

	it('places a patrol told «in the coordination in place» where it went, not at the town', () => {
		expect(placeOf('وفي إطار التنسيق الأمني القائم، سيّرت القوات دورية قرب البوكمال')).toBeNull();
		expect(eventPlace('وفي إطار التنسيق الأمني القائم، سيّرت القوات دورية قرب البوكمال', whole('وفي إطار التنسيق الأمني القائم، سيّرت القوات دورية قرب البوكمال'), findPlaces('t', 'وفي إطار التنسيق الأمني القائم، سيّرت القوات دورية قرب البوكمال', GEO), [], null)?.place.id).toBe('albu-kamal');
		// Near miss: after a preposition the bare name is the town.
		expect(placeOf('سيّرت القوات دورية في القائم')).toBe(92138);
	});
});
