/**
 * Printing from the browser's menu cannot wait for code to load: a chart not drawn by then (its
 * island asleep, or no JavaScript at all) must not print as an empty box; its data table stands in.
 */
import { expect, test } from './fixtures';

test('an undrawn chart is left out of a printout, its data table kept', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en/calculate/clv/');
	const figure = page.locator('figure.chart-figure').first();
	await expect(figure.locator('.canvas-wrap')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(figure.locator('.canvas-wrap')).toBeHidden();
	await expect(figure.locator('table')).toBeAttached();
	await context.close();
});

test('a drawn chart prints', async ({ page, problems }) => {
	await page.goto('/en/calculate/clv/');
	const figure = page.locator('figure.chart-figure').first();
	await figure.scrollIntoViewIfNeeded();
	await expect(figure.locator('canvas')).toHaveAttribute('data-drawn', '');
	await page.emulateMedia({ media: 'print' });
	await expect(figure.locator('.canvas-wrap')).toBeVisible();
	expect(problems).toEqual([]);
});
