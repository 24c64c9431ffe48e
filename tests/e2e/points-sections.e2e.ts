/**
 * The points page's sections below the first screen (the liability chart, the expiry comparison)
 * are live islands: see ./sections.ts for the checks. The article that embeds the calculator is
 * checked in `islands.e2e.ts` (Ctrl+P and print media wake every island of it, nested ones included).
 */
import en from '../../src/lib/i18n/messages/en/points-sections';
import zh from '../../src/lib/i18n/messages/zh/points-sections';
import { test } from './fixtures';
import { field } from './helpers';
import { sectionChecks } from './sections';

const spend = { en: 'Spend per member per year', zh: '每位会员每年消费额' } as const;

for (const [locale, t] of [
	['en', en],
	['zh', zh]
] as const) {
	test.describe(`points sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/points/`,
			sources: ['LiabilityChart', 'ExpiryCompare'].map(
				(name) => `src/lib/calculators/points/${name}.svelte`
			),
			texts: [t.timeline.title, t.expiry.rows.breakage],
			edit: async (page) => {
				await field(page, spend[locale]).fill('2345');
			}
		});
	});
}
