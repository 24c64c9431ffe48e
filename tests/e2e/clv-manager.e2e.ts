/**
 * Issue 18's manager, end to end: a subscription business (12,000 customers, €40 a month, 70%
 * gross margin, 4% monthly churn, €180 to acquire, 10% a year) entered as churn, read as the
 * figures a business reports (customer equity, LTV : CAC, payback in months, the tornado's order),
 * then a change of unit explained and an A/B comparison in months, in both languages.
 *
 * Expected figures by hand: i = 1.1^(1/12) − 1; value before acquisition cost
 * 28 (1 + i) / (1 + i − 0.96) = 588.3019; CLV 408.30; equity 12,000 × 588.30 = 7,059,622 (€706 万 in Chinese);
 * LTV : CAC 3.27; the discounted margins first reach €180 in month 7; one point less churn is
 * worth 12,000 × (v(0.97) − v(0.96)) = 1,859,060; in years, 336 × 1.1 / (1.1 − 0.6127) − 180 =
 * 578.47.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { field, output } from './helpers';

const words = {
	en: {
		unit: 'Time unit',
		currency: 'Currency',
		keepMonths: 'Keep months',
		spend: 'Spend per month',
		margin: 'Gross margin',
		churn: 'Churn per month',
		retention: 'Retention per month',
		discount: 'Discount rate per year',
		acquisition: 'Acquisition cost',
		customers: 'Number of customers',
		infinite: 'No end (infinite horizon)',
		clv: 'Customer lifetime value',
		equity: ['Customer equity', '€7,059,622'],
		ltv: ['LTV : CAC', '3.27 : 1'],
		payback: ['Payback', '7 months'],
		plausible: /a plausible step/,
		churnRow: 'Churn per month',
		acrossBase: '+€1,859,060',
		best: 'Worth most here: Churn per month',
		relativeOrder: [
			'Spend per month',
			'Gross margin',
			'Churn per month',
			'Acquisition cost',
			'Discount rate per year'
		],
		noteTitle: 'Now counted in years, not months',
		yearly: '€578.47',
		reason:
			/In yearly steps a whole year’s margin arrives at its start.*That is why CLV is higher counted in years\./,
		back: 'Go back to months',
		saved: 'Saved scenarios',
		name: 'Name',
		save: 'Save current scenario',
		compare: 'Compare A and B',
		scenarioB: 'Scenario B',
		churnCompare: 'Churn per month',
		paybackCompare: 'Payback (months)'
	},
	zh: {
		unit: '时间单位',
		currency: '币种',
		keepMonths: '就按月计算',
		spend: '每月消费额',
		margin: '毛利率',
		churn: '每月流失率',
		retention: '每月留存率',
		discount: '年折现率',
		acquisition: '获客成本',
		customers: '客户数量',
		infinite: '不设终点（无限期）',
		clv: '客户终身价值',
		equity: ['客户资产', '€706 万'],
		ltv: ['LTV : CAC', '3.27 : 1'],
		payback: ['回本时间', '7 个月'],
		plausible: /现实可行的步长/,
		churnRow: '每月流失率',
		acrossBase: '+€185.9 万',
		best: '在这组数字下最值钱的是：每月流失率',
		relativeOrder: ['每月消费额', '毛利率', '每月流失率', '获客成本', '年折现率'],
		noteTitle: '已从按月计算改为按年计算',
		yearly: '€578.47',
		reason: /按年计算时，一整年的利润在年初一次到账.*所以按年计算的 CLV 更高。/,
		back: '改回按月计算',
		saved: '已保存的场景',
		name: '名称',
		save: '保存当前场景',
		compare: '对比 A 与 B',
		scenarioB: '场景 B',
		churnCompare: '每月流失率',
		paybackCompare: '回本时间（个月）'
	}
} as const;

const ready = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });

/** Types a value and leaves the field, as a reader would. */
async function type(page: Page, label: string, value: string) {
	const box = field(page, label);
	await box.fill(value);
	await box.press('Tab');
}

