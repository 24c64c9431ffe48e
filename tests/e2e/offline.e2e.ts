import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// (Playwright's config blocks service workers for every other test.)
test.use({ serviceWorkers: 'allow' });

const ready = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });

/** First visit: wait until the service worker has cached the site and controls the page. */
async function firstVisit(context: BrowserContext, page: Page, path: string) {
	await page.goto(path);
	await ready(page);
	// The offline download waits for the visitor to pause (3 s), never competing with the first load.
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
	});
	expect(context.serviceWorkers().length).toBeGreaterThan(0);
}

test('after one visit the site works offline in both languages, calculator included', async ({
	context,
	page,
	problems
}) => {
	await firstVisit(context, page, '/en/');
	await context.setOffline(true);

	for (const [path, heading] of [
		['/zh/', /./],
		['/en/learn/what-is-clv/', /customer lifetime value/i],
		['/zh/learn/what-is-clv/', /客户终身价值/],
		['/zh/glossary/', '术语表'],
		['/en/teach/', 'Teach']
	] as const) {
		await page.goto(path);
		await ready(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}

	for (const [path, field, result] of [
		['/en/calculate/clv/?v=1&spend=100&years=5', 'Spend per year', 'Customer lifetime value'],
		['/zh/calculate/clv/', '每月消费额', '客户终身价值']
	] as const) {
		await page.goto(path);
		await ready(page);
		const output = page.getByRole('status', { name: result, exact: true });
		const before = await output.textContent();
		await page.getByRole('textbox', { name: field, exact: true }).fill('2500');
		await expect(output).not.toHaveText(before!);
		await expect(page.locator('figure canvas').first()).toBeVisible();
	}

	// In-site navigation (client-side, data from the cache) works too.
	await page.goto('/zh/');
	await ready(page);
	await page.getByRole('navigation').getByRole('link', { name: '学习' }).click();
	await expect(page).toHaveURL(/\/zh\/learn\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习');
	await context.setOffline(false);
	expect(problems).toEqual([]);
});

test('a new build replaces the old cache', async ({ context, page, problems }) => {
	await firstVisit(context, page, '/zh/');
	const caches = await page.evaluate(() => globalThis.caches.keys());
	expect(caches).toHaveLength(1);
	expect(caches[0]).toMatch(/^clv-lab-/);
	expect(problems).toEqual([]);
});

test('offline, a page opens under any of its addresses, and a missing one gets the 404 page', async ({
	context,
	page
}) => {
	await firstVisit(context, page, '/zh/');
	await context.setOffline(true);
	// Without the trailing slash: sent to the page's own address (its links resolve from there).
	await page.goto('/en/learn');
	await expect(page).toHaveURL(/\/en\/learn\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn');
	await page.goto('/zh/glossary/index.html');
	await expect(page).toHaveURL(/\/zh\/glossary\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('术语表');
	// No such page: the site's 404 page from the offline copy, in the address's language.
	for (const [path, title] of [
		['/en/no-such-page/', 'Page not found'],
		['/zh/没有这一页/', '找不到这个页面']
	] as const) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(title);
		await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
	}
	await context.setOffline(false);
});
