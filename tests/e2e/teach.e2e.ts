import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';

const ready = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? '');

const locales = {
	en: {
		teach: '/en/teach/',
		calculator: '/en/calculate/clv/',
		article: '/en/learn/what-is-clv/',
		caseLink: 'Present: Car buyer over a lifetime',
		present: 'Present',
		exit: /Exit presentation/,
		controls: 'Presentation controls',
		presets: 'Start from an example',
		qr: 'QR code',
		dialog: 'Open this scenario on a phone',
		code: 'QR code of the link to this scenario',
		steps: 'How the headline is computed',
		lifecycleCase: 'Present: A relationship from exploration to decline',
		declineState: 'Decline',
		currency: '$',
		predict: 'Predict, then reveal',
		reveal: 'Reveal the answer',
		hands: 'Show of hands',
		handsFor: (label: string) => `Hands for “${label}”`,
		bar: '8 (44%)',
		summary: '8 of 18 chose the right answer (44%).',
		room: 'Most of the room chose:',
		right: 'You got it.',
		invalid: 'Type a whole number from 0.',
		kit: 'Workshop kit',
		runSheet: 'Run sheet',
		worksheet: 'Worksheet',
		answers: 'Answer key',
		back: 'Back to Teach',
		firstAnswer: '¥1,100'
	},
	zh: {
		teach: '/zh/teach/',
		calculator: '/zh/calculate/clv/',
		article: '/zh/learn/what-is-clv/',
		caseLink: '演示：一辈子的购车客户',
		present: '演示',
		exit: /退出演示/,
		controls: '演示控制',
		presets: '从示例开始',
		qr: '二维码',
		dialog: '用手机打开这个场景',
		code: '本场景链接的二维码',
		steps: '主结果是怎么算出来的',
		lifecycleCase: '演示：客户关系：从考察期到退化期',
		declineState: '退化期',
		currency: '¥',
		predict: '先猜，再揭晓',
		reveal: '揭晓答案',
		hands: '举手表决',
		handsFor: (label: string) => `选“${label}”的人数`,
		bar: '8 人（44%）',
		summary: '18 人中有 8 人选对（44%）。',
		room: '全场选得最多的：',
		right: '答对了。',
		invalid: '请输入 0 或正整数。',
		kit: '培训工具包',
		runSheet: '流程表',
		worksheet: '练习单',
		answers: '答案',
		back: '返回“教学”',
		firstAnswer: '¥1,100'
	}
} as const;

