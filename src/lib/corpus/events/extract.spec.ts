import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { draftIncidents } from './extract';
import { DraftSchema, type Draft } from './schema';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

/** Every {start, end, text} inside a value. */
function spans(x: unknown, out: { start: number; end: number; text: string }[] = []) {
	if (Array.isArray(x)) x.forEach((y) => spans(y, out));
	else if (x && typeof x === 'object') {
		const o = x as Record<string, unknown>;
		if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push(o as never);
		Object.values(o).forEach((y) => spans(y, out));
	}
	return out;
}
function checkVerbatim(text: string, drafts: Draft[]) {
	for (const d of drafts) {
		v.parse(DraftSchema, d);
		for (const s of spans(d)) expect(text.slice(s.start, s.end), `${d.id} span`).toBe(s.text);
		expect(text.includes(d.title_ar)).toBe(true);
	}
}

const STORY = `مقتل جنديين بانفجار عبوة ناسفة غربي الأنبار

الأنبار - شفق نيوز

أفاد مصدر أمني في محافظة الأنبار، اليوم الأربعاء، بمقتل جنديين من الجيش العراقي وإصابة ثالث بجروح، إثر انفجار عبوة ناسفة استهدفت عجلتهم العسكرية مساء أمس الثلاثاء في قضاء القائم غربي المحافظة.

وقال المصدر إن "عبوة ناسفة مزروعة على جانب الطريق انفجرت لدى مرور عجلة عسكرية، ما أسفر عن مقتل جنديين".

ومن بغداد، قال نائب إن "الرد سيكون حازماً على كل من يحاول العبث بأمن الأنبار".

وتشهد المناطق الصحراوية هجمات متفرقة تنفذها بقايا التنظيم، الذي خسر آخر معاقله في القائم أواخر عام 2017.`;

const BULLETIN = `حصاد الأسبوع في دير الزور

- الأحد: اغتال مسلحون مجهولون مختاراً سابقاً في مدينة الميادين.
- الاثنين: أُصيب ثلاثة عناصر من "قسد" بانفجار عبوة ناسفة قرب مدينة البوكمال، دون وقوع قتلى.
- الثلاثاء: أعلنت "قسد" اعتقال خلية من أربعة أشخاص في مدينة دير الزور.
- الأربعاء: ضبطت دورية شحنة من حبوب الكبتاغون تقدَّر بمئتي ألف حبة قرب مدينة البوكمال.
- الخميس: تظاهر العشرات من أهالي مدينة الميادين أمام مبنى المجلس المحلي.`;

