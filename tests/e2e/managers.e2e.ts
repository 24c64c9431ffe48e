/**
 * Issue 18's remaining gaps, as a manager reads them: the CLV tornado's table beside its chart on a
 * wide screen and under it, without sideways scrolling, on a phone (the manager's subscription
 * business with a plausible step, whose across-the-base amounts are the widest); and the referral
 * calculator's head counts as whole customers (the exact expectation on hover and in the tree's
 * table) and its unit-change note, which says that recommendations are counted period by period.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { field, output } from './helpers';

const clv = {
	en: {
		unit: 'Time unit',
		currency: 'Currency',
		keepMonths: 'Keep months',
		inputs: [
			['Spend per month', '40'],
			['Gross margin', '70'],
			['Churn per month', '4'],
			['Discount rate per year', '10'],
			['Acquisition cost', '180'],
			['Number of customers', '12000']
		],
		infinite: 'No end (infinite horizon)',
		clv: 'Customer lifetime value',
		plausible: /a plausible step/,
		first: 'Churn per month',
		unitWarning: 'In plausible steps churn moves by one point per month'
	},
	zh: {
		unit: '时间单位',
		currency: '币种',
		keepMonths: '就按月计算',
		inputs: [
			['每月消费额', '40'],
			['毛利率', '70'],
			['每月流失率', '4'],
			['年折现率', '10'],
			['获客成本', '180'],
			['客户数量', '12000']
		],
		infinite: '不设终点（无限期）',
		clv: '客户终身价值',
		plausible: /现实可行的步长/,
		first: '每月流失率',
		unitWarning: '按现实可行的步长，流失率每月变动 1 个百分点'
	}
} as const;

async function managersCase(page: Page, locale: keyof typeof clv) {
	const w = clv[locale];
	await page.goto(`/${locale}/calculate/clv/`);
	await page.getByRole('combobox', { name: w.currency }).selectOption('EUR');
	if ((await page.getByRole('combobox', { name: w.unit }).inputValue()) !== 'month') {
		await page.getByRole('combobox', { name: w.unit }).selectOption('month');
		await page.getByRole('button', { name: w.keepMonths }).click();
	}
	for (const [label, value] of w.inputs) {
		await field(page, label).fill(value);
		await field(page, label).press('Tab');
	}
	await page.getByLabel(w.infinite).check();
	await expect(output(page, w.clv)).toHaveText('€408.30');
	await page.getByLabel(w.plausible).check();
	await expect(page.locator('table.ranking tbody tr').first().locator('th')).toHaveText(w.first);
}

for (const locale of ['en', 'zh'] as const) {
	test(`the tornado's table sits beside the chart on a wide screen (${locale})`, async ({
		page,
		problems
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await managersCase(page, locale);
		const chart = (await page.locator('.tornado figure').boundingBox())!;
		const table = (await page.locator('.tornado table.ranking').boundingBox())!;
		expect(table.x).toBeGreaterThanOrEqual(chart.x + chart.width);
		expect(table.y).toBeLessThan(chart.y + chart.height);
		// in plausible steps the ranking depends on the unit, and the page says so
		await expect(page.getByText(clv[locale].unitWarning)).toBeVisible();
		// the exact amount across the base, as written everywhere on a wide screen
		await expect(page.locator('table.ranking tbody tr').first().locator('td').last()).toHaveText(
			locale === 'en' ? '+€1,859,060' : '+€185.9 万'
		);
		expect(problems).toEqual([]);
	});

	test(`on a phone the tornado's table is under the chart and fits the screen (${locale})`, async ({
		page,
		problems
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await managersCase(page, locale);
		// The tornado is in a section that hydrates when near (an island): reach it first.
		await page.locator('.tornado').scrollIntoViewIfNeeded();
		await expect(page.locator('.island', { has: page.locator('.tornado') })).toHaveAttribute(
			'data-island',
			'awake'
		);
		const chart = (await page.locator('.tornado figure').boundingBox())!;
		const table = page.locator('.tornado table.ranking');
		expect((await table.boundingBox())!.y).toBeGreaterThanOrEqual(chart.y + chart.height);
		const fits = await table.evaluate((t) => {
			const region = t.closest('[role="region"]')!;
			return region.scrollWidth <= region.clientWidth && t.getBoundingClientRect().right <= 360;
		});
		expect(fits).toBe(true);
		// no "scroll sideways" line above it
		const region = page.getByRole('region').filter({ has: table });
		await expect(region.locator('[data-scroll-hint]')).toHaveCount(0);
		if (locale === 'en') {
			// the amount written short, the exact one for screen readers and on hover
			const worth = table.locator('tbody tr').first().locator('td').last();
			await expect(worth.locator('[aria-hidden="true"]')).toHaveText('+€1.86M');
			await expect(worth.locator('[aria-hidden="true"]')).toHaveAttribute('title', '+€1,859,060');
			await expect(worth.locator('.visually-hidden')).toHaveText('+€1,859,060');
		}
		expect(problems).toEqual([]);
	});
}

const referral = {
	en: {
		preset: 'Start from an example',
		unit: 'Time unit',
		headline: 'Customers acquired within the horizon: 1',
		exact: 'Expected value: 1.32',
		tree: 'Show the tree as a table',
		total: 'All generations',
		months:
			/Recommendations move it too: .* in yearly steps one who leaves during a year still recommends for all of it, while in monthly steps its recommendations stop after the last month it stays\. So each customer brings in more customers counted in years: K is 0\.40, against 0\.35 in months\./
	},
	zh: {
		preset: '从示例开始',
		unit: '时间单位',
		headline: '期限内获得的客户：1 位',
		exact: '期望值：1.32',
		tree: '以表格查看推荐树',
		total: '各代合计',
		months:
			/推荐也会让结果变化：.*按年计算时，在一年中途离开的客户仍算作推荐了一整年；按月计算时，它的推荐在留下的最后一个月之后就停止了。因此按年计算时，每位客户带来的客户更多：K 为 0\.40，按月计算只有 0\.35。/
	}
} as const;

for (const [locale, w] of Object.entries(referral)) {
	test(`referral: whole customers, and a unit change that names the recommendations (${locale})`, async ({
		page,
		problems
	}) => {
		await page.goto(`/${locale}/calculate/referral/`);
		// one first customer, K = 0.4 a year: 1.32 customers expected in five years
		await page.getByRole('combobox', { name: w.preset }).selectOption('software-chain');
		const headline = page.locator('.headline');
		await expect(headline).toContainText(w.headline);
		await expect(headline.locator('.count')).toHaveAttribute('title', w.exact);
		// the tree names whole customers; its table keeps the expectation, with a total
		await expect(page.locator('ol.tree .count').first()).toHaveText(/^1\D/);
		await page.getByText(w.tree).click();
		const total = page
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: w.total }) });
		await expect(total.getByRole('cell').first()).toHaveText('1.32');
		const main = await page.locator('main').innerText();
		expect(main).not.toMatch(/\b1\.32 (customers|位)/);

		await page.getByRole('combobox', { name: w.unit }).selectOption('month');
		await expect(page.locator('.unit-change')).toContainText(w.months);
		expect(problems).toEqual([]);
	});
}
