/**
 * The segments page's model (the sample generator and its random numbers, the segments, the
 * Pareto curve, RFM scores, the sample worker) is not part of the page's first load: the
 * prerendered page shows the default example, the first screen starts from the model's figures
 * computed beforehand (`first-view.ts`), and the model's code is fetched once the page is live.
 * An edit made before it arrived keeps the last result on screen (never a blank or NaN) and shows
 * the model's own result when it comes; a share link holding another sample shows it; the
 * membership download made before it came waits for it.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import {
	classifySegments,
	DEFAULT_CUSTOMER_BASE,
	generateCustomerBase
} from '../../src/lib/model/segments';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { chunkHolding, holdBack, comesOnceLive } from './hold-back';
import { expectNoBrokenNumbers, field } from './helpers';

const pages = {
	en: {
		path: '/en/calculate/segments/',
		result: 'Share of profit from gold customers',
		table: 'The four segments in numbers (the text version of the plot)',
		total: /^All customers/,
		pressureShare: 'Share of loss-making customers',
		count: 'Number of customers',
		download: 'Download each customer’s segment (CSV)'
	},
	zh: {
		path: '/zh/calculate/segments/',
		result: '金子客户贡献的利润占比',
		table: '四类客户的具体数字（与散点图内容相同的文字版）',
		total: /^全部客户/,
		pressureShare: '亏损客户占比',
		count: '客户数',
		download: '下载每位客户所属的类别（CSV）'
	}
} as const;

/** Gold customers' share of profit, in percent, as the model gives it for the sample. */
function goldShare(params: Partial<typeof DEFAULT_CUSTOMER_BASE>): number {
	const base = generateCustomerBase({ ...DEFAULT_CUSTOMER_BASE, ...params }, 1);
	return classifySegments(base.customers).segments[0]!.profitShare! * 100;
}

const headline = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const percentOf = async (locator: Locator) => Number((await locator.innerText()).replace('%', ''));

/** The built file holding the page's model (`engine.ts`, which names the sample worker). */
const modelFile = () => chunkHolding('sample.worker');

/** Holds the model's file back until `release()`; `asked()` says whether the page asked for it. */
const holdModel = (page: Page) => holdBack(page, modelFile());

for (const locale of ['en', 'zh'] as const) {
	const c = pages[locale];
	test.describe(`segments model on demand (${locale})`, () => {
		test('the model is not in the first load, and comes once the page is live', async ({
			page,
			problems
		}) => {
			await comesOnceLive(page, c.path, modelFile(), async () => {
				await expect.poll(() => percentOf(headline(page, c.result))).toBeCloseTo(goldShare({}), 1);
			});
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')(
			'an edit before the model came keeps the last result, then shows the model’s',
			async ({ page, problems }) => {
				const model = await holdModel(page);
				await page.goto(c.path);
				const gold = headline(page, c.result);
				await expect.poll(() => percentOf(gold)).toBeCloseTo(goldShare({}), 1);
				const before = await gold.textContent();
				await field(page, c.pressureShare).fill('30');
				await expect.poll(model.asked).toBe(true);
				// the model is still on its way: the last result stays, whole
				await expect(gold).toHaveText(before!);
				await expectNoBrokenNumbers(page);
				model.release();
				await expect.poll(() => percentOf(gold)).toBeCloseTo(goldShare({ pressureShare: 0.3 }), 1);
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'a share link with another sample shows the model’s result for it',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await field(page, c.count).fill('800');
				await expect
					.poll(() => percentOf(headline(page, c.result)))
					.toBeCloseTo(goldShare({ count: 800 }), 1);
				await expect(page).toHaveURL(/[?&]count=800(&|$)/);
				const link = page.url();
				const fresh = await page.context().newPage();
				await fresh.goto(link);
				await expect(field(fresh, c.count)).toHaveValue('800');
				await expect
					.poll(() => percentOf(headline(fresh, c.result)))
					.toBeCloseTo(goldShare({ count: 800 }), 1);
				const total = fresh
					.getByRole('table', { name: c.table })
					.getByRole('row', { name: c.total });
				await expect(total.getByRole('cell').first()).toHaveText('800');
				await expectNoBrokenNumbers(fresh);
				expect(problems).toEqual([]);
			}
		);
		testIn(locale, 'zh')(
			'the membership download asked for before the model came waits for it, whole',
			async ({ page, problems }) => {
				const model = await holdModel(page);
				await page.goto(c.path);
				await expect(headline(page, c.result)).toHaveText(/\d/);
				const downloading = page.waitForEvent('download');
				await page.getByRole('button', { name: c.download }).click();
				await expect.poll(model.asked).toBe(true);
				model.release();
				const download = await downloading;
				const text = readFileSync((await download.path())!, 'utf8');
				const lines = text.split('\r\n').filter(Boolean);
				const { customers } = generateCustomerBase(DEFAULT_CUSTOMER_BASE, 1);
				expect(lines).toHaveLength(customers.length + 1);
				expect(lines[1]!.split(',')[0]).toBe(customers[0]!.id);
				expect(problems).toEqual([]);
			}
		);
	});
}
