import { describe, expect, it } from 'vitest';
import { classifyClause } from './classify';

const typeOf = (s: string) => classifyClause(s, { start: 0, end: s.length, text: s }).event?.type ?? null;

// «إن الأنباء المتداولة عن اختطاف سائق … "لا أساس لها"»: reports said to be going round are talk of an event (cues.ts,
// with the denials); a round-up item that says so is no incident, however its heading dates it.
describe('reports going round are no event', () => {
	it.each([
		['قال مصدر في الشرطة إن الأنباء المتداولة عن اختطاف سائق شاحنة على الطريق الدولي "لا أساس لها"'],
		['وأكد المصدر أن الأخبار المتداولة عن اشتباكات في المدينة مفبركة'],
		['وأوضح أن المعلومات المتداولة عن مقتل عنصرين من الشرطة غير دقيقة'],
		['ونفت القيادة الروايات المتداولة عن تفجير عبوة قرب السوق']
	])('%s', (s) => expect(typeOf(s)).toBeNull());
	it.each([
		['اختطف مسلحون سائق شاحنة على الطريق الدولي، وفق ما أفاد مصدر', 'abduction'],
		['وتداولت مواقع التواصل مقطعاً لاشتباكات في المدينة، فيما قُتل عنصران من الشرطة بهجوم مسلح', 'clash']
	])('still an event: %s', (s, type) => expect(typeOf(s)).toBe(type));
});
