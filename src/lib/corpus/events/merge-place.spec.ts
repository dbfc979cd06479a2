/**
 * Two tellings of one event folded into one draft (readings.ts merge): a first telling placed only by where people
 * went or came from («… فروا باتجاه القائم») gives way to a later one that says where it happened («… في
 * البوكمال»); a first telling with a place of its own keeps it. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const drafted = (text: string) => draftIncidents({ id: 't', text, date: '2026-03-04' }, GEO).map((d) => ({ type: d.type, place: d.place?.id ?? null, told: d.mentions.length + 1 }));

describe('where it happened over where people went, across two tellings', () => {
	it.each([
		['اعتقلت القوات أمس ثلاثة مطلوبين فروا باتجاه القائم. وكانت القوات قد اعتقلت المطلوبين الثلاثة أمس في البوكمال.', 'arrest'],
		['هربت عائلات نحو القائم بعد قصف مدفعي أمس. وتعرضت البوكمال لقصف مدفعي أمس.', 'shelling'],
		['انطلقت دورية مشتركة نحو القائم صباح أمس. وجابت الدورية المشتركة شوارع البوكمال أمس.', 'patrol']
	])('«%s» → one %s at Albu Kamal', (text, type) => {
		expect(drafted(text)).toEqual([{ type, place: 'albu-kamal', told: 2 }]);
	});

	it('keeps the first telling\'s own place', () => {
		// Near miss: «في القائم» is where the arrest was; the second telling is another arrest near Albu Kamal.
		expect(drafted('اعتقلت القوات أمس ثلاثة مطلوبين في القائم. وكانت القوات قد اعتقلت المطلوبين الثلاثة أمس قرب البوكمال.').map((d) => d.place)).toEqual(['al-qaim', 'albu-kamal']);
	});
});
