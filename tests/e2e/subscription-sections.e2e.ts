/**
 * The subscription page's sections below the first screen (the heat map, the fit, the projection,
 * the values, the constant-churn lesson) are live islands: see `below-fold.ts` for the checks. Its
 * article embed (compact, inside an article's island) still follows its inputs.
 */
import en from '../../src/lib/i18n/messages/en/subscription';
import zh from '../../src/lib/i18n/messages/zh/subscription';
import { expect, test } from './fixtures';
import { field } from './helpers';
import {
	allAwake,
	recordHydrationWarnings,
	sectionChecks,
	sections,
	sectionTexts
} from './below-fold';

const dir = 'src/lib/calculators/subscription';
const sources = ['HeatMap', 'FitSection', 'ProjectionCharts', 'ValueSection', 'Lesson'].map(
	(name) => `${dir}/${name}.svelte`
);

for (const [locale, t] of [
	['en', en],
	['zh', zh]
] as const) {
	const margin = locale === 'en' ? 'Margin per customer per year' : '每位客户每年毛利';
	test.describe(`subscription sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/subscription/`,
			sources,
			texts: [
				t.heat.table,
				t.fit.stepsSummary,
				t.projection.survivalTitle,
				t.values.stepsSummary,
				t.lesson.measure
			],
			edit: async (page) => {
				await field(page, margin).fill('150');
			}
		});
	});
}

test('the article embed, revealed in its prediction box: its sections mount and follow it (zh)', async ({
	page,
	problems
}) => {
	const warnings = recordHydrationWarnings(page);
	await page.goto('/zh/learn/subscription-retention/');
	// The calculator is part of the answer: it appears (client-side) once the reader has guessed.
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: '揭晓答案' }).click();
	const calculator = page.locator('article .island section.calculator');
	await calculator.scrollIntoViewIfNeeded();
	// Compact: the heat map, the projection and the lesson; the fit and the values are left out.
	await expect(sections(page)).toHaveCount(3);
	await allAwake(page);
	const before = await sectionTexts(page);
	expect(before.every((text) => text.length > 0)).toBe(true);
	await field(calculator, '每位客户每年毛利').fill('150');
	await expect.poll(() => sectionTexts(page)).not.toEqual(before);
	expect(warnings).toEqual([]);
	expect(problems).toEqual([]);
});
