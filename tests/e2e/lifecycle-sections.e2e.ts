/**
 * The lifecycle simulator's sections below the first screen are live islands (issue 20): the
 * state diagram, the states and matrix tables, the cohort charts with the Monte-Carlo check, the
 * value table and the campaign. See ./sections.ts for what each check means.
 */
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

const files = ['StateDiagram', 'ChainTables', 'Outlook', 'ValueTable', 'CampaignSection'].map(
	(name) => sectionFile(`src/lib/calculators/lifecycle/${name}.svelte`)
);

const words = {
	en: {
		path: '/en/calculate/lifecycle/',
		result: 'Value of the cohort today',
		roi: 'Return on the campaign (ROI)',
		discount: 'Discount rate per year',
		cell: 'From Dormant to Active, percent',
		revenue: 'Revenue of Active',
		name2: 'Name of state 2',
		values: 'Customer lifetime value by starting state',
		simulation: 'Monte-Carlo check'
	},
	zh: {
		path: '/zh/calculate/lifecycle/',
		result: '这批客户的现值',
		roi: '活动投资回报率（ROI）',
		discount: '年折现率',
		cell: '从休眠到活跃的概率（百分比）',
		revenue: '活跃的收入',
		name2: '状态 2 的名称',
		values: '按起始状态计算的客户终身价值',
		simulation: '蒙特卡洛验证'
	}
} as const;

