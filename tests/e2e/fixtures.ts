/**
 * `page.goto` and `page.reload` wait until the app has hydrated (the root layout sets
 * `<html data-ready>`), so tests never type into server-rendered HTML that is not yet live.
 *
 * The `problems` fixture fails the test on any console error, uncaught exception, failed request or
 * request to another host: the site must be self-contained.
 */
import { test as base, expect, type Page } from '@playwright/test';

async function waitForApp(page: Page): Promise<void> {
	await page.waitForFunction(
		() => document.documentElement.dataset.ready !== undefined || location.pathname === '/'
	);
}

export const test = base.extend<{ problems: string[] }>({
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		const reload = page.reload.bind(page);
		page.goto = async (...args) => {
			const response = await goto(...args);
			await waitForApp(page);
			return response;
		};
		page.reload = async (...args) => {
			const response = await reload(...args);
			await waitForApp(page);
			return response;
		};
		await use(page);
	},
	problems: async ({ page, baseURL }, use) => {
		const problems: string[] = [];
		const origin = new URL(baseURL!).origin;
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
		page.on('requestfailed', (request) => {
			// Aborted by a navigation (e.g. the "/" language redirect), not a failure of the site.
			if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
			problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
		});
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
				problems.push(`off-site request: ${url}`);
			}
		});
		page.on('response', (response) => {
			if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
		});
		await use(problems);
		expect(problems, problems.join('\n')).toEqual([]);
	}
});

export { expect };
