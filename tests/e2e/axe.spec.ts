// axe-core on every screen, in English and in Arabic: no violation of impact "serious" or
// "critical" anywhere (issue 7 item 5). The page's CSP (script-src 'self') refuses inline
// scripts, so axe is evaluated through the DevTools protocol rather than a <script> tag.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { screenPoint, waitForMap } from './atlas';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeNode = { target: unknown[]; failureSummary?: string; html: string };
type AxeRule = { id: string; impact?: string | null; help: string; nodes: AxeNode[]; error?: { message: string } };
type AxeWindow = Window & {
	axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeRule[]; incomplete: AxeRule[] }> };
};

/** One axe run: the serious/critical violations and the rules that crashed (checked nothing). */
async function runAxe(page: Page, rules?: string[]) {
	return page.evaluate(async (only) => {
		const res = await (window as unknown as AxeWindow).axe.run(document, only ? { runOnly: only } : {});
		const slim = (v: AxeRule) => ({
			id: v.id,
			impact: v.impact ?? null,
			help: v.help,
			error: v.error?.message,
			nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html.slice(0, 160) }))
		});
		return {
			bad: res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(slim),
			crashed: res.incomplete.filter((v) => v.error).map(slim)
		};
	}, rules);
}

type Found = Awaited<ReturnType<typeof runAxe>>['bad'];

function describe(rules: Found) {
	return rules
		.map(
			(v) =>
				`[${v.impact}] ${v.id}: ${v.error ?? v.help}\n` +
				v.nodes.map((n) => `    - ${JSON.stringify(n.target)} ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`).join('\n')
		)
		.join('\n');
}

/**
 * Runs axe on the whole document and fails listing every serious or critical violation.
 * A rule that crashes checks nothing, so it fails the test too — with one known exception:
 * axe-core 4.14 aborts color-contrast ("Element midpoint exceeds the grid bounds",
 * dequelabs/axe-core#4253) when a scrolling list sits below the fold of the scrolling sidebar.
 * Scroll geometry does not change a colour, so that rule is re-run with nested scroll areas
 * unfolded (and put back afterwards); it must then check every node and find no violation.
 */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const first = await runAxe(page);
	const bad = [...first.bad];
	let crashed = first.crashed;
	if (crashed.length) {
		const unfolded = await page.evaluate(() => {
			const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY);
			const nested = [...document.querySelectorAll<HTMLElement>('*')].filter((el) => {
				if (!scrolls(el)) return false;
				for (let up = el.parentElement; up; up = up.parentElement) if (scrolls(up)) return true;
				return false;
			});
			for (const el of nested) el.dataset.axeUnfold = el.getAttribute('style') ?? '';
			for (const el of nested) el.style.setProperty('max-height', 'none'), el.style.setProperty('overflow', 'visible');
			return nested.length;
		});
		const again = await runAxe(page, crashed.map((c) => c.id));
		bad.push(...again.bad);
		crashed = again.crashed;
		if (unfolded)
			await page.evaluate(() => {
				for (const el of document.querySelectorAll<HTMLElement>('[data-axe-unfold]')) {
					el.setAttribute('style', el.dataset.axeUnfold ?? '');
					delete el.dataset.axeUnfold;
				}
			});
	}
	expect(bad, `axe on ${screen}: serious/critical violations\n${describe(bad)}`).toEqual([]);
	expect(crashed, `axe on ${screen}: rules that could not run\n${describe(crashed)}`).toEqual([]);
}

const LANGS = [
	{ lang: 'en', query: '' },
	{ lang: 'ar', query: 'lang=ar' }
] as const;

/** `/path?lang=ar&…` or `/path?…` — the language parameter joined with the screen's own. */
function url(path: string, lang: (typeof LANGS)[number], params = ''): string {
	const q = [lang.query, params].filter(Boolean).join('&');
	return q ? `${path}?${q}` : path;
}

for (const lang of LANGS) {
	test.describe(`axe (${lang.lang})`, () => {
		test('home, after the map is drawn', async ({ page }) => {
			await page.goto(url('/', lang));
			await waitForMap(page);
			await expect(page.locator('html')).toHaveAttribute('lang', lang.lang);
			await expectNoSeriousViolations(page, `home ${lang.lang}`);
		});

		test('a place panel', async ({ page }) => {
			await page.goto(url('/', lang, 'place=albu-kamal'));
			await waitForMap(page);
			await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', 'place:albu-kamal');
			await expect(page.getByTestId('panel').getByTestId('excerpt').first()).toBeVisible();
			await expectNoSeriousViolations(page, `place panel ${lang.lang}`);
		});

		test('an incident panel', async ({ page }) => {
			const layer = (await (await page.request.get('/api/layers/incidents')).json()) as { features: { id?: string; properties: { id?: string } }[] };
			const first = layer.features[0];
			const id = String(first.id ?? first.properties.id);
			expect(id).toBeTruthy();
			await page.goto(url('/', lang, `incident=${encodeURIComponent(id)}`));
			await waitForMap(page);
			await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', `incident:${id}`);
			await expectNoSeriousViolations(page, `incident panel ${id} ${lang.lang}`);
		});

		test('the chooser', async ({ page }) => {
			await page.goto(url('/', lang) + '#6.5/34.5/41');
			await waitForMap(page);
			const { place } = await (await page.request.get('/api/places/albu-kamal')).json();
			const { x, y } = await screenPoint(page, place.geometry.coordinates);
			await page.mouse.click(x, y);
			const chooser = page.getByTestId('chooser');
			await expect(chooser).toBeVisible();
			await expect(chooser.getByTestId('chooser-option').first()).toBeFocused();
			await expectNoSeriousViolations(page, `chooser ${lang.lang}`);
		});

		test('the article page', async ({ page }) => {
			const { articles } = (await (await page.request.get('/api/articles')).json()) as { articles: { id: string }[] };
			expect(articles.length).toBeGreaterThan(0);
			await page.goto(url(`/articles/${articles[0].id}`, lang));
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoSeriousViolations(page, `article ${articles[0].id} ${lang.lang}`);
		});

		test('the printed brief, and the export section that opens it', async ({ page }) => {
			await page.goto(url('/brief', lang, 'from=2024-01'));
			await expect(page.getByTestId('brief-incident').first()).toBeVisible();
			await expectNoSeriousViolations(page, `brief ${lang.lang}`);
			await page.goto(url('/', lang));
			await waitForMap(page);
			await page.getByText(lang.lang === 'ar' ? 'تصدير' : 'Export', { exact: true }).click();
			await expect(page.getByTestId('print-brief')).toBeVisible();
			await expectNoSeriousViolations(page, `export section ${lang.lang}`);
		});

		test('the search listbox, open with results', async ({ page }) => {
			await page.goto(url('/', lang));
			await waitForMap(page);
			await page.getByRole('combobox').first().focus();
			await page.keyboard.type(lang.lang === 'ar' ? 'البوكمال' : 'kamal');
			const results = page.getByTestId('search-results');
			await expect(results).toHaveAttribute('role', 'listbox');
			await expect(results).toBeVisible();
			await expect(results.getByRole('option').first()).toBeVisible();
			await page.keyboard.press('ArrowDown');
			await expectNoSeriousViolations(page, `search results ${lang.lang}`);
		});
	});
}
