/**
 * The customer-club calculator's payback chart, below the first screen, is a live island (issue
 * 20). See ./sections.ts for the checks.
 */
import { expect, test } from './fixtures';
import { field } from './helpers';
import { sectionChecks, sections } from './sections';

const cost = { en: 'Club cost per member per year', zh: '每位会员每年的俱乐部成本' } as const;

for (const locale of ['en', 'zh'] as const) {
	test.describe(`club sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/club/`,
			sources: ['src/lib/calculators/club/PaybackChart.svelte'],
			texts: [/\d/],
			withoutJs: async (page) => {
				await expect(sections(page).locator('figure')).toHaveCount(1);
				// its data table, the chart's text alternative
				await expect(sections(page).locator('table td').first()).toHaveText(/\d/);
			},
			awake: async (page) => {
				await expect(sections(page).locator('canvas[data-drawn]')).toHaveCount(1);
			},
			edit: async (page) => {
				await field(page, cost[locale]).fill('75');
			}
		});
	});
}
