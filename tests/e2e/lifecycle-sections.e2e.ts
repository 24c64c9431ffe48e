/**
 * The lifecycle simulator's sections below the first screen are live islands (issue 20): the
 * state diagram, the states and matrix tables, the cohort charts with the Monte-Carlo check, the
 * value table and the campaign. See ./sections.ts for the checks every such page shares; here,
 * what is the simulator's own: edits made inside the sections reach a share link, and the article
 * that embeds it inside a prediction still works.
 */
import { expect, test } from './fixtures';
import { field } from './helpers';
import { sectionChecks, sections } from './sections';

const words = {
	en: {
		result: 'Value of the cohort today',
		roi: 'Return on the campaign (ROI)',
		discount: 'Discount rate per year',
		cell: 'From Dormant to Active, percent',
		revenue: 'Revenue of Active',
		name1: 'Name of state 1',
		name2: 'Name of state 2',
		simulation: 'Monte-Carlo check'
	},
	zh: {
		result: '这批客户的现值',
		roi: '活动投资回报率（ROI）',
		discount: '年折现率',
		cell: '从休眠到活跃的概率（百分比）',
		revenue: '活跃的收入',
		name1: '状态 1 的名称',
		name2: '状态 2 的名称',
		simulation: '蒙特卡洛验证'
	}
} as const;

for (const locale of ['en', 'zh'] as const) {
	const w = words[locale];
	test.describe(`lifecycle sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/lifecycle/`,
			sources: ['StateDiagram', 'ChainTables', 'Outlook', 'ValueTable', 'CampaignSection'].map(
				(name) => `src/lib/calculators/lifecycle/${name}.svelte`
			),
			texts: [/\d/, /\d/, w.simulation, /\d/, /\d/],
			withoutJs: async (page) => {
				await expect(page.locator('svg[role="img"] text.name')).toHaveCount(4);
				await expect(field(page, w.cell)).toHaveValue('10');
				await expect(field(page, w.revenue)).toHaveValue('120');
				await expect(page.getByRole('heading', { name: w.simulation })).toBeAttached();
				await expect(sections(page).nth(3).locator('table')).toContainText(/\d/);
				await expect(page.getByRole('status', { name: w.roi, exact: true })).toHaveText(/\d/);
				// The sections' styles apply (the island links what the page does not inline).
				await expect(sections(page).nth(1).locator('.tables')).toHaveCSS('display', 'grid');
			},
			// the Monte-Carlo check reports how long it took
			varies: [2],
			edit: async (page) => {
				await field(page, w.discount).fill('25');
			},
			// the states and matrix tables
			tabInto: 1,
			afterTab: async (page) => {
				// Typing goes on where the focus is: the first name field, retyped, names the diagram's.
				await field(page, w.name1).focus();
				await page.keyboard.press('ControlOrMeta+A');
				await page.keyboard.type('Keen');
				await expect(page.locator('svg[role="img"] text.name', { hasText: 'Keen' })).toHaveCount(1);
			}
		});
	});
}

test('a share link made from edits in the sections reopens them in every section', async ({
	page,
	problems
}) => {
	const w = words.en;
	await page.goto('/en/calculate/lifecycle/');
	await field(page, w.revenue).fill('150');
	await field(page, w.name2).fill('Quiet');
	const roiOutput = page.getByRole('status', { name: w.roi, exact: true });
	await expect(page).toHaveURL(/s0_150.*n1_Quiet/);
	const shown = await roiOutput.textContent();
	const linked = page.url();
	await field(page, 'Percentage points moved').fill('10');
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
	await expect(field(page, w.revenue)).toHaveValue('150');
	await expect(field(page, w.name2)).toHaveValue('Quiet');
	await expect(islands.nth(0).locator('text.name', { hasText: 'Quiet' })).toHaveCount(1);
	await expect(islands.nth(3).getByRole('rowheader', { name: '2·Quiet' })).toHaveCount(1);
	await expect(field(page, 'Percentage points moved')).toHaveValue('10');
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
