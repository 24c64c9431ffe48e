/**
 * The referral calculator's sections below the first screen are live islands (issue 20): the value
 * split, K and the viral cycle, the referral tree, the two charts with the simulation, the cycle
 * explainer, the levers and the software vendor's case. See ./sections.ts for the checks.
 */
import { expect, test } from './fixtures';
import { field } from './helpers';
import { sectionChecks, sections } from './sections';

const rate = { en: 'Recommendations per year', zh: '每年推荐人数' } as const;
const noScript = {
	en: 'The simulation runs in your browser, with JavaScript turned on.',
	zh: '模拟在你的浏览器里运行，需要开启 JavaScript。'
} as const;

for (const locale of ['en', 'zh'] as const) {
	test.describe(`referral sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/referral/`,
			sources: [
				'ValueSplit',
				'ViralPanel',
				'ReferralTree',
				'ReferralCharts',
				'CycleExplainer',
				'ReferralLevers',
				'CaseTable'
			].map((name) => `src/lib/calculators/referral/${name}.svelte`),
			texts: [/\d/, /\d/, /\d/, /\d/, /\d/, /\d/, /\d/],
			withoutJs: async (page) => {
				await expect(sections(page).nth(3).locator('figure')).toHaveCount(2);
				// nothing runs without JavaScript: the page says so instead of a bar that never moves
				await expect(sections(page).nth(3).getByRole('progressbar')).toHaveCount(0);
				await expect(sections(page).nth(3).getByText(noScript[locale])).toBeVisible();
				await expect(sections(page).nth(5).getByRole('table')).toHaveCount(1);
				await expect(sections(page).nth(6).locator('table td').first()).toHaveText(/\S/);
			},
			// the charts' simulation reports its progress as it runs
			varies: [3],
			edit: async (page) => {
				await field(page, rate[locale]).fill('3');
			},
			// the referral tree
			tabInto: 2
		});
	});
}
