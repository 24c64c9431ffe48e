/**
 * The referral page's model (the projection, the cycle comparison, the levers) is not part of the
 * page's first load: the prerendered page shows the default example, the first screen starts from
 * the model's figures computed beforehand (`first-view.ts`), and the model's code is fetched once
 * the page is live. An edit made before it arrived keeps the last result on screen (never a blank
 * or NaN) and shows the model's own result when it comes; a refused input is named when it comes;
 * a change of unit shows its note when it comes; a share link holding another scenario shows it.
 */
import type { Page } from '@playwright/test';
import {
	projectReferral,
	referralPresets,
	type ReferralParams
} from '../../src/lib/model/referral';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { chunkHolding, holdBack, comesOnceLive } from './hold-back';
import { expectNoBrokenNumbers, field, kit, output } from './helpers';

const vendor = referralPresets['software-vendor'].params;
const fewer = { ...vendor, first: { ...vendor.first, referralRate: 2 } };

const pages = {
	en: {
		path: '/en/calculate/referral/',
		result: 'Value multiplier',
		rate: 'Recommendations per year',
		customers: 'First customers',
		capMessage: 'enter at least 500',
		unit: 'Time unit',
		note: 'Total discounted value'
	},
	zh: {
		path: '/zh/calculate/referral/',
		result: '价值倍数',
		rate: '每年推荐人数',
		customers: '首批客户数',
		capMessage: '请至少填 500',
		unit: '时间单位',
		note: '折现总价值'
	}
} as const;

/** The headline multiplier as the page writes it (two decimals). */
function multiplierText(params: ReferralParams, locale: 'en' | 'zh'): string {
	const m = projectReferral(params).totals.valueMultiplier;
	if (m.kind !== 'finite') throw new Error('no multiplier');
	const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	}).format(m.value);
	return locale === 'zh' ? `${number} 倍` : `${number}×`;
}

/**
 * The built file holding the model (`expected.ts`, found by a word only it holds: the sections
 * import it too, so the bundler gives it a shared chunk of its own rather than a manifest entry).
 */
const modelFile = () => chunkHolding('lowestShare');

/** Holds the model's file back until `release()`; `asked()` says whether the page asked for it. */
const holdModel = (page: Page) => holdBack(page, modelFile());

for (const locale of ['en', 'zh'] as const) {
	const c = pages[locale];
	test.describe(`referral model on demand (${locale})`, () => {
		test('the model is not in the first load, and comes once the page is live', async ({
			page,
			problems
		}) => {
			await comesOnceLive(page, c.path, modelFile(), async () => {
				await expect(output(page, c.result)).toHaveText(multiplierText(vendor, locale));
			});
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'an edit before the model came keeps the last result, then shows the model’s',
			async ({ page, problems }) => {
				const model = await holdModel(page);
				await page.goto(c.path);
				const result = output(page, c.result);
				await expect(result).toHaveText(multiplierText(vendor, locale));
				await field(page, c.rate).fill('2');
				await expect.poll(model.asked).toBe(true);
				// the model is still on its way: the last result stays, whole
				await expect(result).toHaveText(multiplierText(vendor, locale));
				await expectNoBrokenNumbers(page, { infinity: false });
				model.release();
				await expect(result).toHaveText(multiplierText(fewer, locale));
				await expectNoBrokenNumbers(page, { infinity: false });
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'a refused input made before the model came is named when it comes',
			async ({ page, problems }) => {
				const model = await holdModel(page);
				await page.goto(c.path);
				const result = output(page, c.result);
				await expect(result).toHaveText(multiplierText(vendor, locale));
				// more first customers than the market holds (200)
				await field(page, c.customers).fill('500');
				await expect.poll(model.asked).toBe(true);
				model.release();
				await expect(page.getByText(c.capMessage).first()).toBeVisible();
				await expect(page.getByText(kit[locale].kept).first()).toBeVisible();
				await expect(result).toHaveText(multiplierText(vendor, locale));
				await expectNoBrokenNumbers(page, { infinity: false });
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'a change of unit before the model came shows its note when it comes',
			async ({ page, problems }) => {
				const model = await holdModel(page);
				await page.goto(c.path);
				await expect(output(page, c.result)).toHaveText(multiplierText(vendor, locale));
				await page.getByLabel(c.unit).selectOption('month');
				await expect.poll(model.asked).toBe(true);
				await expectNoBrokenNumbers(page, { infinity: false });
				model.release();
				await expect(page.getByText(c.note).first()).toBeVisible();
				await expect(output(page, c.result)).toHaveText(/\d/);
				await expectNoBrokenNumbers(page, { infinity: false });
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'a share link with another scenario shows the model’s result for it',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await field(page, c.rate).fill('2');
				await expect(output(page, c.result)).toHaveText(multiplierText(fewer, locale));
				await expect(page).toHaveURL(/fRate=2(&|$)/);
				const link = page.url();
				const fresh = await page.context().newPage();
				await fresh.goto(link);
				await expect(field(fresh, c.rate)).toHaveValue('2');
				await expect(output(fresh, c.result)).toHaveText(multiplierText(fewer, locale));
				await expectNoBrokenNumbers(fresh, { infinity: false });
				expect(problems).toEqual([]);
			}
		);
	});
}
