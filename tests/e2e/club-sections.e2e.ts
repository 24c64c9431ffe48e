/**
 * The customer-club calculator's payback chart, below the first screen, is a live island (issue
 * 20). See ./sections.ts for what each check means; printing is print.e2e's (every chart drawn).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	droppedSince,
	markSections,
	recordHydrationWarnings,
	recordRequests,
	sectionFile,
	sections,
	wakeAll
} from './sections';

const file = sectionFile('src/lib/calculators/club/PaybackChart.svelte');

const words = {
	en: { path: '/en/calculate/club/', cost: 'Club cost per member per year' },
	zh: { path: '/zh/calculate/club/', cost: '每位会员每年的俱乐部成本' }
} as const;

const chartText = (page: Page) =>
	sections(page)
		.first()
		.evaluate((island) => (island.textContent ?? '').replace(/\s+/g, ' '));

for (const locale of ['en', 'zh'] as const) {
	const w = words[locale];

	test(`without JavaScript the chart's section is in the page (${locale})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(w.path);
		await expect(sections(page)).toHaveCount(1);
		await expect(sections(page).locator('figure')).toHaveCount(1);
		// its data table, the chart's text alternative
		await expect(sections(page).locator('table td').first()).toHaveText(/\d/);
		await context.close();
	});

	test(`the chart's code loads only near it, and it wakes in place (${locale})`, async ({
		page,
		problems
	}) => {
		const requests = recordRequests(page);
		const warnings = recordHydrationWarnings(page);
		await page.goto(w.path);
		await page.waitForLoadState('networkidle');
		const island = sections(page).first();
		await expect(island).toHaveAttribute('data-island', 'asleep');
		expect(requests).not.toContain(file);
		await markSections(page);
		await island.scrollIntoViewIfNeeded();
		await expect(island).toHaveAttribute('data-island', 'awake');
		await expect(island.locator('canvas[data-drawn]')).toHaveCount(1);
		expect(requests.filter((path) => path === file)).toHaveLength(1);
		expect(await droppedSince(page, 0)).toEqual([]);
		expect(warnings).toEqual([]);
		expect(problems).toEqual([]);
	});
}

test('an edit at the top before the chart woke shows what it shows after', async ({
	page,
	problems
}) => {
	const w = words.en;
	await page.goto(w.path);
	await page.getByRole('textbox', { name: w.cost, exact: true }).fill('75');
	await wakeAll(page);
	const before = await chartText(page);

	await page.goto(w.path);
	await wakeAll(page);
	const defaults = await chartText(page);
	await page.getByRole('textbox', { name: w.cost, exact: true }).fill('75');
	await expect.poll(() => chartText(page)).toEqual(before);
	expect(before).not.toEqual(defaults);

	// and a share link of it shows the same
	await expect(page).toHaveURL(/\?/);
	await page.goto(page.url());
	await expect.poll(() => chartText(page)).toEqual(before);
	expect(problems).toEqual([]);
});
