import { expect, test } from './fixtures';
import { cutOffElements } from './layout';

test('the root page links to both languages and redirects by browser language', async ({
	browser,
	problems
}) => {
	for (const [locale, expected] of [
		['zh-CN', '/zh/'],
		['en-US', '/en/'],
		['fr-FR', '/en/']
	] as const) {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(new RegExp(`${expected}$`));
		await context.close();
	}
	expect(problems).toEqual([]);
});

test('the root page works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('link', { name: '进入中文版' })).toHaveAttribute('href', '/zh/');
	await expect(page.getByRole('link', { name: 'Enter the English site' })).toHaveAttribute(
		'href',
		'/en/'
	);
	await context.close();
});

test('the language switch round-trips and keeps the query string', async ({ page, problems }) => {
	await page.goto('/en/glossary/?v=1&x=2#clv');
	await page.getByRole('link', { name: '中文' }).click();
	await expect(page).toHaveURL(/\/zh\/glossary\/\?v=1&x=2#clv$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('术语表');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/glossary\/\?v=1&x=2#clv$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	expect(problems).toEqual([]);
});

test('the theme toggle follows the system, then remembers a choice', async ({
	browser,
	problems
}) => {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto('/en/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(lightBg).not.toBe(darkBg);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await context.close();
	expect(problems).toEqual([]);
});

test('navigation marks the current section and works by keyboard', async ({ page, problems }) => {
	await page.goto('/zh/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
	await page
		.getByRole('navigation', { name: '主导航' })
		.getByRole('link', { name: '学习' })
		.click();
	await expect(page).toHaveURL(/\/zh\/learn\/$/);
	await expect(
		page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '学习' })
	).toHaveAttribute('aria-current', 'page');
	expect(problems).toEqual([]);
});

test('the layout fits a 360 px screen without sideways scrolling', async ({ page, problems }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of [
		'/zh/',
		'/en/learn/',
		'/zh/glossary/',
		'/zh/calculate/clv/',
		'/en/calculate/clv/'
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	expect(problems).toEqual([]);
});

// Sections below the fold clip instead of scrolling the page, so look at the elements themselves.
for (const path of [
	'/zh/calculate/clv/',
	'/en/calculate/referral/',
	'/zh/calculate/lifecycle/',
	'/en/learn/loyalty-business-models/',
	'/zh/learn/customer-value-multiplication/'
]) {
	test(`nothing is cut off at the edge of a 360 px screen: ${path}`, async ({ page, problems }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(path);
		expect(await cutOffElements(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
}
