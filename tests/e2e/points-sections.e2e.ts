/**
 * The points page's sections below the first screen (the liability chart, the expiry comparison)
 * are live islands: see `below-fold.ts`. The article that embeds the calculator is checked in
 * `islands.e2e.ts` (Ctrl+P and print media wake every island of it, nested ones included).
 */
import en from '../../src/lib/i18n/messages/en/points';
import zh from '../../src/lib/i18n/messages/zh/points';
import { test } from './fixtures';
import { field } from './helpers';
import { sectionChecks } from './below-fold';

const dir = 'src/lib/calculators/points';

for (const [locale, t] of [
	['en', en],
	['zh', zh]
] as const) {
	const spend = locale === 'en' ? 'Spend per member per year' : '每位会员每年消费额';
	test.describe(`points sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/points/`,
			sources: ['LiabilityChart', 'ExpiryCompare'].map((name) => `${dir}/${name}.svelte`),
			texts: [t.timeline.title, t.expiry.rows.breakage],
			edit: async (page) => {
				await field(page, spend).fill('2345');
			}
		});
	});
}
