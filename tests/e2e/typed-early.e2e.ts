/**
 * A reader who types into a calculator's field before the page's code has run (a slow phone, a
 * slow network): the prerendered field takes the text, and once the page is live the calculator
 * reads it, as if it had been typed then. Hydration must not put the old value back.
 */
import { expect, test } from './fixtures';

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
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_app\/immutable\/entry\/start\.[^/]+\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		// (the frame's own goto: the page's waits for the app, which is held back)
		await page.mainFrame().goto(path, { waitUntil: 'domcontentloaded' });
		const prerendered = (await headline.textContent())!.trim();
		await box.fill('60');
		release();
		await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
		// Kept, and counted: the scenario (its share link) has the margin typed, the result moved.
		await expect(box).toHaveValue('60');
		await expect(page).toHaveURL(/[?&]margin=0\.6(&|$)/);
		await expect(headline).not.toHaveText(prerendered);
		expect(problems).toEqual([]);
	});
}
