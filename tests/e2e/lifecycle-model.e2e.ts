/**
 * The lifecycle page's chain model (validation, values by starting state, time to churn, the
 * campaign) is not part of the page's first load: the first screen is drawn from the default
 * preset without it (`first-view.ts`), and the model's code is fetched once the page is live. An
 * edit made before it arrived keeps the last result on screen (never a blank or NaN) and shows the
 * model's own result when it comes; a section below waits for it; a share link shows its scenario.
 */
import type { Locator, Page } from '@playwright/test';
import { computeLifecycle } from '../../src/lib/calculators/lifecycle/compute';
import { presetInputs } from '../../src/lib/calculators/lifecycle/presets';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { chunkHolding, comesOnceLive, holdBack } from './hold-back';
import { expectNoBrokenNumbers, output } from './helpers';

const pages = {
	en: {
		path: '/en/calculate/lifecycle/',
		result: 'Value of the cohort today',
		cohort: 'Customers in the cohort',
		steps: 'Discount rate per step, from the yearly rate',
		values: 'Customer lifetime value by starting state'
	},
	zh: {
		path: '/zh/calculate/lifecycle/',
		result: '这批客户的现值',
		cohort: '同批客户人数',
		steps: '由年折现率换算出每一步的折现率',
		values: '按起始状态计算的客户终身价值'
	}
} as const;

/** The default preset's cohort value for a cohort of `n` customers. */
const valueAt = (n: number) =>
	computeLifecycle({ ...presetInputs(undefined, 'en', (s) => s), cohortSize: n }).cohortValue;

/** An amount as shown, in units: "$298,900", "¥29.9 万" (×10⁴) or "¥1.2 亿" (×10⁸). */
const amountOf = async (locator: Locator) => {
	const t = await locator.innerText();
	const scale = t.includes('亿') ? 1e8 : t.includes('万') ? 1e4 : 1;
	return Number(t.replace(/[^\d.-]/g, '')) * scale;
};

/** The built file holding the chain model (found by one of its messages). */
const modelFile = () => chunkHolding('needs at least one state');

/** Holds the model's file back until `release()`; `asked()` says whether the page asked for it. */
const holdModel = (page: Page) => holdBack(page, modelFile());

/** The built file holding the chain's link codec (it comes with the model: `page.ts`). */
const codecFile = () => chunkHolding('Not a packed chain');

for (const locale of ['en', 'zh'] as const) {
	const c = pages[locale];
	/** The page's cohort value as a share of the model's for a cohort of 2,000. */
	const cohortOf2000 = async (page: Page) =>
		(await amountOf(output(page, c.result))) / valueAt(2000);
	/** Sets a cohort of 2,000 on a fresh page and returns its share link. */
	const linkFor2000 = async (page: Page) => {
		await page.goto(c.path);
		await page.getByRole('textbox', { name: c.cohort }).fill('2000');
		await expect(page).toHaveURL(/\?./);
		return page.url();
	};
	/** A page opened from that link shows the cohort of 2,000 and the model's value for it. */
	const showsCohortOf2000 = async (page: Page) => {
		await expect(page.getByRole('textbox', { name: c.cohort })).toHaveValue(/2,?000/);
		await expect.poll(() => cohortOf2000(page)).toBeCloseTo(1, 2);
		await expectNoBrokenNumbers(page);
	};
	test.describe(`lifecycle model on demand (${locale})`, () => {
		test('the model is not in the first load, and comes once the page is live', async ({
			page,
			problems
		}) => {
			await comesOnceLive(page, c.path, [modelFile(), codecFile()], async () => {
				await expect(output(page, c.result)).toHaveText(/\d/);
			});
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'an edit before the model came keeps the last result, then shows the model’s',
			async ({ page, problems }) => {
				const model = await holdModel(page);
				await page.goto(c.path);
				const value = output(page, c.result);
				await expect.poll(async () => (await amountOf(value)) / valueAt(1000)).toBeCloseTo(1, 2);
				const before = await value.textContent();
				await page.getByRole('textbox', { name: c.cohort }).fill('2000');
				await expect.poll(model.asked).toBe(true);
				// the model is still on its way: the last result stays, whole, steps and all
				await expect(value).toHaveText(before!);
				await expect(page.getByText(c.steps).first()).toBeVisible();
				await expectNoBrokenNumbers(page);
				model.release();
				await expect.poll(async () => (await amountOf(value)) / valueAt(2000)).toBeCloseTo(1, 2);
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'a section reached before the model came shows the model’s figures',
			async ({ page, problems }) => {
				const model = await holdModel(page);
				await page.goto(c.path);
				await expect(output(page, c.result)).toHaveText(/\d/);
				const heading = page.getByRole('heading', { name: c.values });
				await heading.scrollIntoViewIfNeeded();
				await expect.poll(model.asked).toBe(true);
				await expectNoBrokenNumbers(page);
				model.release();
				await expect(page.locator('[data-island="awake"]').first()).toBeAttached();
				await expect(page.locator('[data-island="waking"]')).toHaveCount(0);
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'a share link with another scenario shows the model’s result for it',
			async ({ page, problems }) => {
				const link = await linkFor2000(page);
				await expect.poll(() => cohortOf2000(page)).toBeCloseTo(1, 2);
				const fresh = await page.context().newPage();
				await fresh.goto(link);
				await showsCohortOf2000(fresh);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'a share link opened before the link codec came is read once it comes',
			async ({ page, problems }) => {
				const link = await linkFor2000(page);
				const fresh = await page.context().newPage();
				const codec = await holdBack(fresh, codecFile());
				await fresh.goto(link);
				await expect.poll(codec.asked).toBe(true);
				// the codec is still on its way: the start stays on screen, whole, until the link is read
				await expect(output(fresh, c.result)).toHaveText(/\d/);
				await expectNoBrokenNumbers(fresh);
				codec.release();
				await showsCohortOf2000(fresh);
				expect(problems).toEqual([]);
			}
		);
	});
}
