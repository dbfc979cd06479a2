/**
 * ISIS under its names and epithets, the Iran-backed factions by name, Hezbollah, tribal fighters,
 * unidentified gunmen and smugglers. Sentences written for this file, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from './actors';
import { parties } from './parties';

const ids = (text: string, country: 'IQ' | 'SY' | null = 'IQ') => findActors(text, 0, text.length, country).map((a) => a.id);

describe('non-state armed actors', () => {
	it.each([
		['اعتقلت القوة ثلاثة من الدواعش', 'isis'],
		['قتل اثنان من "الخوارج" في اشتباك', 'isis'],
		['تبنى ما يسمى بولاية الخير الهجوم', 'isis'],
		['هاجمت خلايا نائمة حاجزاً للأمن العام', 'isis'],
		['قتل والي التنظيم في الجزيرة', 'isis'],
		['أعلنت المقاومة الإسلامية في العراق استهداف قاعدة', 'iran-backed-militias'],
		['قصفت كتائب حزب الله موقعاً', 'iran-backed-militias'],
		['قتل قيادي في حركة النجباء بضربة', 'iran-backed-militias'],
		['انسحب عناصر عصائب أهل الحق من المنطقة', 'iran-backed-militias'],
		['قتل ضابط في فيلق القدس', 'iran-backed-militias'],
		['تنتشر مليشيات موالية لإيران في البوكمال', 'iran-backed-militias'],
		['أسقطت الدفاعات مسيرة للفصائل قرب القاعدة', 'iran-backed-militias'],
		['قتل عنصر من حزب الله اللبناني في القصير', 'hezbollah'],
		['هاجم مسلحو العشائر نقطة لقسد', 'tribal-fighters'],
		['انطلقت الفزعة العشائرية نحو البلدة', 'tribal-fighters'],
		['سيطر جيش العشائر على قرى', 'tribal-fighters'],
		['اغتال ملثم مختار القرية', 'unidentified-gunmen'],
		['هاجمت مجموعة مسلحة منزلاً', 'unidentified-gunmen'],
		['اعتقلت القوة مروجي المخدرات', 'smugglers'],
		['اشتبكت الدورية مع تجار مخدرات', 'smugglers']
	])('«%s» → %s', (text, id) => expect(ids(text)).toContain(id));

	it('reads «كتائب حزب الله» as the Iraqi faction, not Hezbollah, and «الفصائل» only in Iraq', () => {
		expect(ids('قصفت كتائب حزب الله موقعاً')).toEqual(['iran-backed-militias']);
		expect(ids('اشتبكت الفصائل فيما بينها', 'SY')).toEqual([]);
	});
	it('does not read the adjective «مسلح» or one ISIS member\'s killers as two groups', () => {
		expect(ids('وقع هجوم مسلح على الطريق')).toEqual([]);
		expect(ids('قتل مسلحو التنظيم راعياً')).toEqual(['isis', 'civilians']);
	});
	it('keeps a named faction as the attacker and its target as a party', () => {
		const text = 'استهدفت المقاومة الإسلامية في العراق بطائرة مسيرة قاعدة أمريكية في الحسكة';
		const c = { start: 0, end: text.length, text };
		const found = parties(text, c, findActors(text, 0, text.length, 'SY'), 'drone-strike', text.indexOf('استهدفت')).map((a) => a.id);
		expect(found).toEqual(['iran-backed-militias', 'us-forces']);
	});
	it('leaves out a faction only suspected', () => {
		const text = 'سقطت صواريخ على القاعدة ويرجح أن كتائب سيد الشهداء تقف وراء الهجوم';
		const c = { start: 0, end: text.length, text };
		expect(parties(text, c, findActors(text, 0, text.length, 'IQ'), 'shelling', text.indexOf('سقطت')).map((a) => a.id)).toEqual([]);
	});
});
