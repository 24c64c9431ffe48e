import { expect, test } from './fixtures';

/** The headline <output> (implicit role status), found by its accessible name. */
const output = (page: import('@playwright/test').Page, name: string) =>
	page.getByRole('status', { name, exact: true });

test.describe('CLV calculator', () => {
	test('reproduces the textbook example and switches timing conventions (en)', async ({
		page,
		problems
	}) => {
		await page.goto('/en/calculate/clv/');
		await page.getByLabel('Start from an example').selectOption('textbook-example');
		await page.getByLabel('No end (infinite horizon)').check();
		const result = output(page, 'Customer lifetime value');
		// models.md §1: m = 100, r = 0.8, i = 0.12 → 350 (first margin now), 250 (end of period)
		await page.getByLabel('At the start of each period: the first margin now').check();
		await expect(result).toHaveText('$350.00');
		await page.getByLabel('At the end of each period the customer survives').check();
		await expect(result).toHaveText('$250.00');
		await page.getByLabel('At the end of each period: the first one certain').check();
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
			cases: [
				['', 'Enter a value.'],
				['abc', 'Enter a number using digits'],
				['１２３', 'Full-width digits'],
				['1,000', 'without thousands separators'],
				['1e309', 'too large'],
				['-5', 'Must be at least']
			]
		},
		zh: {
			path: '/zh/calculate/clv/',
			field: '每月消费额',
			retention: '每月留存率',
			result: '客户终身价值',
			cases: [
				['', '请填写一个数值'],
				['abc', '请用阿拉伯数字填写'],
				['１２３', '全角数字'],
				['1,000', '千位分隔符'],
				['1e309', '数值太大了'],
				['-5', '不能小于']
			]
		}
	} as const;

	for (const [locale, c] of Object.entries(badInputs)) {
		test(`bad input keeps the last valid result with a message (${locale})`, async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			const result = output(page, c.result);
			const valid = await result.textContent();
			const field = page.getByRole('textbox', { name: c.field });
			for (const [text, message] of c.cases) {
				await field.fill(text);
				await expect(field).toHaveAttribute('aria-invalid', 'true');
				await expect(page.getByText(message).first()).toBeVisible();
				await expect(result).toHaveText(valid!);
			}
			// retention of 100% is refused with the limit in the message
			const retention = page.getByRole('textbox', { name: c.retention });
			await retention.fill('100');
			await expect(retention).toHaveAttribute('aria-invalid', 'true');
			await expect(result).toHaveText(valid!);
			const text = (await page.locator('main').innerText()).toLowerCase();
			expect(text).not.toContain('nan');
			expect(text).not.toContain('infinity');
			// the one-click fix applies the suggested reading
			await field.fill('1,000');
			await page.getByRole('button', { name: locale === 'zh' ? '改为 1000' : 'Use 1000' }).click();
			await expect(field).toHaveValue('1000');
			await expect(field).not.toHaveAttribute('aria-invalid', 'true');
			expect(problems).toEqual([]);
		});
	}

	test('the scenario lives in the URL and survives a reload and a language switch', async ({
		page,
		problems
	}) => {
		await page.goto('/en/calculate/clv/');
		await page.getByLabel('Start from an example').selectOption('car-buyer');
		await expect(page).toHaveURL(/spend=8000/);
		const result = output(page, 'Customer lifetime value');
		const value = await result.textContent();
		await page.reload();
		await expect(result).toHaveText(value!);
		await expect(page.getByLabel('Start from an example')).toHaveValue('car-buyer');
		await page.getByRole('link', { name: '中文' }).click();
		await expect(page).toHaveURL(/\/zh\/calculate\/clv\/\?.*spend=8000/);
		await expect(page.getByLabel('从示例开始')).toHaveValue('car-buyer');
		expect(problems).toEqual([]);
	});

	test('a tampered or outdated link loads the defaults with a notice', async ({
		page,
		problems
	}) => {
		await page.goto('/en/calculate/clv/?v=1&spend=abc&margin=0.3');
		await expect(page.getByRole('alert')).toContainText('not valid');
		await expect(page.getByLabel('Start from an example')).toHaveValue('textbook-example');
		await page.goto('/zh/calculate/clv/?v=0&spend=100');
		await expect(page.getByRole('alert')).toContainText('旧版');
		expect(problems).toEqual([]);
	});

	test('shows the arithmetic with the reader’s numbers and ranks the levers', async ({
		page,
		problems
	}) => {
		await page.goto('/en/calculate/clv/');
		await page.getByLabel('Start from an example').selectOption('textbook-example');
		await page.getByLabel('No end (infinite horizon)').check();
		await page.getByLabel('At the start of each period: the first margin now').check();
		// A money step reads in the site's money format, like on every calculator.
		await expect(
			page.getByRole('math', { name: 'CLV = 100 × (1 + 0.12) / (1 + 0.12 − 0.8) − 0 = $350.00' })
		).toBeVisible();
		await expect(page.getByText('Worth most here:')).toBeVisible();
		await expect(page.getByText('Acquisition cost').first()).toBeVisible();
		expect(problems).toEqual([]);
	});
});
