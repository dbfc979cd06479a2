// Throwaway (not committed): phone screenshots of the ACLED import, en and ar.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
for (const lang of ['en', 'ar']) {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
	await page.goto(`http://127.0.0.1:4505/${lang === 'ar' ? '?lang=ar' : ''}`);
	await page.waitForFunction(() => window.__atlasMap?.loaded(), null, { timeout: 150000 });
	await page.getByTestId('import-file').setInputFiles({ name: 'acled-iraq-syria.csv', mimeType: 'text/csv', buffer: readFileSync('tests/fixtures/acled/small.csv') });
	await page.getByTestId('import-done').waitFor();
	await page.getByTestId('import-done').scrollIntoViewIfNeeded();
	await page.screenshot({ path: `/tmp/l21b-phone-${lang}.png` });
	await page.close();
}
await browser.close();
