// Time as a sequence, through the real UI: the play control steps the window and the list and the
// count follow; cumulative keeps the start; a pause leaves a link that reopens that frame, paused;
// the axis names the months. Every expected set is computed here from the unfiltered
// /api/layers/incidents (./oracle.ts), never by the selector under test.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';
import { expectedIds, type Dated } from './oracle';

async function incidents(page: Page): Promise<Dated[]> {
	const r = await page.request.get('/api/layers/incidents');
	expect(r.ok()).toBe(true);
	return (await r.json()).features;
}

/** Ids of the incidents the list shows (the list is in the sidebar on a desktop). */
async function listed(page: Page): Promise<string[]> {
	const keys = await page.getByTestId('result-list').locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
	return keys.filter((k) => k.startsWith('incident:')).map((k) => k.slice('incident:'.length)).sort();
}

const lastOfMonth = (ym: string) => {
	const [y, m] = ym.split('-').map(Number);
	return `${ym}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const param = (page: Page, k: string) => new URL(page.url()).searchParams.get(k);
const frame = (page: Page) => ({ from: param(page, 'from'), to: param(page, 'to') });

/** The count the timeline's summary states, as a number (Arabic-Indic or Latin digits). */
async function summaryCount(page: Page): Promise<number> {
	const text = (await page.getByTestId('timeline-summary').textContent()) ?? '';
	const digits = text.split(':').at(-1)!.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).match(/\d+/);
	// Arabic writes one and two in words («حادثة واحدة», «حادثتان»), zero as «لا حوادث».
	return digits ? Number(digits[0]) : text.includes('حادثتان') ? 2 : text.includes('واحدة') ? 1 : 0;
}

for (const { lang, viewport } of [
	{ lang: 'en', viewport: { width: 1280, height: 800 } },
	{ lang: 'ar', viewport: { width: 1280, height: 800 } },
	{ lang: 'en', viewport: { width: 390, height: 844 } }
]) {
	test(`play steps the window by months and what is shown follows; a pause leaves a link to that frame (${lang}, ${viewport.width}px)`, async ({ page, browser }) => {
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		await page.goto(`/?lang=${lang}#5/34.6/39.5`);
		await waitForMap(page);
		const all = await incidents(page);
		// The data's first month, from the incidents themselves.
		const first = all.map((f) => f.properties.date_from).sort()[0].slice(0, 7);
		const play = page.getByTestId('timeline-play');
		await expect(play).toBeEnabled();
		await expect(play).toHaveAttribute('data-playing', 'false');
		// A real button: Enter starts the play.
		await play.focus();
		await page.keyboard.press('Enter');
		await expect(play).toHaveAttribute('data-playing', 'true');
		await expect.poll(() => frame(page)).toEqual({ from: `${first}-01`, to: lastOfMonth(first) });
		// It steps on by itself, a month at a time, both ends moving.
		await expect.poll(() => param(page, 'from'), { timeout: 20_000 }).not.toBe(`${first}-01`);
		// Space pauses it.
		await page.keyboard.press(' ');
		await expect(play).toHaveAttribute('data-playing', 'false');
		const paused = frame(page);
		expect(paused.from).toMatch(/^\d{4}-\d{2}-01$/);
		expect(paused.to).toBe(lastOfMonth(paused.from!.slice(0, 7)));
		expect(paused.from! > `${first}-01`).toBe(true);
		const want = expectedIds(all, { from: paused.from!, to: paused.to! }).keep.sort();
		await expect.poll(() => summaryCount(page)).toBe(want.length);
		if (viewport.width > 640) await expect.poll(() => listed(page)).toEqual(want);

		// While paused, the arrow keys step one frame (in Arabic the timeline runs right to left).
		await play.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
		const next = new Date(`${paused.from}T00:00:00Z`);
		next.setUTCMonth(next.getUTCMonth() + 1);
		const nextMonth = next.toISOString().slice(0, 7);
		await expect.poll(() => frame(page)).toEqual({ from: `${nextMonth}-01`, to: lastOfMonth(nextMonth) });
		await expect(play).toHaveAttribute('data-playing', 'false');

		// The link reopens that frame, paused: map, list and count as they were.
		const link = page.url();
		expect(link).not.toContain('play');
		const again = await browser.newPage({ viewport });
		await again.goto(link);
		// (Not waitForMap: a frame may hold no incident at all.) The timeline comes once the map has drawn.
		await expect(again.getByTestId('timeline-play')).toBeEnabled({ timeout: 45_000 });
		await expect(again.getByTestId('timeline-from')).toHaveAttribute('data-iso', `${nextMonth}-01`);
		await expect(again.getByTestId('timeline-to')).toHaveAttribute('data-iso', lastOfMonth(nextMonth));
		await expect(again.getByTestId('timeline-play')).toHaveAttribute('data-playing', 'false');
		const wantNext = expectedIds(all, { from: `${nextMonth}-01`, to: lastOfMonth(nextMonth) }).keep.sort();
		await expect.poll(() => summaryCount(again)).toBe(wantNext.length);
		if (viewport.width > 640) await expect.poll(() => listed(again)).toEqual(wantNext);
		await again.close();
	});
}

