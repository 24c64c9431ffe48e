/**
 * The referral calculator's sections below the first screen are live islands (issue 20): the value
 * split, K and the viral cycle, the referral tree, the two charts with the simulation, the cycle
 * explainer and the software vendor's case. See ./sections.ts for the checks.
 */
import { expect, test } from './fixtures';
import { field } from './helpers';
import { sectionChecks, sections } from './sections';

const rate = { en: 'Recommendations per year', zh: '每年推荐人数' } as const;

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
				'CaseTable'
			].map((name) => `src/lib/calculators/referral/${name}.svelte`),
			texts: [/\d/, /\d/, /\d/, /\d/, /\d/, /\d/],
			withoutJs: async (page) => {
				await expect(sections(page).nth(3).locator('figure')).toHaveCount(2);
				await expect(sections(page).nth(3).getByRole('progressbar')).toHaveCount(1);
				await expect(sections(page).nth(5).locator('table td').first()).toHaveText(/\S/);
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
