/**
 * Without JavaScript a calculator shows its example's figures, prerendered, and nothing in its
 * scenario bar or its charts' download buttons would work: the bar gives way to a sentence saying
 * so, and the download buttons are not shown. With JavaScript the bar and the buttons are there and
 * the sentence is not.
 */
import enKit from '../../src/lib/i18n/messages/en/kit';
import enTools from '../../src/lib/i18n/messages/en/tools';
import zhKit from '../../src/lib/i18n/messages/zh/kit';
import zhTools from '../../src/lib/i18n/messages/zh/tools';
import { expect, test } from './fixtures';

const pages = [
	{ path: '/en/calculate/clv/', kit: enKit, tools: enTools },
	{ path: '/zh/calculate/clv/', kit: zhKit, tools: zhTools },
	{ path: '/en/calculate/points/', kit: enKit, tools: enTools },
	{ path: '/zh/calculate/subscription/', kit: zhKit, tools: zhTools }
] as const;

for (const { path, kit, tools } of pages) {
	test(`without JavaScript the scenario bar says it needs it (${path})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		await expect(page.getByText(kit.scenario.noScript, { exact: true })).toBeVisible();
		await expect(page.getByRole('combobox', { name: kit.scenario.presets })).toHaveCount(0);
		// The figures are still there: the headline result, prerendered.
		await expect(page.locator('output').first()).toHaveText(/\d/);
		await expect(page.getByRole('button', { name: tools.chart.png })).toHaveCount(0);
		await context.close();
	});

	test(`with JavaScript the scenario bar and the downloads are there (${path})`, async ({
		page
	}) => {
		await page.goto(path);
		await expect(page.getByRole('combobox', { name: kit.scenario.presets })).toBeVisible();
		await expect(page.getByText(kit.scenario.noScript, { exact: true })).toBeHidden();
		await expect(page.getByRole('button', { name: tools.chart.png }).first()).toBeAttached();
	});
}
