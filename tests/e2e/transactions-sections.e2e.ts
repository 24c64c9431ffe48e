/**
 * The transactions page's sections are islands: the teaching and the SQL notes below the fold are
 * in the prerendered page and load their code when near (./sections.ts); the sections that show
 * an analysis (the read report, the timeline, the models, the holdout check, the customers and one
 * customer's story) exist only once a log is read, and their code loads then, not with the page.
 */
import type { Page } from '@playwright/test';
import en from '../../src/lib/i18n/messages/en/transactions-sections';
import zh from '../../src/lib/i18n/messages/zh/transactions-sections';
import { expect, test } from './fixtures';
import { output } from './helpers';
import { recordHydrationWarnings, recordRequests, sourceFile } from './loading';
import { allAwake, sectionChecks, sections } from './sections';

const dir = 'src/lib/calculators/transactions';

for (const [locale, t] of [
	['en', en],
	['zh', zh]
] as const) {
	test.describe(`transactions sections (${locale})`, () => {
		sectionChecks({
			path: `/${locale}/calculate/transactions/`,
			sources: ['Teaching', 'SqlSection'].map((name) => `${dir}/${name}.svelte`),
			texts: [t.teaching.pAliveHeading, t.sql.link],
			tabInto: 1
		});
	});
}

const example = { en: 'Load the CDNOW example', zh: '载入 CDNOW 示例' } as const;
const headline = {
	en: 'CLV of these customers over the next 52 weeks',
	zh: '这些客户未来 52 周的客户终身价值'
} as const;

/** Loads the CDNOW example and waits for its analysis. */
async function analyse(page: Page, locale: 'en' | 'zh') {
	await page.getByRole('button', { name: example[locale] }).click();
	await expect(output(page, headline[locale])).toHaveText(/\$[\d,]+/, { timeout: 60_000 });
}

test('the analysis sections load their code once a log is read, and work (zh)', async ({
	page,
	problems
}) => {
	test.setTimeout(120_000);
	const requests = recordRequests(page);
	const warnings = recordHydrationWarnings(page);
	const analysisFiles = [
		'ReadReport',
		'TimelineSection',
		'ModelsSection',
		'ValidationSection',
		'CustomerTable',
		'CustomerDetail'
	].map((name) => sourceFile(`${dir}/${name}.svelte`));
	await page.goto('/zh/calculate/transactions/');
	await page.waitForLoadState('networkidle');
	for (const f of analysisFiles) expect(requests).not.toContain(f);
	await analyse(page, 'zh');
	// Mounted at once (there was no server HTML for them to wait near); the notes below still sleep.
	await expect(sections(page)).toHaveCount(analysisFiles.length + 2);
	for (let k = 0; k < analysisFiles.length; k++) {
		await expect(sections(page).nth(k)).toHaveAttribute('data-island', 'awake');
	}
	for (const f of analysisFiles) expect(requests.filter((r) => r === f)).toHaveLength(1);
	// The customers table answers: the chosen customer's history is told below it.
	const story = sections(page).nth(analysisFiles.length - 1);
	const button = page.getByRole('button', { name: /^查看客户 .+ 的购买历史$/ }).nth(3);
	const id = /^查看客户 (.+) 的购买历史$/.exec((await button.getAttribute('aria-label'))!)![1]!;
	const told = await story.textContent();
	await button.click();
	await expect(story).not.toHaveText(told!);
	await expect(story).toContainText(id);
	expect(warnings).toEqual([]);
	expect(problems).toEqual([]);
});

test('the article embed loads the example when near and shows its sections (en)', async ({
	page,
	problems
}) => {
	test.setTimeout(120_000);
	const warnings = recordHydrationWarnings(page);
	await page.goto('/en/learn/predict-from-transactions/');
	const calculator = page.locator('article .island section.calculator');
	// A reader reaches its headline; the whole section (taller than the screen) would be centred,
	// and the section shrinks as it wakes before the example is in (its top stays where it was).
	await output(calculator, headline.en).scrollIntoViewIfNeeded();
	await expect(output(calculator, headline.en)).toHaveText(/\$[\d,]+/, { timeout: 60_000 });
	// Compact: the models, the holdout check and the customers; no report, timeline or notes.
	await expect(sections(page)).toHaveCount(3);
	await allAwake(page);
	await expect(
		calculator.getByRole('table', { name: 'Parameters, standard errors and log-likelihood' })
	).toContainText('0.2426');
	expect(warnings).toEqual([]);
	expect(problems).toEqual([]);
});