for (const locale of ['en', 'zh'] as const) {
	const w = words[locale];

	test(`without JavaScript every section is in the page (${locale})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(w.path);
		await expect(sections(page)).toHaveCount(5);
		await expect(page.locator('svg[role="img"] text.name')).toHaveCount(4);
		await expect(page.getByRole('textbox', { name: w.cell })).toHaveValue('10');
		await expect(page.getByRole('textbox', { name: w.revenue })).toHaveValue('120');
		await expect(page.getByRole('heading', { name: w.simulation })).toBeAttached();
		await expect(sections(page).nth(3).locator('table')).toContainText(/\d/);
		await expect(page.getByRole('status', { name: w.roi, exact: true })).toHaveText(/\d/);
		// The sections' styles apply (the island links what the page does not inline).
		await expect(sections(page).nth(1).locator('.tables')).toHaveCSS('display', 'grid');
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
		await expect(islands).toHaveCount(5);
		for (let i = 0; i < 5; i++)
			await expect(islands.nth(i)).toHaveAttribute('data-island', 'asleep');
		for (const file of files) expect(requests).not.toContain(file);
		await markSections(page);
		for (let i = 0; i < 5; i++) {
			await islands.nth(i).scrollIntoViewIfNeeded();
			await expect(islands.nth(i)).toHaveAttribute('data-island', 'awake');
			expect(requests.filter((path) => path === files[i])).toHaveLength(1);
			expect(await droppedSince(page, i), `section ${i} kept its nodes`).toEqual([]);
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
	// Everything but the charts' section, whose simulation report says how long it took.
	const texts = () =>
		sections(page).evaluateAll((islands) =>
			islands
				.filter((_, i) => i !== 2)
				.map((island) => (island.textContent ?? '').replace(/\s+/g, ' '))
		);
	await page.goto(w.path);
	await page.getByRole('textbox', { name: w.discount }).fill('25');
	await wakeAll(page);
	const before = await texts();

	await page.goto(w.path);
	await wakeAll(page);
	const defaults = await texts();
	await page.getByRole('textbox', { name: w.discount }).fill('25');
	await expect.poll(texts).toEqual(before);
	expect(before).not.toEqual(defaults);
	expect(problems).toEqual([]);
});

test('Tab into a section that has not woken wakes it and keeps the focus', async ({
	page,
	problems
}) => {
	await nothingComesNear(page);
	await page.goto(words.en.path);
	const tables = sections(page).nth(1);
	await expect(tables).toHaveAttribute('data-island', 'asleep');
	const focused = await tabInto(page, tables);
	expect(focused).not.toBe('');
	await expect(tables).toHaveAttribute('data-island', 'awake');
	expect(
		await tables.evaluate((el) => {
			const active = document.activeElement;
			return active && el.contains(active)
				? `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.id}`
				: '';
		})
	).toBe(focused);
	// Typing goes on where the focus is: Tab to the first name field and retype it.
	const name = page.getByRole('textbox', { name: 'Name of state 1', exact: true });
	await name.focus();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('Keen');
	await expect(page.locator('svg[role="img"] text.name', { hasText: 'Keen' })).toHaveCount(1);
	expect(problems).toEqual([]);
});

test('a share link made from edits in the sections reopens them in every section', async ({
	page,
	problems
}) => {
	const w = words.en;
	await page.goto(w.path);
	await page.getByRole('textbox', { name: w.revenue }).fill('150');
	await page.getByRole('textbox', { name: w.name2, exact: true }).fill('Quiet');
	const roiOutput = page.getByRole('status', { name: w.roi, exact: true });
	await expect(page).toHaveURL(/s0_150.*n1_Quiet/);
	const shown = await roiOutput.textContent();
	const linked = page.url();
	await page.getByRole('textbox', { name: 'Percentage points moved' }).fill('10');
	await expect(roiOutput).not.toHaveText(shown!);
	// the link takes the campaign in (it names the example closest to the scenario, so the
	// campaign's own key may not show)
	await expect.poll(() => page.url()).not.toBe(linked);
	await expect(page).toHaveURL(/s0_150.*n1_Quiet/);
	const roi = await roiOutput.textContent();
	const link = page.url();

	await page.goto(link);
	const islands = sections(page);
	// The link's scenario, not the page's defaults, in each section, woken or not.
	await expect(page.getByRole('textbox', { name: w.revenue })).toHaveValue('150');
	await expect(page.getByRole('textbox', { name: w.name2, exact: true })).toHaveValue('Quiet');
	await expect(islands.nth(0).locator('text.name', { hasText: 'Quiet' })).toHaveCount(1);
	await expect(islands.nth(3).getByRole('rowheader', { name: '2·Quiet' })).toHaveCount(1);
	await expect(page.getByRole('textbox', { name: 'Percentage points moved' })).toHaveValue('10');
	await expect(page.getByRole('status', { name: w.roi, exact: true })).toHaveText(roi!);
	expect(problems).toEqual([]);
});

test('the article that embeds the simulator still works, sections included', async ({
	page,
	problems
}) => {
	await page.goto('/en/learn/customer-lifecycle/');
	// The calculator sits inside a prediction: reveal it as the narrow-screen check does.
	await page.evaluate(() => {
		for (const box of document.querySelectorAll('main [data-reveal]'))
			box.dispatchEvent(new CustomEvent('reveal', { bubbles: true }));
	});
	const calculator = page.locator('article section.calculator');
	await expect(calculator).toHaveCount(1);
	const headline = calculator.getByRole('status', { name: words.en.result, exact: true });
	await headline.scrollIntoViewIfNeeded();
	const islands = calculator.locator('.island');
	await expect(islands.first()).toBeAttached();
	const cell = calculator.getByRole('textbox', { name: /^From .+ to .+, percent$/ }).first();
	await cell.scrollIntoViewIfNeeded();
	await expect(headline).toHaveText(/\d/);
	const before = await headline.textContent();
	const value = Number(await cell.inputValue());
	await cell.fill(String(value > 50 ? value - 10 : value + 10));
	// the row no longer adds up: the headline keeps its value and the row says why
	await expect(calculator.getByText(/adds up to \d+%: it must be 100%/)).toBeVisible();
	await expect(headline).toHaveText(before!);
	await cell.fill(String(value));
	await expect(headline).toHaveText(before!);
	expect(problems).toEqual([]);
});
