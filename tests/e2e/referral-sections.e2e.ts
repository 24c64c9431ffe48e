/**
 * The referral calculator's sections below the first screen are live islands (issue 20): the value
 * split, K and the viral cycle, the referral tree, the two charts with the simulation, the cycle
 * explainer, the levers and the software vendor's case. See ./sections.ts for what each check means.
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
	tabInto,
	wakeAll
} from './sections';

const names = [
	'ValueSplit',
	'ViralPanel',
	'ReferralTree',
	'ReferralCharts',
	'CycleExplainer',
	'ReferralLevers',
	'CaseTable'
];
const files = names.map((name) => sectionFile(`src/lib/calculators/referral/${name}.svelte`));

const words = {
	en: {
		path: '/en/calculate/referral/',
		rate: 'Recommendations per year',
		noScript: 'The simulation runs in your browser, with JavaScript turned on.'
	},
	zh: {
		path: '/zh/calculate/referral/',
		rate: '每年推荐人数',
		noScript: '模拟在你的浏览器里运行，需要开启 JavaScript。'
	}
} as const;

/** The sections' text, but the charts' (its simulation report changes as it runs). */
const texts = (page: Page) =>
	sections(page).evaluateAll((islands) =>
		islands
			.filter((_, i) => i !== 3)
			.map((island) => (island.textContent ?? '').replace(/\s+/g, ' '))
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
		await expect(islands.nth(3).locator('figure')).toHaveCount(2);
		// nothing runs without JavaScript: the page says so instead of a bar that never moves
		await expect(islands.nth(3).getByRole('progressbar')).toHaveCount(0);
		await expect(islands.nth(3).getByText(w.noScript)).toBeVisible();
		await expect(islands.nth(5).getByRole('table')).toHaveCount(1);
		await expect(islands.nth(6).locator('table td').first()).toHaveText(/\S/);
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
		expect(page.workers()).toHaveLength(0);
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
	await page.getByRole('textbox', { name: w.rate, exact: true }).fill('3');
	await wakeAll(page);
	const before = await texts(page);

	await page.goto(w.path);
	await wakeAll(page);
	const defaults = await texts(page);
	await page.getByRole('textbox', { name: w.rate, exact: true }).fill('3');
	await expect.poll(() => texts(page)).toEqual(before);
	expect(before).not.toEqual(defaults);
	expect(problems).toEqual([]);
});

test('a share link opens its scenario in every section', async ({ page, problems }) => {
	const w = words.en;
	await page.goto(w.path);
	await page.getByRole('textbox', { name: w.rate, exact: true }).fill('3');
	await expect(page).toHaveURL(/\?/);
	const link = page.url();
	await wakeAll(page);
	const shown = await texts(page);

	await page.goto(link);
	await expect.poll(() => texts(page)).toEqual(shown);
	await wakeAll(page);
	expect(await texts(page)).toEqual(shown);
	expect(problems).toEqual([]);
});

test('Tab into a section that has not woken wakes it and keeps the focus', async ({
	page,
	problems
}) => {
	await nothingComesNear(page);
	await page.goto(words.en.path);
	const tree = sections(page).nth(2);
	await expect(tree).toHaveAttribute('data-island', 'asleep');
	const focused = await tabInto(page, tree);
	expect(focused).not.toBe('');
	await expect(tree).toHaveAttribute('data-island', 'awake');
	expect(
		await tree.evaluate((el) => {
			const active = document.activeElement;
			return active && el.contains(active)
				? `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.id}`
				: '';
		})
	).toBe(focused);
	expect(problems).toEqual([]);
});
