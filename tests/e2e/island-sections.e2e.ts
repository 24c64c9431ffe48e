/**
 * A calculator's own page hands its below-the-fold sections to islands with live props (issue 20,
 * src/lib/ui/island/Island.svelte): a section's HTML is prerendered, its code loads when the
 * reader comes near, and awake it follows the calculator. Checked on the lifecycle simulator's
 * value table; each calculator's e2e checks its own sections.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { field, type Locale } from './helpers';

const manifest = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
) as Record<string, { file: string }>;
const tableCode = `/${manifest['src/lib/calculators/lifecycle/ValueTable.svelte']!.file}`;

const words = {
	en: { horizon: 'Horizon', churnTime: 'Expected time to churn' },
	zh: { horizon: '推演时长', churnTime: '流失前的预期时间' }
} as const;

/** The value table's island (the one whose table has the time-to-churn column). */
const section = (page: Page, locale: Locale = 'en') =>
	page
		.locator('main .island')
		.filter({ has: page.getByRole('columnheader', { name: words[locale].churnTime }) });

for (const locale of ['en', 'zh'] as Locale[]) {
	const t = words[locale];
	const url = `/${locale}/calculate/lifecycle/`;

	test(`a section's code loads only near it; it wakes in place and follows the inputs (${locale})`, async ({
		page,
		problems
	}) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		await expect(section(page, locale)).toHaveAttribute('data-island', 'asleep');
		expect(requests).not.toContain(tableCode);
		await section(page, locale).evaluate((el) => {
			(window as unknown as { table: Element }).table = el.querySelector('table')!;
		});

		await section(page, locale).scrollIntoViewIfNeeded();
		await expect(section(page, locale)).toHaveAttribute('data-island', 'awake');
		expect(requests).toContain(tableCode);
		const same = await section(page, locale).evaluate(
			(el) => el.querySelector('table') === (window as unknown as { table: Element }).table
		);
		expect(same).toBe(true);

		const before = await section(page, locale).locator('tbody').innerText();
		const horizon = field(page, t.horizon);
		await horizon.fill(String(Number(await horizon.inputValue()) * 2));
		await expect(section(page, locale).locator('tbody')).not.toHaveText(before);
		expect(problems).toEqual([]);
	});

	test(`a section whose inputs changed while it slept wakes with the new figures (${locale})`, async ({
		page,
		problems
	}) => {
		// The figures the live table shows after the edit…
		await page.goto(url);
		await section(page, locale).scrollIntoViewIfNeeded();
		await expect(section(page, locale)).toHaveAttribute('data-island', 'awake');
		const horizon = field(page, t.horizon);
		const doubled = String(Number(await horizon.inputValue()) * 2);
		await horizon.fill(doubled);
		await expect(page).toHaveURL(/\?/);
		const live = await section(page, locale).locator('tbody').innerText();

		// …are those of a table that slept through the same edit, without the reader scrolling.
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		await expect(section(page, locale)).toHaveAttribute('data-island', 'asleep');
		const asleep = await section(page, locale).locator('tbody').innerText();
		await field(page, t.horizon).fill(doubled);
		await expect(section(page, locale)).toHaveAttribute('data-island', 'awake');
		await expect.poll(() => section(page, locale).locator('tbody').innerText()).toBe(live);
		expect(live).not.toBe(asleep);
		expect(problems).toEqual([]);
	});
}

test('without JavaScript a section is in the page, styled', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en/calculate/lifecycle/');
	const table = section(page).locator('table');
	await expect(table).toBeVisible();
	await expect(table.locator('tbody tr').first()).toHaveText(/\$\d/);
	await expect(section(page).locator('link[rel=stylesheet]').first()).toBeAttached();
	await context.close();
});
