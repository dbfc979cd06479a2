/**
 * A crowd gathering before a seat of authority is a protest even without a grievance word; forces massing
 * before a building, or a crowd gathering elsewhere, are not. Sentences written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('a crowd before a seat of authority', () => {
	it.each([
		['تجمّع العشرات من أهالي البلدة صباح اليوم أمام مبنى المحافظة في الرمادي'],
		['واحتشد مئات المواطنين أمام مقر مجلس القضاء في البعاج'],
		['يتجمهر ذوو المفقودين منذ الصباح أمام دائرة الهجرة في الموصل'],
		['وتجمعت حشود من سكان الحي أمام بوابة القائممقامية']
	])('%s', (text) => expect(typeOf(text)).toBe('protest'));
});

describe('no protest', () => {
	it.each([
		['تجمعت أرتال من القوات الأمنية أمام مقر قيادة العمليات استعداداً للتحرك'],
		['تجمّع العشرات من الأهالي في ساحة القرية لاستقبال العائدين']
	])('%s', (text) => expect(typeOf(text)).not.toBe('protest'));
});
