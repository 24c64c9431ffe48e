/**
 * The complement page's sections below the first screen (where the value comes from, the case's
 * facts, the arithmetic) are live islands: see `below-fold.ts`. The article that embeds the
 * calculator is checked in `islands.e2e.ts`; here, that its sections follow its inputs there.
 */
import en from '../../src/lib/i18n/messages/en/complement';
import zh from '../../src/lib/i18n/messages/zh/complement';
import { expect, test } from './fixtures';
import { field } from './helpers';
import { recordHydrationWarnings, sectionChecks, sectionIsland } from './below-fold';

const dir = 'src/lib/calculators/complement';
const fee = { en: 'Complement fee per month', zh: '互补品每月收费' } as const;

for (const [locale, t] of [
	['en', en],
	['zh', zh]
] as const) {
	test.describe(`complement sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/complement/`,
			sources: ['SourceChart', 'CaseFacts', 'ComplementSteps'].map(
				(name) => `${dir}/${name}.svelte`
			),
			texts: [t.chart.title, t.facts.note, t.steps.difference],
			edit: async (page) => {
				await field(page, fee[locale]).fill('345');
			}
		});
	});
}

test('the article embed: the complement calculator’s sections follow its inputs (en)', async ({
	page,
	problems
}) => {
	const warnings = recordHydrationWarnings(page);
	await page.goto('/en/learn/loyalty-business-models/');
	const calculator = page.locator('article .island section[data-calculator=complement]');
	await calculator.scrollIntoViewIfNeeded();
	// Compact: the chart and the arithmetic (in its closed details), not the case's facts.
	const own = calculator.locator(sectionIsland);
	await expect(own).toHaveCount(2);
	await own.first().scrollIntoViewIfNeeded();
	await expect(own.first()).toHaveAttribute('data-island', 'awake');
	const texts = () => own.evaluateAll((islands) => islands.map((i) => i.textContent));
	const before = await texts();
	await field(calculator, fee.en).fill('345');
	// The chart's text at once; the arithmetic, asleep in its closed details, wakes to follow.
	await expect
		.poll(async () => (await texts()).map((text, k) => text === before[k]))
		.toEqual([false, false]);
	await expect(own.nth(1)).toHaveAttribute('data-island', 'awake');
	expect(warnings).toEqual([]);
	expect(problems).toEqual([]);
});
