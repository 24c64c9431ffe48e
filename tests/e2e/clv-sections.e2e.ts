/**
 * The CLV calculator's sections below the first screen are live islands (issue 20): why textbooks
 * disagree (the timing switch), every formula on the same inputs, and the charts with the levers
 * (one island: the page's charts wake together, so printing from the browser's menu draws them
 * all once one has drawn). See ./sections.ts for the checks; here, the timing switch of a section
 * that has not woken works by keyboard and reaches the headline and the share link.
 */
import { expect, test } from './fixtures';
import { field, output } from './helpers';
import { nothingComesNear } from './loading';
import { sectionChecks, sections } from './sections';

const words = {
	en: {
		clv: 'Customer lifetime value',
		spend: 'Spend per year',
		start: 'First margin certain: after one period, for sure'
	},
	zh: { clv: '客户终身价值', spend: '每月消费额', start: '' }
} as const;

for (const locale of ['en', 'zh'] as const) {
	test.describe(`clv sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/clv/`,
			sources: ['TimingExplainer', 'FormulaCards', 'ClvLower'].map(
				(name) => `src/lib/calculators/clv/${name}.svelte`
			),
			texts: [/\d/, /\d/, /\d/],
			withoutJs: async (page) => {
				await expect(sections(page).nth(0).getByRole('radio')).toHaveCount(3);
				await expect(sections(page).nth(2).locator('figure')).toHaveCount(3);
			},
			edit: async (page) => {
				await field(page, words[locale].spend).fill('123');
			}
		});
	});
}

test('the timing switch works from a section that has not woken, by keyboard', async ({
	page,
	problems
}) => {
	const w = words.en;
	await nothingComesNear(page);
	await page.goto('/en/calculate/clv/');
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
