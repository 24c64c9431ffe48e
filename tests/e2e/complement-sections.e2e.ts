/**
 * The complement page's sections below the first screen (where the value comes from, the case's
 * facts, the arithmetic) are live islands: see ./sections.ts for the checks. The article that
 * embeds the calculator is checked in `islands.e2e.ts`; here, that its sections follow its inputs
 * there.
 */
import en from '../../src/lib/i18n/messages/en/complement';
import zh from '../../src/lib/i18n/messages/zh/complement';
import { test } from './fixtures';
import { field } from './helpers';
import { embedChecks, sectionChecks } from './sections';

const fee = { en: 'Complement fee per month', zh: '互补品每月收费' } as const;

for (const [locale, t] of [
	['en', en],
	['zh', zh]
] as const) {
	test.describe(`complement sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/complement/`,
			sources: ['SourceChart', 'CaseFacts', 'ComplementSteps'].map(
				(name) => `src/lib/calculators/complement/${name}.svelte`
			),
			texts: [t.chart.title, t.facts.note, t.steps.difference],
			edit: async (page) => {
				await field(page, fee[locale]).fill('345');
			}
		});
	});
}

embedChecks({
	path: '/en/learn/loyalty-business-models/',
	calculator: 'complement',
	// Compact: the chart and the arithmetic (in its closed details), not the case's facts.
	count: 2,
	// The chart's text changes at once; the arithmetic, asleep in its closed details, wakes to follow.
	near: 1,
	each: true,
	edit: async (calculator) => {
		await field(calculator, fee.en).fill('345');
	}
});
