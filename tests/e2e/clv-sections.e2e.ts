/**
 * The CLV calculator's sections below the first screen are live islands (issue 20): why textbooks
 * disagree (the timing switch), every formula on the same inputs, and the charts with the levers
 * (one island: the page's charts wake together, so printing from the browser's menu draws them
 * all once one has drawn). See ./sections.ts for what each check means.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	droppedSince,
	markSections,
	nothingComesNear,
	recordHydrationWarnings,
	recordRequests,
	sectionFile,
	sections,
	wakeAll
} from './sections';
import { output } from './helpers';

const names = ['TimingExplainer', 'FormulaCards', 'ClvLower'];
const files = names.map((name) => sectionFile(`src/lib/calculators/clv/${name}.svelte`));

const words = {
	en: {
		path: '/en/calculate/clv/',
		clv: 'Customer lifetime value',
		spend: 'Spend per year',
		start: 'First margin certain: after one period, for sure'
	},
	zh: { path: '/zh/calculate/clv/', clv: '客户终身价值', spend: '每月留存率', start: '' }
} as const;

const texts = (page: Page) =>
	sections(page).evaluateAll((islands) =>
		islands.map((island) => (island.textContent ?? '').replace(/\s+/g, ' '))
	);

for (const locale of ['en', 'zh'] as const) {
	const w = words[locale];

	test(`without JavaScript every section is in the page (${locale})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(w.path);
		const islands = sections(page);
		await expect(islands).toHaveCount(names.length);
		for (let i = 0; i < names.length; i++) await expect(islands.nth(i)).toContainText(/\d/);
		await expect(islands.nth(0).getByRole('radio')).toHaveCount(3);
		await expect(islands.nth(2).locator('figure')).toHaveCount(3);
		await context.close();
	});

	test(`the sections' code loads only near them, and they wake in place (${locale})`, async ({
		page,
		problems
	}) => {
		const requests = recordRequests(page);
		const warnings = recordHydrationWarnings(page);
		await page.goto(w.path);
		await page.waitForLoadState('networkidle');
		const islands = sections(page);
		for (let i = 0; i < names.length; i++) {
			await expect(islands.nth(i)).toHaveAttribute('data-island', 'asleep');
		}
		for (const file of files) expect(requests).not.toContain(file);
		await markSections(page);
		for (let i = 0; i < names.length; i++) {
			await islands.nth(i).scrollIntoViewIfNeeded();
			await expect(islands.nth(i)).toHaveAttribute('data-island', 'awake');
			expect(requests.filter((path) => path === files[i])).toHaveLength(1);
			expect(await droppedSince(page, i), `${names[i]} kept its nodes`).toEqual([]);
		}
		expect(warnings).toEqual([]);
		expect(problems).toEqual([]);
	});
}

test('an edit at the top before the sections woke shows what it shows after', async ({
	page,
	problems
}) => {
	const w = words.en;
	await page.goto(w.path);
	await page.getByRole('textbox', { name: w.spend, exact: true }).fill('123');
	await wakeAll(page);
	const before = await texts(page);

	await page.goto(w.path);
	await wakeAll(page);
	const defaults = await texts(page);
	await page.getByRole('textbox', { name: w.spend, exact: true }).fill('123');
	await expect.poll(() => texts(page)).toEqual(before);
	expect(before).not.toEqual(defaults);
	expect(problems).toEqual([]);
});

test('the timing switch works from a section that has not woken, by keyboard', async ({
	page,
	problems
}) => {
	const w = words.en;
	await nothingComesNear(page);
	await page.goto(w.path);
	const timing = sections(page).nth(0);
	await expect(timing).toHaveAttribute('data-island', 'asleep');
	const result = output(page, w.clv);
	const shown = await result.textContent();
	const start = page.getByLabel(w.start);
	await start.focus();
	await expect(timing).toHaveAttribute('data-island', 'awake');
	await expect(start).toBeFocused();
	await page.keyboard.press('Space');
	await expect(start).toBeChecked();
	await expect(result).not.toHaveText(shown!);
	// a share link keeps the choice, in the section and in the headline
	await expect(page).toHaveURL(/\?/);
	const value = await result.textContent();
	await page.goto(page.url());
	await expect(page.getByLabel(w.start)).toBeChecked();
	await expect(result).toHaveText(value!);
	expect(problems).toEqual([]);
});
