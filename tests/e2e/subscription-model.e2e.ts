/**
 * The subscription page's model (the sBG fit, its special functions, the valuation) is not part of
 * the page's first load: the prerendered page shows the default example, the first screen starts
 * from the model's figures computed beforehand, and the model's code is fetched once the page is
 * live. An edit made before it arrived keeps the last result on screen (never a blank or NaN) and
 * shows the model's own result when it comes; a share link holding another scenario shows it.
 */
import type { Locator, Page } from '@playwright/test';
import { analyzeRetention, findRetentionPreset } from '../../src/lib/model/sbg';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { chunkHolding, holdBack, comesOnceLive } from './hold-back';
import { expectNoBrokenNumbers, field, output } from './helpers';

const pages = {
	en: {
		path: '/en/calculate/subscription/',
		result: 'Value of a new customer (CLV)',
		margin: 'Margin per customer per year',
		holdout: 'Last years held back to check the projection',
		atMost: 'The model needs at most 11 here'
	},
	zh: {
		path: '/zh/calculate/subscription/',
		result: '一位新客户的价值（CLV）',
		margin: '每位客户每年毛利',
		holdout: '留作检验的最后几期（年）',
		atMost: '模型要求这里至多为 11'
	}
} as const;

/** The page's default example (Fader & Hardie's regular customers) with another margin. */
function clvAt(margin: number): number {
	const { counts, holdout } = findRetentionPreset('fh-regular')!;
	const a = analyzeRetention({
		counts,
		holdout,
		horizon: 36,
		renewals: 7,
		settings: { margin, acquisitionCost: 100, annualDiscountRate: 0.1, unit: 'year' }
	});
	if (a.kind !== 'fitted' || a.newCustomer.kind !== 'finite') throw new Error('preset unfit');
	return a.newCustomer.value;
}

/** The amount an output shows, read back as a number ("$269.49", "269.49 美元"). */
const amountOf = async (locator: Locator) =>
	Number((await locator.innerText()).replace(/[^\d.−-]/g, '').replace('−', '-'));

/**
 * The built file holding the model (`compute.ts`, found by one of its messages: the sections import
 * it too, so the bundler gives it a shared chunk of its own rather than a manifest entry).
 */
const modelFile = () => chunkHolding('must leave a period to fit');

/** Holds the model's file back until `release()`; `asked()` says whether the page asked for it. */
const holdModel = (page: Page) => holdBack(page, modelFile());

for (const locale of ['en', 'zh'] as const) {
	const c = pages[locale];
	test.describe(`subscription model on demand (${locale})`, () => {
		test('the model is not in the first load, and comes once the page is live', async ({
			page,
			problems
		}) => {
			await comesOnceLive(page, c.path, modelFile(), async () => {
				await expect(output(page, c.result)).toHaveText(/\d/);
			});
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')(
			'an edit before the model came keeps the last result, then shows the model’s',
			async ({ page, problems }) => {
				const model = await holdModel(page);
				await page.goto(c.path);
				const clv = output(page, c.result);
				await expect.poll(() => amountOf(clv)).toBeCloseTo(clvAt(100), 2);
				const before = await clv.textContent();
				await field(page, c.margin).fill('150');
				await expect.poll(model.asked).toBe(true);
				// the model is still on its way: the last result stays, whole
				await expect(clv).toHaveText(before!);
				await expectNoBrokenNumbers(page);
				model.release();
				await expect.poll(() => amountOf(clv)).toBeCloseTo(clvAt(150), 2);
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'a refused input made before the model came is named when it comes',
			async ({ page, problems }) => {
				const model = await holdModel(page);
				await page.goto(c.path);
				const clv = output(page, c.result);
				await expect(clv).toHaveText(/\d/);
				const before = await clv.textContent();
				// twelve years held back leaves nothing to fit (the table is twelve years old)
				const holdout = field(page, c.holdout);
				await holdout.fill('12');
				await expect.poll(model.asked).toBe(true);
				model.release();
				await expect(page.getByText(c.atMost).first()).toBeVisible();
				await expect(clv).toHaveText(before!);
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'a share link with another scenario shows the model’s result for it',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await field(page, c.margin).fill('150');
				const clv = output(page, c.result);
				await expect.poll(() => amountOf(clv)).toBeCloseTo(clvAt(150), 2);
				await expect(page).toHaveURL(/\?./);
				const link = page.url();
				const fresh = await page.context().newPage();
				await fresh.goto(link);
				await expect(field(fresh, c.margin)).toHaveValue('150');
				await expect.poll(() => amountOf(output(fresh, c.result))).toBeCloseTo(clvAt(150), 2);
				await expectNoBrokenNumbers(fresh);
				expect(problems).toEqual([]);
			}
		);
	});
}
