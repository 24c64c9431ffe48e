/**
 * E2E tests run against the built static site (`npm run build` first), served by `vite preview`.
 * Browser: $CHROMIUM_PATH, else Debian's headless shell or /usr/bin/chromium when present, else
 * Playwright's own (`tests/chromium.ts`, shared with Vitest's browser project).
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, executablePath } from './tests/chromium';

/** Port of the preview server; set E2E_PORT to run two checkouts' suites side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	// The longest tests walk a page of four calculators or wait for every section of one: 10–18 s
	// with two workers on a quiet 2-core machine here, over 30 s when two suites shared it. CI's
	// machine may be as slow, so it gets twice the time; a test that hangs still fails.
	timeout: process.env.CI ? 60_000 : 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off',
		// A test that pauses for 3 s would otherwise download the whole site for offline use in the
		// background (src/lib/offline/register.ts). The tests of the offline copy allow it.
		serviceWorkers: 'block',
		...devices['Desktop Chrome'],
		launchOptions: { executablePath, args: chromiumArgs }
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