for (const [locale, c] of Object.entries(locales)) {
	test.describe(`teach and present (${locale})`, () => {
		testIn(locale, 'en')(
			'a class case opens its calculator with the preset, in presentation mode',
			async ({ page, problems }) => {
				await page.goto(c.teach);
				await ready(page);
				await page.getByRole('link', { name: c.caseLink }).click();
				await expect(page).toHaveURL(/calculate\/clv\//);
				await ready(page);
				await expect(page.locator('html')).toHaveClass(/presenting/);
				await expect(page.getByLabel(c.presets)).toHaveValue('car-buyer');
				await expect(page.getByRole('banner')).toBeHidden();
				const controls = page.getByRole('toolbar', { name: c.controls });
				await expect(controls.getByRole('button', { name: c.exit })).toBeVisible();
				// The flag leaves the address so a copied or scanned link opens normally.
				await expect(page).not.toHaveURL(/present=1/);
				await page.keyboard.press('ArrowRight');
				await expect(controls).toContainText(/1 \/ \d+/);
				expect(await focusedTag(page)).toBe('H1');
				await page.keyboard.press('ArrowRight');
				expect(await focusedTag(page)).toBe('H2');
				await page.keyboard.press('ArrowLeft');
				expect(await focusedTag(page)).toBe('H1');
				await page.keyboard.press('Escape');
				await expect(page.locator('html')).not.toHaveClass(/presenting/);
				await expect(page.getByRole('banner')).toBeVisible();
				expect(problems).toEqual([]);
			}
		);

		test('a lifecycle class case opens the simulator with its preset, in this language', async ({
			page,
			problems
		}) => {
			await page.goto(c.teach);
			await ready(page);
			await page.getByRole('link', { name: c.lifecycleCase }).click();
			await expect(page).toHaveURL(/calculate\/lifecycle\//);
			await ready(page);
			await expect(page.locator('html')).toHaveClass(/presenting/);
			await expect(page.getByLabel(c.presets)).toHaveValue('relationship');
			await expect(page.getByRole('banner')).toBeHidden();
			await expect(
				page.locator('svg[role="img"] text.name', { hasText: c.declineState })
			).toHaveCount(1);
			await expect(page.locator('output').first()).toContainText(c.currency);
			await expect(page).not.toHaveURL(/present=1/);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')(
			'Present on an article: large type, steps by keyboard, Exit returns focus',
			async ({ page, problems }) => {
				await page.goto(c.article);
				await ready(page);
				const h1Size = async () =>
					page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize));
				const before = await h1Size();
				const present = page.getByRole('button', { name: c.present, exact: true });
				await present.focus();
				await page.keyboard.press('Enter');
				await expect(page.locator('html')).toHaveClass(/presenting/);
				expect((await h1Size()) / before).toBeGreaterThanOrEqual(1.6);
				await expect(page.getByRole('contentinfo')).toBeHidden();
				await page.keyboard.press('ArrowDown');
				expect(await focusedTag(page)).toBe('H1');
				await page.keyboard.press('ArrowDown');
				expect(['H2', 'SUMMARY']).toContain(await focusedTag(page));
				await page.getByRole('button', { name: c.exit }).click();
				await expect(page.locator('html')).not.toHaveClass(/presenting/);
				await expect(present).toBeFocused();
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')('stepping onto a disclosure opens it', async ({ page, problems }) => {
			await page.goto(c.calculator);
			await ready(page);
			const details = page.locator('details', { has: page.getByText(c.steps, { exact: true }) });
			await details.evaluate((d) => ((d as HTMLDetailsElement).open = false));
			await page.getByRole('button', { name: c.present, exact: true }).click();
			for (let i = 0; i < 12; i++) {
				await page.keyboard.press('ArrowRight');
				if (await details.evaluate((d) => (d as HTMLDetailsElement).open)) break;
			}
			await expect(details).toHaveAttribute('open', '');
			await expect(page.getByText(c.steps, { exact: true })).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(page.locator('html')).not.toHaveClass(/presenting/);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')(
			'the QR dialog shows a large code and the address; Esc closes it',
			async ({ page, problems }) => {
				await page.goto(c.calculator + '?v=1&years=7');
				await ready(page);
				const button = page.getByRole('button', { name: c.qr, exact: true });
				await button.click();
				const dialog = page.getByRole('dialog', { name: c.dialog });
				await expect(dialog).toBeVisible();
				const code = dialog.getByRole('img', { name: c.code });
				await expect(code).toBeVisible();
				const box = (await code.boundingBox())!;
				expect(box.width).toBeGreaterThanOrEqual(300);
				await expect(dialog.getByRole('link')).toContainText(`${c.calculator}?v=1&`);
				await expect(dialog.getByRole('link')).toContainText('years=7');
				await page.keyboard.press('Escape');
				await expect(dialog).toBeHidden();
				await expect(button).toBeFocused();
				expect(problems).toEqual([]);
			}
		);
		testIn(locale, 'en')(
			'show of hands in presentation: counts draw the distribution, then the reveal',
			async ({ page, problems }) => {
				await page.goto(c.article);
				await ready(page);
				const box = page.getByRole('region', { name: c.predict }).first();
				await expect(box.getByText(c.hands, { exact: true })).toHaveCount(0);
				await page.getByRole('button', { name: c.present, exact: true }).click();
				await expect(page.locator('html')).toHaveClass(/presenting/);
				await expect(box.getByText(c.hands, { exact: true })).toBeVisible();
				const reveal = box.getByRole('button', { name: c.reveal });
				await expect(reveal).toBeDisabled();
				const labels = await box
					.getByRole('radio')
					.evaluateAll((radios) => radios.map((r) => r.closest('label')!.textContent!.trim()));
				expect(labels).toHaveLength(4);
				const hands = [3, 5, 8, 2];
				await box.getByLabel(c.handsFor(labels[0]!)).fill('x');
				await expect(box.getByText(c.invalid)).toBeVisible();
				for (const [k, label] of labels.entries())
					await box.getByLabel(c.handsFor(label)).fill(String(hands[k]));
				await expect(box.getByText(c.invalid)).toHaveCount(0);
				await expect(box.getByText(c.bar, { exact: true })).toBeVisible();
				await expect(reveal).toBeEnabled();
				await reveal.click();
				await expect(box.getByText(c.summary)).toBeVisible();
				await expect(box.getByText(c.room)).toBeVisible();
				await expect(box.getByText(c.right, { exact: true })).toBeVisible();
				await page.keyboard.press('Escape');
				await expect(page.locator('html')).not.toHaveClass(/presenting/);
				await expect(box.getByText(c.hands, { exact: true })).toHaveCount(0);
				expect(problems).toEqual([]);
			}
		);

		test('the workshop kit: run sheet, worksheet without answers, answer key, print', async ({
			page,
			problems
		}) => {
			await page.goto(c.teach);
			await ready(page);
			await expect(page.getByRole('heading', { name: c.kit })).toBeVisible();
			await page.getByRole('link', { name: c.runSheet }).first().click();
			await page.waitForURL(/\/teach\/kit\/[^/]+\/$/);
			await ready(page);
			await expect(page.locator('.block .time').first()).toBeVisible();
			const times = await page.locator('.block .time').allTextContents();
			expect(times.length).toBeGreaterThanOrEqual(8);
			expect(times.at(-1)).toMatch(/120/);
			await expect(page.locator('a[href*="present=1"]').first()).toBeVisible();
			await page.getByRole('link', { name: c.worksheet, exact: true }).click();
			await page.waitForURL(/\/worksheet\/$/);
			await ready(page);
			await expect(page.locator('.exercise').first()).toBeVisible();
			expect(await page.locator('.exercise').count()).toBeGreaterThanOrEqual(5);
			await expect(page.locator('main')).not.toContainText(c.firstAnswer);
			await page.getByRole('link', { name: c.answers, exact: true }).click();
			await page.waitForURL(/\/answers\/$/);
			await ready(page);
			await expect(page.locator('main')).toContainText(c.firstAnswer);
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('link', { name: c.back })).toBeHidden();
			await expect(page.locator('h1')).toBeVisible();
			expect(problems).toEqual([]);
		});
	});
}
