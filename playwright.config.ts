import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run against the production build (`npm run build` first; `npm test` does it),
// served by `node build`, in Debian's Chromium with WebGL on SwiftShader (software): no GPU and
// no network needed. `npx playwright install` is never needed (and cannot download here).
//
//   npx playwright test                      run (after `npm run build`)
//   npx playwright test --update-snapshots   rewrite the golden screenshots in tests/e2e/__screenshots__
//
// E2E_PORT picks the port (default 4391); outside CI an already-running server there is reused.

if (!existsSync('build/index.js') && !process.env.E2E_NO_BUILD_CHECK) {
	throw new Error('playwright: ./build is missing — run `npm run build` first (or `npm test`, which does it).');
}

const PORT = Number(process.env.E2E_PORT || 4391);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'tests/e2e/__output__',
	snapshotPathTemplate: 'tests/e2e/__screenshots__/{testFilePath}/{arg}{ext}',
	fullyParallel: false,
	// SwiftShader is CPU-heavy and the machines have 2 cores: one browser at a time.
	workers: 1,
	// One retry in CI: a shared 2-core runner can stall a frame past a timeout; a test that fails twice fails.
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: 'list',
	// WebGL in software is slow.
	timeout: 60_000,
	expect: {
		timeout: 15_000,
		toHaveScreenshot: { maxDiffPixelRatio: 0.002, animations: 'disabled', caret: 'hide' }
	},
	use: {
		baseURL: BASE_URL,
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1,
		timezoneId: 'UTC',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 800 },
				deviceScaleFactor: 1,
				launchOptions: {
					executablePath: '/usr/bin/chromium',
					args: [
						'--use-angle=swiftshader',
						'--enable-unsafe-swiftshader',
						'--disable-background-networking',
						'--disable-component-update',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: {
		command: 'node build',
		url: BASE_URL,
		env: { PORT: String(PORT), HOST: '127.0.0.1' },
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