for (const [locale, w] of Object.entries(words)) {
	test(`the manager's subscription business, end to end (${locale})`, async ({
		page,
		problems
	}) => {
		await page.goto(`/${locale}/calculate/clv/`);
		await ready(page);
		await page.getByRole('combobox', { name: w.currency }).selectOption('EUR');
		if ((await page.getByRole('combobox', { name: w.unit }).inputValue()) !== 'month') {
			await page.getByRole('combobox', { name: w.unit }).selectOption('month');
			await page.getByRole('button', { name: w.keepMonths }).click();
		}
		await type(page, w.spend, '40');
		await type(page, w.margin, '70');
		// entered as churn: retention follows
		await type(page, w.churn, '4');
		await expect(field(page, w.retention)).toHaveValue('96');
		await type(page, w.discount, '10');
		await type(page, w.acquisition, '180');
		await type(page, w.customers, '12000');
		await page.getByLabel(w.infinite).check();

		const clv = output(page, w.clv);
		await expect(clv).toHaveText('€408.30');

		// the figures reported upward
		const figure = (label: string) =>
			page.locator('dl.figures > div').filter({ has: page.getByText(label, { exact: true }) });
		for (const [label, value] of [w.equity, w.ltv, w.payback])
			await expect(figure(label).locator('.value')).toHaveText(value);

		// the tornado: ±10% by default, then a plausible step each, where churn comes first
		const rows = page.locator('.tornado table.ranking tbody tr');
		await expect(rows.locator('th')).toHaveText([...w.relativeOrder]);
		await page.getByLabel(w.plausible).check();
		await expect(rows.first().locator('th')).toHaveText(w.churnRow);
		await expect(rows.first().locator('td').last()).toHaveText(w.acrossBase);
		await expect(page.getByText(w.best)).toBeVisible();

		// a change of unit: the same customer, old beside new, and why they differ
		await page.getByRole('combobox', { name: w.unit }).selectOption('year');
		const note = page.getByRole('status', { name: w.noteTitle });
		await expect(note).toBeVisible();
		await expect(note.getByRole('row', { name: new RegExp(w.clv) })).toContainText('€408.30');
		await expect(note.getByRole('row', { name: new RegExp(w.clv) })).toContainText(w.yearly);
		await expect(note).toContainText(w.reason);
		await expect(clv).toHaveText(w.yearly);
		await note.getByRole('button', { name: w.back }).click();
		await expect(clv).toHaveText('€408.30');
		await expect(note).toHaveCount(0);
		await expect(field(page, w.churn)).toHaveValue('4');

		// A/B in months: the business as it is against one point less churn
		await page.getByRole('button', { name: w.saved }).click();
		await page.getByRole('textbox', { name: w.name, exact: true }).fill('4%');
		await page.getByRole('button', { name: w.save }).click();
		await type(page, w.churn, '3');
		await page.getByRole('button', { name: w.compare }).click();
		await page.getByRole('combobox', { name: w.scenarioB }).selectOption('4%');
		const compared = page
			.getByRole('table')
			.filter({ has: page.getByRole('columnheader', { name: /B − A/ }) });
		const compareRow = (label: string) =>
			compared.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
		await expect(compareRow(w.churnCompare).getByRole('cell')).toHaveText([
			'3%',
			'4%',
			/\+1(\.0)? pp|\+1(\.0)? 个百分点/
		]);
		await expect(compareRow(w.paybackCompare).getByRole('cell').nth(1)).toHaveText('7');
		expect(problems).toEqual([]);
	});
}

/** Issue 14 item 5 on the other calculators with a time unit: the note and its reason. */
const others = {
	en: {
		points: ['/en/calculate/points/', /In monthly steps|In yearly steps/, 'Go back to years'],
		referral: [
			'/en/calculate/referral/',
			/In yearly steps a customer pays nothing/,
			'Go back to years'
		]
	},
	zh: {
		points: ['/zh/calculate/points/', /按年计算时/, '改回按年计算'],
		referral: ['/zh/calculate/referral/', /按年计算时，客户要留满一整年才带来利润/, '改回按年计算']
	}
} as const;

for (const [locale, pages] of Object.entries(others))
	for (const [id, [path, reason, back]] of Object.entries(pages))
		test(`${id}: a change of unit says why the result moves (${locale})`, async ({
			page,
			problems
		}) => {
			await page.goto(path);
			await ready(page);
			const unit = page.getByRole('combobox', { name: locale === 'en' ? 'Time unit' : '时间单位' });
			const note = page.locator('.unit-change');
			if ((await unit.inputValue()) !== 'year') {
				await unit.selectOption('year');
				await note
					.getByRole('button', { name: locale === 'en' ? 'Keep years' : '就按年计算' })
					.click();
			}
			await unit.selectOption('month');
			await expect(note).toContainText(reason);
			await expect(note.getByRole('row')).toHaveCount(5); // the header and four measures
			await note.getByRole('button', { name: back }).click();
			await expect(unit).toHaveValue('year');
			await expect(note).toHaveCount(0);
			expect(problems).toEqual([]);
		});
