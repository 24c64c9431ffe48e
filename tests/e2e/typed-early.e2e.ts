/**
 * A reader who types into a calculator's field, or chooses in one of its selects, before the
 * page's code has run (a slow phone, a slow network): the prerendered control takes it, and once
 * the page is live the calculator reads it, as if it had been done then. Hydration must not put
 * the old value back.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { holdBack } from './hold-back';

/** Opens `path` with the page's code held back; what it returns lets it run, and waits for it. */
async function openHeld(page: Page, path: string) {
	const { release } = await holdBack(page, /^\/_app\/immutable\/entry\/start\.[^/]+\.js$/);
	// (the frame's own goto: the page's waits for the app, which is held back)
	await page.mainFrame().goto(path, { waitUntil: 'domcontentloaded' });
	return async () => {
		release();
		await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
	};
}

const cases = {
	en: { path: '/en/calculate/referral/', field: 'Gross margin' },
	zh: { path: '/zh/calculate/referral/', field: '毛利率' }
} as const;

for (const locale of ['en', 'zh'] as const) {
	const { path, field } = cases[locale];
	test(`a number typed before the page is live is kept and counted (${locale})`, async ({
		page,
		problems
	}) => {
		const headline = page.locator('main output').first();
		const box = page.getByRole('textbox', { name: field, exact: true });
		// The page's code held back: the reader types into the prerendered field meanwhile.
		const live = await openHeld(page, path);
		const prerendered = (await headline.textContent())!.trim();
		await box.fill('60');
		await live();
		// Kept, and counted: the scenario (its share link) has the margin typed, the result moved.
		await expect(box).toHaveValue('60');
		await expect(page).toHaveURL(/[?&]margin=0\.6(&|$)/);
		await expect(headline).not.toHaveText(prerendered);
		expect(problems).toEqual([]);
	});
}

const choices = {
	// The CLV page's example: yearly in English, monthly in Chinese; the other unit is chosen.
	en: { currency: 'Currency', unit: 'Time unit', to: 'month', spend: 'Spend per month' },
	zh: { currency: '币种', unit: '时间单位', to: 'year', spend: '每年消费额' }
} as const;

for (const locale of ['en', 'zh'] as const) {
	const words = choices[locale];
	test(`a currency and a time unit chosen before the page is live are kept and counted (${locale})`, async ({
		page,
		problems
	}) => {
		const headline = page.locator('main output').first();
		const currency = page.getByRole('combobox', { name: words.currency, exact: true });
		const unit = page.getByRole('combobox', { name: words.unit, exact: true });
		const live = await openHeld(page, `/${locale}/calculate/clv/`);
		const prerendered = (await headline.textContent())!.trim();
		await currency.selectOption('EUR');
		await unit.selectOption(words.to);
		await live();
		// Hydration neither put the old choices back nor left the calculator unaware of them: the
		// inputs are re-expressed in the new unit, and the link and the headline follow.
		await expect(currency).toHaveValue('EUR');
		await expect(unit).toHaveValue(words.to);
		await expect(page).toHaveURL(new RegExp(`[?&]unit=${words.to}(&|$)`));
		await expect(page).toHaveURL(/[?&]currency=EUR(&|$)/);
		await expect(page.getByRole('textbox', { name: words.spend, exact: true })).toBeVisible();
		await expect(headline).toContainText('€');
		await expect(headline).not.toHaveText(prerendered);
		expect(problems).toEqual([]);
	});
}
