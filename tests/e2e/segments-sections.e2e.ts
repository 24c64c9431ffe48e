/**
 * The segments page's sections below the first screen (your own table, the quadrant plot and its
 * table, the treatments, the 80/20 check, the RFM scores) are live islands: see ./sections.ts for
 * the checks. Here also: a table of one's own reaches them while they sleep, and the article
 * embed follows its inputs.
 */
import pageEn from '../../src/lib/i18n/messages/en/segments';
import moreEn from '../../src/lib/i18n/messages/en/segments-sections';
import pageZh from '../../src/lib/i18n/messages/zh/segments';
import moreZh from '../../src/lib/i18n/messages/zh/segments-sections';
import { expect, test } from './fixtures';
import { field, output } from './helpers';
import { recordHydrationWarnings } from './loading';
import { allAwake, embedChecks, sectionChecks, sections, sectionTexts } from './sections';

/**
 * The page's words with its sections' own added to the groups they share, as the sections read
 * them (`src/lib/calculators/segments/section-texts.ts`).
 */
function withSections<P extends object, M extends object>(page: P, more: M) {
	const all: Record<string, unknown> = { ...(page as Record<string, unknown>) };
	for (const [group, words] of Object.entries(more)) {
		all[group] = { ...(all[group] as object | undefined), ...words };
	}
	return all as Omit<P, keyof M> & {
		[K in keyof M]: (K extends keyof P ? P[K] : unknown) & M[K];
	};
}
const en = withSections(pageEn, moreEn);
const zh = withSections(pageZh, moreZh);

const sources = [
	'OwnTable',
	'QuadrantPlot',
	'SegmentTable',
	'Treatments',
	'ParetoSection',
	'RfmSummary'
].map((name) => `src/lib/calculators/segments/${name}.svelte`);
const threshold = {
	en: 'Gold rather than stream: more per purchase than',
	zh: '金子而非溪流：单次利润高于'
} as const;

for (const [locale, t] of [
	['en', en],
	['zh', zh]
] as const) {
	test.describe(`segments sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/segments/`,
			sources,
			texts: [
				t.own.heading,
				t.plot.title,
				t.table.caption,
				t.treatments['protect-and-reward'].short,
				t.pareto.chart,
				t.rfm.codes
			],
			// the plot fits its axis ticks to its measured width
			measured: [1],
			// the 80/20 check: its chart's buttons
			tabInto: 4,
			edit: async (page) => {
				await field(page, threshold[locale]).fill('100');
			}
		});
	});
}

test('a table of ones own reaches every sleeping section (en)', async ({ page, problems }) => {
	const warnings = recordHydrationWarnings(page);
	await page.goto('/en/calculate/segments/');
	await expect(sections(page).first()).toHaveAttribute('data-island', 'asleep');
	const before = await sectionTexts(page);
	const rows = ['id,transactions,profit,recency_days'];
	for (let k = 1; k <= 40; k++)
		rows.push(`C${k},${1 + (k % 9)},${(k * 37) % 250},${(k * 13) % 300}`);
	await page.getByText(en.own.heading).click();
	await field(page, en.own.paste).fill(rows.join('\n'));
	await page.getByRole('button', { name: en.own.analyse }).click();
	await expect(page.getByText('Showing your own table: 40 customers.')).toBeVisible();
	await allAwake(page);
	const after = await sectionTexts(page);
	// Every section now shows the pasted customers.
	for (let k = 0; k < sources.length; k++) expect(after[k], sources[k]).not.toEqual(before[k]);
	await expect(output(page, 'Share of profit from gold customers')).toHaveText(/\d/);
	expect(warnings).toEqual([]);
	expect(problems).toEqual([]);
});

embedChecks({
	path: '/zh/learn/segmenting-by-value/',
	// Compact: the plot, its table and the 80/20 check.
	count: 3,
	edit: async (calculator) => {
		await field(calculator, threshold.zh).fill('100');
	}
});
