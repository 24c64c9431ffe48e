/**
 * Checks every calculator shares, as a reader sees them: bad input in a field explains itself in
 * the page's language and keeps the last valid result; a combination the model refuses does the
 * same; a tampered or outdated share link loads the defaults with a notice. Each calculator's e2e
 * file calls these for its own fields, in both locales.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export type Locale = 'en' | 'zh';

/** What the shared kit says (number fields, link notices), in each language. */
export const kit = {
	en: {
		preset: 'Start from an example',
		invalid: 'not valid',
		outdated: 'older version',
		kept: 'The results still show your last valid inputs.',
		belowMin: 'Must be at least',
		aboveMax: 'Must be at most',
		bad: [
			['', 'Enter a value.'],
			['abc', 'Enter a number using digits'],
			['１２３', 'Full-width digits'],
			['1,000', 'without thousands separators'],
			['1e309', 'too large']
		]
	},
	zh: {
		preset: '从示例开始',
		invalid: '无效',
		outdated: '旧版',
		kept: '下方结果仍按你上一次的有效输入显示。',
		belowMin: '不能小于',
		aboveMax: '不能大于',
		bad: [
			['', '请填写一个数值'],
			['abc', '请用阿拉伯数字填写'],
			// full-width digits (１２３) are how Chinese is often typed: a zh page reads them
			['1,000', '千位分隔符'],
			['1e309', '数值太大了']
		]
	}
} as const;

/** A calculator's headline `<output>` (implicit role status), by its accessible name. */
export const output = (page: Page | Locator, name: string) =>
	page.getByRole('status', { name, exact: true });

/** A text field, by its exact label. */
export const field = (page: Page | Locator, name: string) =>
	page.getByRole('textbox', { name, exact: true });

/** Nothing on the page reads NaN or Infinity (or ∞, unless the page may show it). */
export async function expectNoBrokenNumbers(page: Page, { infinity = true } = {}) {
	const text = (await page.locator('main').innerText()).toLowerCase();
	expect(text).not.toMatch(/\bnan\b/);
	expect(text).not.toContain('infinity');
	if (infinity) expect(text).not.toContain('∞');
}

/**
 * Types each bad entry into a field — empty, letters, full-width digits, thousands separators, a
 * number too large for a double, and `belowMin` (and `aboveMax`, if given) — and checks that the
 * field is marked invalid, a message in the page's language shows, and the output keeps its text.
 */
export async function rejectsBadInput(
	page: Page,
	locale: Locale,
	c: { field: string; result: string; belowMin?: string; aboveMax?: string }
) {
	const k = kit[locale];
	const box = field(page, c.field);
	const out = output(page, c.result);
	await expect(out).toHaveText(/\d/);
	const before = await out.textContent();
	const cases: (readonly [string, string])[] = [...k.bad, [c.belowMin ?? '-5', k.belowMin]];
	if (c.aboveMax !== undefined) cases.push([c.aboveMax, k.aboveMax]);
	for (const [text, message] of cases) {
		await box.fill(text);
		await expect(box).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText(message).first()).toBeVisible();
		await expect(out).toHaveText(before!);
	}
	await expectNoBrokenNumbers(page, { infinity: false });
}

/**
 * A value the model refuses (the field alone is fine): its message shows, with `kept` (the note
 * that the last valid result stays) where the calculator writes one, and the output keeps its text.
 */
export async function rejectsModelInput(
	page: Page,
	c: { field: string; value: string; message: string; result: string; kept?: string }
) {
	const out = output(page, c.result);
	const before = await out.textContent();
	await field(page, c.field).fill(c.value);
	await expect(page.getByText(c.message).first()).toBeVisible();
	if (c.kept) await expect(page.getByText(c.kept).first()).toBeVisible();
	await expect(out).toHaveText(before!);
	await expectNoBrokenNumbers(page, { infinity: false });
}

/**
 * Opens the calculator with a link whose `param` is not a number, then with one from an older
 * version (`v=0`), and with each of `invalid` (more tampered queries); each time a notice in the
 * page's language says why the defaults are shown.
 */
export async function tamperedLinks(
	page: Page,
	locale: Locale,
	path: string,
	param: string,
	invalid: readonly string[] = []
) {
	const k = kit[locale];
	// let each page finish loading before leaving it (no request aborted mid-way)
	const open = async (query: string, notice: string) => {
		await page.goto(`${path}?${query}`);
		await expect(page.getByRole('alert').first()).toContainText(notice);
		await page.waitForLoadState('networkidle');
	};
	for (const query of invalid) await open(query, k.invalid);
	await open(`v=0&${param}=100`, k.outdated);
	await open(`v=1&${param}=abc`, k.invalid);
}
