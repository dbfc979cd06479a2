/**
 * The US presence and the factions as their outlets tell it: bases handed over and columns arriving, launchers found,
 * the arrested and their charges, claims opened by a scene-setting phrase, and a like strike with a day of its own.
 * Every sentence is written for this file; each family ends with sentences it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';
import { classifyClause } from './classify';
import { pluperfectBackground } from './background';
import { findWhens } from './when';

describe('a site handed over or taken over', () => {
	it.each([
		['تسلّم الجيش العراقي معسكر الحبانية من قوات التحالف الدولي'],
		['سلّمت القوات الأمريكية مقرها في مطار حلب إلى القوات الحكومية'],
		['انسحبت القوات الروسية من نقطة عسكرية قرب القامشلي وسلّموها إلى الجيش السوري'],
		['استلمت قوات حرس الحدود المواقع التي كانت تشغلها البيشمركة'],
		['جرى تسليم قاعدة التاجي إلى القوات العراقية بحضور قادة عسكريين']
	])('«%s» is a handover', (text) => expect(typeOf(text)).toBe('handover'));
	it('does not read a peaceful stand by a force\'s headquarters, or a site with no force, as one', () => {
		expect(typeOf('نظم العشرات وقفة سلمية أمام مقر قوات الأمن')).toBe('protest');
		expect(typeOf('تسلمت البلدية موقع المشروع من الشركة المنفذة')).toBeNull();
	});
});

describe('a column arriving at a base or the border', () => {
	it.each([
		['وصل رتل عسكري أمريكي إلى قاعدة الشدادي قادماً من العراق'],
		['وصلت تعزيزات للجيش إلى الحدود مع سوريا فجر اليوم'],
		['ووصلت أرتال تركية تضم دبابات إلى معسكر بعشيقة']
	])('«%s» is a deployment', (text) => expect(typeOf(text)).toBe('deployment'));
	it('does not read forces reaching the scene of an incident as one', () => {
		expect(typeOf('وصلت قوات الأمن إلى مكان الانفجار وطوقت المنطقة')).not.toBe('deployment');
	});
});

describe('crowds gathering in denunciation', () => {
	it.each([['احتشد العشرات أمام مبنى المحافظة منددين بالقصف'], ['تجمع المئات في ساحة التحرير مستنكرين اغتيال الناشط']])('«%s» is a protest', (text) => expect(typeOf(text)).toBe('protest'));
	it('does not read forces massing as one', () => expect(typeOf('احتشدت تعزيزات عسكرية قرب الحدود')).not.toBe('protest'));
});

describe('launchers and arms: found, disarmed, or carried by the arrested', () => {
	it.each([
		['عثرت قوة أمنية على منصة لإطلاق الصواريخ في بستان وتم تفكيكها', 'weapons-seizure'],
		['ضبطت الشرطة راجمة صواريخ معدة للإطلاق وجرى تفكيكها', 'weapons-seizure'],
		['اعتقلت دورية ثلاثة أشخاص بحوزتهم منصة صواريخ', 'arrest'],
		['أوقفت القوات مطلوباً وبحوزته بندقية وقنابل يدوية', 'arrest']
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));
	it('keeps a bomb defused as disrupted weapons use, and drugs carried as a seizure', () => {
		expect(typeOf('فككت مفارز المتفجرات عبوة ناسفة على الطريق')).toBe('ied');
		expect(typeOf('اعتقلت مفرزة شخصاً بحوزته خمسة كيلوغرامات من الحشيشة')).toBe('drug-seizure');
	});
});

describe('what the arrested are accused of is their charge', () => {
	it.each([['اعتقال متهمين بقصف المطار بالصواريخ في كركوك'], ['ألقت القوات القبض على شخص متهم بزرع عبوات ناسفة'], ['أوقفت الشرطة امرأة متهمة بقتل زوجها']])('«%s» is an arrest', (text) =>
		expect(typeOf(text)).toBe('arrest')
	);
	it('does not hide an attack whose own subject is named before any charge', () => expect(typeOf('قصف مسلحون مجهولون المطار بالصواريخ')).toBe('shelling'));
});

describe('a scene-setting phrase closed by a comma', () => {
	it.each([
		['في تصعيد يأتي بعد أسابيع من الهدوء، قصفت الفصائل قاعدة فكتوريا بالصواريخ', 'shelling'],
		['بعد يومين من مقتل جنديين، شنت المقاتلات غارات على وادي حوران', 'airstrike'],
		['وسط ترقب حذر، اعتقلت القوات خمسة مطلوبين في القائم', 'arrest']
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));
	it('still turns off the earlier event inside the phrase, and a real warning', () => {
		const c = (text: string) => classifyClause(text, { start: 0, end: text.length, text }).blocked.map((b) => b.trigger.text);
		expect(c('بعد يومين من مقتل جنديين بهجوم في البادية')).toContain('مقتل');
		expect(typeOf('حذر القائد من هجوم محتمل على القاعدة')).toBeNull();
	});
});

describe('a like strike told in the pluperfect', () => {
	const article = '2026-03-10';
	const bg = (clause: string) => pluperfectBackground(clause, findWhens(clause, { from: article, to: article }, 0, clause.length, null), article);
	it('is news with a recent day of its own', () => {
		expect(bg('وكانت غارة مماثلة قد استهدفت الأسبوع الماضي مستودعاً في البادية')).toBe(false);
		expect(bg('كان هجوم مشابه قد طال القاعدة يوم الأحد الماضي')).toBe(false);
	});
	it('is background with no day, or an old one', () => {
		expect(bg('وكانت البادية قد شهدت هجوماً مماثلاً')).toBe(true);
		expect(bg('وكانت المنطقة قد تعرضت لضربات مماثلة في آب 2024')).toBe(true);
	});
});
