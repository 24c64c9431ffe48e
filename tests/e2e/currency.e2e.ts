/**
 * The kit's currency menu (src/lib/ui/calculator/Selects.svelte): every currency the browser
 * knows, named in the page's language, the site's three first. A page hydrating over the server's
 * menu keeps its options instead of naming ~160 currencies again (issue 20: `Intl.DisplayNames`
 * and `Intl.Collator` are slow on first use); a menu drawn in the browser (after a client-side
 * navigation) names them itself. Either way the reader can pick any of them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { output } from './helpers';

const words = {
	en: {
		currency: 'Currency',
		clv: 'Customer lifetime value',
		pound: 'British Pound (GBP)',
		sign: '£'
	},
	zh: { currency: '币种', clv: '客户终身价值', pound: '英镑', sign: '£' }
} as const;

/** Counts the `Intl.DisplayNames` the page makes (the menu's naming), from before it loads. */
async function countNaming(page: Page) {
	await page.addInitScript(() => {
		const Original = Intl.DisplayNames;
		const seen = window as unknown as { named: number };
		seen.named = 0;
		(Intl as unknown as Record<string, unknown>).DisplayNames = class extends Original {
			constructor(...args: ConstructorParameters<typeof Original>) {
				super(...args);
				seen.named += 1;
			}
		};
	});
	return () => page.evaluate(() => (window as unknown as { named: number }).named);
}

for (const locale of ['en', 'zh'] as const) {
	const w = words[locale];

	test(`the currency menu offers every currency in the page's language, without naming them again on load (${locale})`, async ({
		page,
		problems
	}) => {
		const named = await countNaming(page);
		await page.goto(`/${locale}/calculate/clv/`);
		const menu = page.getByRole('combobox', { name: w.currency });
		await expect(menu.locator('optgroup').first().locator('option')).toHaveCount(3);
		expect(await menu.locator('option').count()).toBeGreaterThan(100);
		await expect(menu.getByRole('option', { name: w.pound, exact: true })).toBeAttached();
		await page.waitForLoadState('networkidle');
		expect(await named()).toBe(0);

		const headline = output(page, w.clv);
		await menu.selectOption('GBP');
		await expect(menu).toHaveValue('GBP');
		await expect(headline).toContainText(w.sign);
		await expect(page).toHaveURL(/currency=GBP/);
		expect(problems).toEqual([]);
	});

	test(`after a client-side navigation the menu names its currencies itself (${locale})`, async ({
		page,
		problems
	}) => {
		const named = await countNaming(page);
		await page.goto(`/${locale}/calculate/`);
		await page.locator('main a[href$="/calculate/clv/"]').first().click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/calculate/clv/$`));
		const menu = page.getByRole('combobox', { name: w.currency });
		await expect(menu.getByRole('option', { name: w.pound, exact: true })).toBeAttached();
		expect(await menu.locator('option').count()).toBeGreaterThan(100);
		expect(await named()).toBeGreaterThan(0);
		await menu.selectOption('GBP');
		await expect(output(page, w.clv)).toContainText(w.sign);
		expect(problems).toEqual([]);
	});
}
