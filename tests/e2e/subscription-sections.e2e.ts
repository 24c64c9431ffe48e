/**
 * The subscription page's sections below the first screen (the heat map, the fit, the projection,
 * the values, the constant-churn lesson) are live islands: see ./sections.ts for the checks. Its
 * article embed (compact, revealed in a prediction box) still follows its inputs.
 */
import en from '../../src/lib/i18n/messages/en/subscription-sections';
import zh from '../../src/lib/i18n/messages/zh/subscription-sections';
import { test } from './fixtures';
import { field } from './helpers';
import { embedChecks, sectionChecks } from './sections';

const margin = { en: 'Margin per customer per year', zh: '每位客户每年毛利' } as const;

for (const [locale, t] of [
	['en', en],
	['zh', zh]
] as const) {
	test.describe(`subscription sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/subscription/`,
			sources: ['HeatMap', 'FitSection', 'ProjectionCharts', 'ValueSection', 'Lesson'].map(
				(name) => `src/lib/calculators/subscription/${name}.svelte`
			),
			texts: [
				t.heat.table,
				t.fit.stepsSummary,
				t.projection.survivalTitle,
				t.values.stepsSummary,
				t.lesson.measure
			],
			edit: async (page) => {
				await field(page, margin[locale]).fill('150');
			}
		});
	});
}

embedChecks({
	path: '/zh/learn/subscription-retention/',
	// The calculator is part of the answer: it appears (client-side) once the reader has guessed.
	open: async (page) => {
		await page.getByRole('radio').first().check();
		await page.getByRole('button', { name: '揭晓答案' }).click();
	},
	// Compact: the heat map, the projection and the lesson; the fit and the values are left out.
	count: 3,
	edit: async (calculator) => {
		await field(calculator, margin.zh).fill('150');
	}
});
