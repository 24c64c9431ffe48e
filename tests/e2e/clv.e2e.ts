import { expect, test } from './fixtures';
import { testIn } from './locales';
import {
	expectNoBrokenNumbers,
	field,
	kit,
	output,
	rejectsBadInput,
	tamperedLinks
} from './helpers';

test.describe('CLV calculator', () => {
	test('reproduces the textbook example and switches timing conventions (en)', async ({
		page,
		problems
	}) => {
		await page.goto('/en/calculate/clv/');
		await page.getByLabel('Start from an example').selectOption('textbook-example');
		await page.getByLabel('No end (infinite horizon)').check();
		const result = output(page, 'Customer lifetime value');
		// Fader & Hardie (2012): m = 100, r = 0.8, i = 0.12 → 350 (first margin now), 250 (end of
		// period)
		await page.getByLabel('Start of period: first margin today').check();
		await expect(result).toHaveText('$350.00');
		await page
			.getByLabel('End of period: first margin after one period, if the customer stays')
			.check();
		await expect(result).toHaveText('$250.00');
		await page.getByLabel('First margin certain: after one period, for sure').check();
		await expect(result).toHaveText('$312.50');
		expect(problems).toEqual([]);
	});

	test('recomputes as a field changes, and the slider moves the result (zh)', async ({
		page,
		problems
	}) => {
		await page.goto('/zh/calculate/clv/');
		const result = output(page, '客户终身价值');
		const before = await result.textContent();
		await page.getByRole('textbox', { name: '每月留存率' }).fill('95');
		await expect(result).not.toHaveText(before!);
		const after = await result.textContent();
		await page.getByRole('slider', { name: '毛利率（滑块）' }).press('ArrowRight');
		await expect(result).not.toHaveText(after!);
		await expect(result).toHaveText(/^¥[\d,]+(\.\d\d)?$/);
		expect(problems).toEqual([]);
	});

	const badInputs = {
		en: {
			path: '/en/calculate/clv/',
			field: 'Spend per year',
			retention: 'Retention per year',
			result: 'Customer lifetime value',
			fix: 'Use 1000',
			defaultPreset: 'textbook-example'
		},
		zh: {
			path: '/zh/calculate/clv/',
			field: '每月消费额',
			retention: '每月留存率',
			result: '客户终身价值',
			fix: '改为 1000',
			defaultPreset: 'supermarket-regular'
		}
	} as const;

	for (const locale of ['en', 'zh'] as const) {
		const c = badInputs[locale];

		test(`bad input keeps the last valid result with a message (${locale})`, async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			await rejectsBadInput(page, locale, c);
			const result = output(page, c.result);
			const valid = await result.textContent();
			// retention of 100% is refused with the limit in the message
			const retention = field(page, c.retention);
			await retention.fill('100');
			await expect(retention).toHaveAttribute('aria-invalid', 'true');
			await expect(page.getByText(kit[locale].aboveMax).first()).toBeVisible();
			await expect(result).toHaveText(valid!);
			await expectNoBrokenNumbers(page, { infinity: false });
			// the one-click fix applies the suggested reading
			const spend = field(page, c.field);
			await spend.fill('1,000');
			await page.getByRole('button', { name: c.fix }).click();
			await expect(spend).toHaveValue('1000');
			await expect(spend).not.toHaveAttribute('aria-invalid', 'true');
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			`a tampered or outdated link loads the defaults with a notice (${locale})`,
			async ({ page, problems }) => {
				await tamperedLinks(page, locale, c.path, 'spend', ['v=1&spend=abc&margin=0.3']);
				await expect(page.getByLabel(kit[locale].preset)).toHaveValue(c.defaultPreset);
				expect(problems).toEqual([]);
			}
		);
	}

	test('the scenario lives in the URL and survives a reload and a language switch', async ({
		page,
		problems
	}) => {
		await page.goto('/en/calculate/clv/');
		await page.getByLabel('Start from an example').selectOption('car-buyer');
		// a preset unchanged is written as its name and the currency alone (a short link)
		await expect(page).toHaveURL(/\?v=1&k=\w+&p=car-buyer&currency=USD$/);
		const result = output(page, 'Customer lifetime value');
		const value = await result.textContent();
		await page.reload();
		await expect(result).toHaveText(value!);
		await expect(page.getByLabel('Start from an example')).toHaveValue('car-buyer');
		await page.getByRole('link', { name: '中文' }).click();
		await expect(page).toHaveURL(/\/zh\/calculate\/clv\/\?.*p=car-buyer/);
		await expect(page.getByLabel('从示例开始')).toHaveValue('car-buyer');
		expect(problems).toEqual([]);
	});

	test('shows the arithmetic with the reader’s numbers and ranks the levers', async ({
		page,
		problems
	}) => {
		await page.goto('/en/calculate/clv/');
		await page.getByLabel('Start from an example').selectOption('textbook-example');
		await page.getByLabel('No end (infinite horizon)').check();
		await page.getByLabel('Start of period: first margin today').check();
		// A money step reads in the site's money format, like on every calculator.
		await expect(
			page.getByRole('math', { name: 'CLV = 100 × (1 + 0.12) / (1 + 0.12 − 0.8) − 0 = $350.00' })
		).toBeVisible();
		await expect(page.getByText('Worth most here:')).toBeVisible();
		await expect(page.getByText('Acquisition cost').first()).toBeVisible();
		expect(problems).toEqual([]);
	});
});