test('cumulative keeps the start and grows the end by weeks; the list follows; any other action pauses', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/?from=2024-12-01&to=2024-12-07#5/34.6/39.5');
	await waitForMap(page);
	const all = await incidents(page);
	await page.getByTestId('timeline-step').selectOption('week');
	await page.getByTestId('timeline-cumulative').check();
	await expect(page).toHaveURL(/step=week/);
	await expect(page).toHaveURL(/mode=cumulative/);
	const play = page.getByTestId('timeline-play');
	await play.click();
	await expect(play).toHaveAttribute('data-playing', 'true');
	// Three frames on, the start has not moved and the end has grown week by week.
	await expect.poll(() => param(page, 'to'), { timeout: 20_000 }).toBe('2024-12-28');
	await page.getByTestId('map').click({ position: { x: 900, y: 120 } });
	await expect(play).toHaveAttribute('data-playing', 'false');
	const { from, to } = frame(page);
	expect(from).toBe('2024-12-01');
	expect(to! >= '2024-12-28').toBe(true);
	expect(new Date(`${to}T00:00:00Z`).getUTCDay()).toBe(new Date('2024-12-07T00:00:00Z').getUTCDay());
	// Incidents dated only to December–January are in from the first frame on, and stay.
	const want = expectedIds(all, { from: from!, to: to! }).keep.sort();
	expect(want.length).toBeGreaterThan(0);
	await expect.poll(() => listed(page)).toEqual(want);
	// The URL keeps the step and the mode, never that it was playing.
	expect(page.url()).toMatch(/step=week/);
	expect(page.url()).not.toContain('play=');
});

for (const lang of ['en', 'ar'] as const) {
	test(`the timeline has a month and year axis, and each bar says what it holds on focus (${lang})`, async ({ page }) => {
		await page.goto(`/?lang=${lang}#5/34.6/39.5`);
		await waitForMap(page);
		const all = await incidents(page);
		const tag = lang === 'en' ? 'en-GB' : 'ar';
		// Arabic months are the Iraqi/Levantine names with Latin digits (issue 16), written out here.
		const LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
		const fmt = (o: Intl.DateTimeFormatOptions, d: string) => {
			if (lang === 'en') return new Intl.DateTimeFormat(tag, { ...o, timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
			const [y, mo] = d.split('-');
			return [o.month ? LEVANTINE[Number(mo) - 1] : '', o.year ? y : ''].filter(Boolean).join(' ');
		};
		const axis = page.getByTestId('timeline-axis');
		await expect(axis).toBeVisible();
		// Every January in the data's range of months is labelled with its month and year.
		const firstMonth = all.map((f) => f.properties.date_from).sort()[0].slice(0, 7);
		const lastMonth = all.map((f) => f.properties.date_to).sort().at(-1)!.slice(0, 7);
		const years: string[] = [];
		for (let y = Number(firstMonth.slice(0, 4)); `${y}-01` <= lastMonth; y++) if (`${y}-01` >= firstMonth) years.push(String(y));
		expect(years.length).toBeGreaterThan(0);
		for (const y of years) await expect(axis).toContainText(`${fmt({ month: 'short' }, `${y}-01-01`)} ${fmt({ year: 'numeric' }, `${y}-01-01`)}`);
		// In Arabic time runs right to left: a later January lies left of an earlier month.
		const labels = axis.locator('.label');
		const xs = await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
		expect(xs.length).toBeGreaterThan(2);
		expect(xs.every((x, i) => i === 0 || (lang === 'ar' ? x < xs[i - 1] : x > xs[i - 1]))).toBe(true);

		// The first bar, reached by Tab, names its month and how many incidents are dated to its days.
		const bar = page.getByTestId('timeline-bar').first();
		await bar.focus();
		const tip = page.getByTestId('timeline-tip');
		await expect(tip).toBeVisible();
		const day = all.filter((f) => f.properties.date_from === f.properties.date_to).map((f) => f.properties.date_from).sort();
		const month = day[0].slice(0, 7);
		const n = day.filter((d) => d.startsWith(month)).length;
		await expect(tip).toContainText(fmt({ month: 'short', year: 'numeric' }, `${month}-01`));
		// Arabic says one and two in words (the catalogue's plural forms).
		await expect(tip).toContainText(lang === 'ar' && n <= 2 ? ['', 'واحدة', 'حادثتان'][n] : new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : tag).format(n));
		await expect(bar).toHaveAttribute('aria-label', (await tip.textContent())!);
		// Spans say their days too; the arrow keys move there from the bars.
		const spans = page.getByTestId('timeline-span');
		expect(await spans.count()).toBeGreaterThan(0);
		await spans.first().hover();
		await expect(tip).toContainText('–');
		await page.screenshot({ path: `/tmp/playback-axis-${lang}.png` });
	});
}
