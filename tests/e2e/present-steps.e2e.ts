/**
 * Presentation mode as a trainer uses it (issue 17, item 7), in both languages: a prediction and its
 * answer, and a self-check question and its answer, are separate steps; the controls never cover
 * the page (a result, a table header); formulas wrap at the large type instead of being cut off.
 * And on a phone, a calculator's headline has a one-line copy that stays in view (item 8).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { output } from './helpers';
import { clippedInFormulasAndTables } from './layout';
import { localizedPages } from './pages';

const locales = {
	en: {
		article: '/en/learn/how-to-calculate-clv/',
		calculator: '/en/calculate/clv/',
		present: 'Present',
		controls: 'Presentation controls',
		predict: 'Predict, then reveal',
		answerIs: 'The answer:',
		result: 'Customer lifetime value',
		field: 'Gross margin'
	},
	zh: {
		article: '/zh/learn/how-to-calculate-clv/',
		calculator: '/zh/calculate/clv/',
		present: '演示',
		controls: '演示控制',
		predict: '先猜，再揭晓',
		answerIs: '答案：',
		result: '客户终身价值',
		field: '毛利率'
	}
} as const;

/** Enters presentation mode with the page's Present button. */
async function present(page: Page, name: string) {
	await page.getByRole('button', { name, exact: true }).first().click();
	await expect(page.locator('html')).toHaveClass(/presenting/);
}

/** Presses → until `done` holds (at most `limit` steps); returns whether it did. */
async function stepUntil(page: Page, done: () => Promise<boolean>, limit = 60) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('ArrowRight');
		if (await done()) return true;
	}
	return false;
}

/** Scrolls the presented page (its own scroller) from top to bottom, so lazy sections render. */
async function scrollPresented(page: Page) {
	for (let i = 0; i < 80; i++) {
		const end = await page.evaluate(() => {
			const main = document.getElementById('main')!;
			main.scrollBy(0, main.clientHeight * 0.8);
			return main.scrollTop + main.clientHeight >= main.scrollHeight - 1;
		});
		await page.waitForTimeout(60);
		if (end) break;
	}
}

/** Whether the presentation controls overlap the presented page's box. */
const controlsOverlapPage = (page: Page) =>
	page.evaluate(() => {
		const bar = document.querySelector('[role="toolbar"]')!.getBoundingClientRect();
		const main = document.getElementById('main')!.getBoundingClientRect();
		return bar.top < main.bottom - 0.5;
	});

for (const [locale, c] of Object.entries(locales)) {
	test.describe(`presentation steps (${locale})`, () => {
		testIn(locale, 'en')(
			'a prediction: the question is one step, its answer the next; back hides it',
			async ({ page, problems }) => {
				await page.goto(c.article);
				const box = page.getByRole('region', { name: c.predict }).first();
				const figures: string[] = JSON.parse((await box.getAttribute('data-answer-figures'))!);
				await present(page, c.present);
				const onQuestion = await stepUntil(page, () =>
					box.evaluate((el) => el === document.activeElement)
				);
				expect(onQuestion).toBe(true);
				await expect(box.getByText(c.answerIs)).toHaveCount(0);
				const text = await box.innerText();
				for (const figure of figures) expect(text).not.toContain(figure);
				await page.keyboard.press('ArrowRight');
				await expect(box.getByText(c.answerIs)).toBeVisible();
				await expect(box.locator('.answer')).toBeFocused();
				await page.keyboard.press('ArrowLeft');
				await expect(box.getByText(c.answerIs)).toHaveCount(0);
				const again = await box.innerText();
				for (const figure of figures) expect(again).not.toContain(figure);
				await page.keyboard.press('ArrowRight');
				await expect(box.getByText(c.answerIs)).toBeVisible();
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'a self-check question is one step, its answer the next; back closes it',
			async ({ page, problems }) => {
				await page.goto(c.article);
				const first = page.locator('main details[data-present-question]').first();
				await present(page, c.present);
				const summary = first.locator('summary');
				expect(
					await stepUntil(page, () => summary.evaluate((s) => s === document.activeElement))
				).toBe(true);
				await expect(first).not.toHaveAttribute('open', '');
				await page.keyboard.press('ArrowRight');
				await expect(first).toHaveAttribute('open', '');
				await expect(summary).toBeFocused();
				await page.keyboard.press('ArrowLeft');
				await expect(first).not.toHaveAttribute('open', '');
				expect(problems).toEqual([]);
			}
		);

		for (const size of [
			{ width: 1280, height: 720 },
			{ width: 390, height: 844 }
		]) {
			test(`the controls never cover the page; formulas and tables fit (${size.width} px)`, async ({
				page,
				problems
			}) => {
				await page.setViewportSize(size);
				for (const path of [c.calculator, c.article]) {
					await page.goto(path);
					await page.evaluate(() => {
						for (const d of document.querySelectorAll('main details')) d.setAttribute('open', '');
					});
					await present(page, c.present);
					await expect(page.getByRole('toolbar', { name: c.controls })).toBeVisible();
					expect(await controlsOverlapPage(page)).toBe(false);
					await scrollPresented(page);
					expect(await clippedInFormulasAndTables(page)).toEqual([]);
					await page.keyboard.press('Escape');
				}
				expect(problems).toEqual([]);
			});
		}

		testIn(locale, 'zh')(
			'on a phone the headline has a one-line copy in view while it is scrolled away',
			async ({ page, problems }) => {
				await page.setViewportSize({ width: 360, height: 780 });
				await page.goto(c.calculator);
				const headline = output(page, c.result);
				const copy = page.getByRole('link', { name: new RegExp(`^${c.result} `) });
				await expect(copy).toBeVisible();
				await expect(copy).toContainText((await headline.textContent())!.trim());
				// typing in a field updates the copy; the field stays clear of it
				const field = page.getByRole('textbox', { name: c.field, exact: true });
				await field.fill('35');
				await expect(copy).toContainText((await headline.textContent())!.trim());
				await page.evaluate(() => window.scrollBy(0, 400));
				await field.focus();
				const [copyBox, fieldBox] = [(await copy.boundingBox())!, (await field.boundingBox())!];
				expect(fieldBox.y).toBeGreaterThanOrEqual(copyBox.y + copyBox.height);
				// once the headline itself is on screen the copy steps aside
				await headline.scrollIntoViewIfNeeded();
				await expect(copy).toBeHidden();
				await page.evaluate(() => window.scrollTo(0, 0));
				await expect(copy).toBeVisible();
				await copy.click();
				await expect(headline).toBeInViewport();
				expect(problems).toEqual([]);
			}
		);
	});
}

/** Every calculator page, from the built site. */
const calculatorPages = localizedPages.filter((path) => /\/calculate\/[^/]+\/$/.test(path));

test.describe('the headline copy on a phone, on every calculator', () => {
	test.use({ viewport: { width: 360, height: 780 } });
	for (const path of calculatorPages) {
		test(`${path}: the copy names and shows the headline`, async ({ page, problems }) => {
			await page.goto(path);
			const headline = page.locator('main output').first();
			// a figure, or (the transactions page before any data) what stands in for one
			await expect(headline).toHaveText(path.includes('/transactions/') ? /\S/ : /\d/);
			const name = await headline.evaluate((el) => {
				const ids = el.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
				const named = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
				return (named || el.getAttribute('aria-label') || '').trim();
			});
			expect(name).not.toBe('');
			const copy = page.locator('.peek');
			await expect(copy).toBeVisible();
			await expect(copy).toHaveAccessibleName(`${name} ${(await headline.textContent())!.trim()}`);
			expect(problems).toEqual([]);
		});
	}
});