describe('draftIncidents', () => {
	it('drafts one incident from a story told three times, with every field backed by its words', () => {
		const drafts = draftIncidents({ id: 'a1', text: STORY, date: '2025-01-15' }, GEO);
		checkVerbatim(STORY, drafts);
		expect(drafts).toHaveLength(1);
		const [d] = drafts;
		expect(d).toMatchObject({ id: 'a1-e1', type: 'ied', event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' });
		expect(d.date).toMatchObject({ value: '2025-01-14', precision: 'day' });
		expect(d.date.evidence?.text).toBe('مساء أمس الثلاثاء');
		expect(d.place).toMatchObject({ id: 'al-qaim', geo_precision: 1 });
		expect(d.actors.map((a) => a.id)).toEqual(['iraqi-army']);
		expect(d.fatalities?.value).toBe(2);
		expect(d.injuries?.value).toBe(1);
		expect(d.mentions.length).toBeGreaterThanOrEqual(1);
		expect(d.title_ar).toBe('مقتل جنديين بانفجار عبوة ناسفة غربي الأنبار');
		expect(d.title_en).toBe("IED kills 2 Iraqi soldiers, wounds 1 in al-Qa'im");
		expect(d.confidence).toBeGreaterThan(0.6);
	});
	it('gives one draft per event of a bulletin, dated by their weekdays', () => {
		const drafts = draftIncidents({ id: 'b1', text: BULLETIN, date: '2025-02-21' }, GEO);
		checkVerbatim(BULLETIN, drafts);
		expect(drafts.map((d) => d.type)).toEqual(['assassination', 'ied', 'arrest', 'drug-seizure', 'protest']);
		expect(drafts.map((d) => d.date.value)).toEqual(['2025-02-16', '2025-02-17', '2025-02-18', '2025-02-19', '2025-02-20']);
		expect(drafts[1].fatalities?.value).toBe(0);
		expect(drafts[1].injuries?.value).toBe(3);
		expect(drafts[3].quantities.pills?.value).toBe(200000);
		expect(drafts[2].quantities.arrested?.value).toBe(4);
		expect(drafts.map((d) => d.id)).toEqual(['b1-e1', 'b1-e2', 'b1-e3', 'b1-e4', 'b1-e5']);
	});
	it('is deterministic', () => {
		expect(draftIncidents({ id: 'b1', text: BULLETIN, date: '2025-02-21' }, GEO)).toEqual(draftIncidents({ id: 'b1', text: BULLETIN, date: '2025-02-21' }, GEO));
	});
	it('drafts nothing from denials, plans, threats and background', () => {
		const text = `نفى مصدر في التحالف الدولي تنفيذ أي غارة على دير الزور.
ومن المقرر أن تُنقل دفعة جديدة من العائلات من مخيم الهول مطلع أيار المقبل.
وهدد القيادي بقصف مواقع التنظيم في حال تكررت الهجمات.
وكانت القوات قد استعادت القائم من التنظيم في تشرين الثاني 2017 بعد معارك عنيفة.`;
		expect(draftIncidents({ id: 'n1', text, date: '2025-05-01' }, GEO)).toEqual([]);
	});
	it('says why a field is null', () => {
		const text = 'أعلنت وزارة الداخلية السورية اليوم القبض على خلية من ثلاثة أشخاص.';
		const [d] = draftIncidents({ id: 'm1', text, date: '2025-05-19' }, GEO);
		checkVerbatim(text, [d]);
		expect(d.place).toBeNull();
		expect(d.missing.place).toMatch(/names no place/);
		expect(d.fatalities).toBeNull();
		expect(d.missing.fatalities).toBeTruthy();
	});
	it('titles an event placed only in a country «in Syria», not «in the Syria area»', () => {
		const text = 'ضبطت إدارة مكافحة المخدرات أمس شحنة من الكبتاغون داخل الأراضي السورية.';
		const [d] = draftIncidents({ id: 's1', text, date: '2025-05-19' }, GEO);
		expect(d.place?.geo_precision).toBe(3);
		expect(d.title_en).toMatch(/ in Syria$/);
	});
	it('drafts an article whose date is unknown: explicit dates resolve, relative ones are null with the reason', () => {
		const drafts = draftIncidents({ id: 'u1', text: BULLETIN, date: null }, GEO);
		checkVerbatim(BULLETIN, drafts);
		const dated = draftIncidents({ id: 'u1', text: BULLETIN, date: '2025-02-21' }, GEO);
		// The same events as the dated telling, none of them dated: bulletin weekdays are relative.
		expect(drafts.map((d) => d.type)).toEqual(dated.map((d) => d.type));
		for (const [i, d] of drafts.entries()) {
			expect(d.date).toMatchObject({ value: null, from: null, to: null, precision: 'unknown' });
			expect(d.date.note).toMatch(/is relative and the article's date is unknown: set it in articles\/u1\.json or accept with --date/);
			expect(d.missing.date).toBe(d.date.note);
			expect(d.confidence).toBeLessThan(dated[i].confidence);
			expect(d.reasons.join(' ')).toMatch(/no date/);
		}
		const explicit = draftIncidents({ id: 'u2', text: 'قتل جنديان من الجيش العراقي بانفجار عبوة ناسفة في مدينة القائم يوم 12 أيار 2025.', date: null }, GEO);
		expect(explicit[0].date).toMatchObject({ value: '2025-05-12', precision: 'day' });
		const none = draftIncidents({ id: 'u3', text: 'قتل جنديان من الجيش العراقي بانفجار عبوة ناسفة في مدينة القائم.', date: null }, GEO);
		expect(none[0].date).toMatchObject({ from: null, precision: 'unknown', evidence: null });
		expect(none[0].date.note).toMatch(/dates nothing and the article's date is unknown/);
	});
	it('resolves relative dates against a month-only article date, approximately and with less confidence', () => {
		const [d] = draftIncidents({ id: 'u4', text: STORY, date: null, span: { from: '2025-01-01', to: '2025-01-31' } }, GEO);
		const [day] = draftIncidents({ id: 'u4', text: STORY, date: '2025-01-15' }, GEO);
		expect(d.date).toMatchObject({ value: null, precision: 'approximate' });
		expect(d.date.from! <= '2025-01-14' && '2025-01-14' <= d.date.to!).toBe(true);
		expect(d.confidence).toBeLessThan(day.confidence);
	});
	it('starts the Arabic title at the first verb of a coordinated clause, not after its «و»', () => {
		const text = 'وفي سياق متصل، داهمت القوات الأمنية منزلاً في مدينة القائم يوم الأحد الماضي وصادرت كميات من الأسلحة والذخائر.';
		const [d] = draftIncidents({ id: 't1', text, date: '2025-05-19' }, GEO);
		checkVerbatim(text, [d]);
		expect(d.title_ar).toMatch(/^داهمت القوات الأمنية منزلاً/);
		expect(text.slice(d.title_ar_evidence.start, d.title_ar_evidence.end)).toBe(d.title_ar);
		// A coordinated verb with no event verb before it: the title starts after the conjunction.
		const alone = 'وأفاد مصدر أمني أن دورية للجيش وصادرت كميات من الأسلحة في مدينة القائم أمس.';
		const [e] = draftIncidents({ id: 't2', text: alone, date: '2025-05-19' }, GEO);
		if (e) expect(e.title_ar.startsWith('و')).toBe(false);
	});
	it('takes the Arabic title from the first telling (the lead), not from a quote told after it', () => {
		// No headline line, so the title comes from a clause: the lead's, though only the quote names the day.
		const body =
			'أفاد مصدر أمني في محافظة الأنبار، يوم الأربعاء، بمقتل جنديين وإصابة ثالث بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي قرب مدينة القائم.\n' +
			'وقال المصدر إن "عبوة ناسفة انفجرت مساء أمس الثلاثاء على عجلة عسكرية أثناء تنفيذها واجباً روتينياً قرب القائم، ما أدى إلى مقتل جنديين وإصابة ثالث".';
		const [d] = draftIncidents({ id: 't3', text: body, date: '2025-01-15' }, GEO);
		checkVerbatim(body, [d]);
		const lead = body.slice(0, body.indexOf('\n'));
		expect(d.title_ar_evidence.start).toBeLessThan(lead.length);
		expect(d.title_ar).toMatch(/^بمقتل جنديين/);
	});
});
