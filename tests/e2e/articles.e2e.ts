/**
 * Every article, in both locales: it renders with its objectives, summary, references and glossary
 * links; each embedded calculator answers a change of input; every "predict, then reveal" works
 * with the keyboard alone and gives nothing away before the reveal; self-check answers open. The
 * fixture fails on console errors and bad requests.
 */
import { readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const slugs = readdirSync('content/en')
	.filter((file) => file.endsWith('.md'))
	.map((file) => file.slice(0, -3))
	.sort();

const text = {
	en: {
		objectives: 'What you will learn',
		summary: 'Summary',
		references: 'References',
		selfCheck: 'Check yourself',
		predict: 'Predict, then reveal',
		reveal: 'Reveal the answer',
		answer: 'The answer:',
		notNumber: 'Please type a number'
	},
	zh: {
		objectives: '学习目标',
		summary: '小结',
		references: '参考资料',
		selfCheck: '自测一下',
		predict: '先猜，再揭晓',
		reveal: '揭晓答案',
		answer: '答案：',
		notNumber: '请用阿拉伯数字填写'
	}
} as const;

type Locale = keyof typeof text;

/**
 * Words about how the site was made, which must never reach a page (a calculator's random seed is
 * fine; a "seed article" is not).
 */
const leaks =
	/seed (article|document|0\d)|the seed['’]s|种子文章|文档提取|原文档|source document|lost in extraction/i;

/** Whether `figure` (e.g. "$350.00", "26%") occurs in `text` as a whole number, not inside another. */
function showsFigure(text: string, figure: string): boolean {
	const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
}

/** Scrolls through the whole page once, so that parts drawn on approach have rendered. */
async function scrollThrough(page: Page): Promise<void> {
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	const step = (page.viewportSize()?.height ?? 720) * 0.8;
	for (let y = 0; y < height; y += step) await page.evaluate((top) => window.scrollTo(0, top), y);
	await page.evaluate(() => window.scrollTo(0, 0));
}

/** A money amount of 10,000 or more written out in digits (Chinese prose uses 万/亿: STYLE.md). */
function largeAmount(text: string): string | undefined {
	const pattern =
		/[¥$€]\s?(\d[\d,]*(?:\.\d+)?)(?!\s?[万亿])|(\d[\d,]*(?:\.\d+)?)\s?(?:元|美元|欧元)/g;
	for (const match of text.matchAll(pattern)) {
		if (Number((match[1] ?? match[2] ?? '').replaceAll(',', '')) >= 10_000) return match[0];
	}
	return undefined;
}

/** The whole page's visible text (innerText leaves out closed disclosures and hidden parts). */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Moves the first slider of a calculator a few steps (away from whichever end it is at). */
async function nudgeSlider(calculator: Locator): Promise<void> {
	const slider = calculator.getByRole('slider').first();
	const [value, max] = await slider.evaluate((el: HTMLInputElement) => [
		Number(el.value),
		Number(el.max)
	]);
	await slider.focus();
	const key = value >= max ? 'ArrowLeft' : 'ArrowRight';
	for (let k = 0; k < 5; k++) await slider.press(key);
}

async function checkCalculators(page: Page): Promise<void> {
	const calculators = page.locator('article section.calculator');
	const count = await calculators.count();
	for (let k = 0; k < count; k++) {
		const calculator = calculators.nth(k);
		const output = calculator.locator('output').first();
		// A reader comes to its headline. Scrolled to as a whole, a section taller than the screen
		// is centred, and the transactions embed, which shrinks as it wakes, can end above the screen
		// before it comes near enough to load its example.
		await output.scrollIntoViewIfNeeded();
		await expect(output).toHaveText(/\d/);
		const before = await output.textContent();
		await nudgeSlider(calculator);
		await expect(output).not.toHaveText(before!);
		await expect(output).toHaveText(/\d/);
	}
}

/** Makes a guess with the keyboard only, then reveals it with Enter. */
async function predictByKeyboard(page: Page, box: Locator, t: (typeof text)[Locale]) {
	const reveal = box.getByRole('button', { name: t.reveal });
	await expect(reveal).toBeDisabled();
	const radios = box.getByRole('radio');
	if ((await radios.count()) > 0) {
		await radios.first().focus();
		await page.keyboard.press('Space');
		await expect(radios.first()).toBeChecked();
		await page.keyboard.press('ArrowDown');
		await expect(radios.nth(1)).toBeChecked();
	} else {
		const field = box.getByRole('textbox');
		await field.focus();
		await page.keyboard.type('abc');
		await expect(box.getByText(t.notNumber)).toBeVisible();
		await expect(reveal).toBeDisabled();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('1000');
	}
	await expect(reveal).toBeEnabled();
	await page.keyboard.press('Tab');
	await expect(reveal).toBeFocused();
	await page.keyboard.press('Enter');
	const answer = box.getByText(t.answer, { exact: true });
	await expect(answer).toBeVisible();
	await expect(answer.locator('xpath=ancestor::div[contains(@class,"answer")]')).toBeFocused();
	await expect(box).toContainText(/\d|[A-Za-z\u4e00-\u9fff]/);
}

for (const locale of Object.keys(text) as Locale[]) {
	const t = text[locale];
	for (const slug of slugs) {
		test(`${slug} (${locale}) renders and its interactive parts work`, async ({
			page,
			problems
		}) => {
			await page.goto(`/${locale}/learn/${slug}/`);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.getByRole('heading', { name: t.objectives })).toBeVisible();
			await expect(page.getByRole('heading', { name: t.summary, exact: true })).toBeVisible();

			// Glossary links point at this locale's glossary, and the body never shows NaN.
			const terms = page.locator('article a.term');
			expect(await terms.count()).toBeGreaterThan(0);
			for (const href of await terms.evaluateAll((links) =>
				links.map((a) => a.getAttribute('href'))
			)) {
				expect(href).toMatch(new RegExp(`^/${locale}/glossary/#[a-z0-9-]+$`));
			}
			const body = await page.locator('article').innerText();
			expect(body).not.toMatch(/NaN|Infinity|undefined/);
			expect(body).not.toMatch(leaks);
			const references = page.getByRole('region', { name: t.references, exact: true });
			await expect(references.getByRole('listitem').first()).toBeVisible();
			expect(await references.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);

			// Predictions first: a calculator that would give an answer away sits inside its reveal.
			const predictions = page.getByRole('region', { name: t.predict });
			expect(await predictions.count()).toBeGreaterThan(0);
			for (let k = 0; k < (await predictions.count()); k++) {
				await predictByKeyboard(page, predictions.nth(k), t);
			}

			await checkCalculators(page);

			if (locale === 'zh') {
				// The article's own prose (calculators format their own numbers), reveals included.
				const prose = await page.locator('article').evaluate((article) => {
					const copy = article.cloneNode(true) as HTMLElement;
					copy.querySelectorAll('section.calculator').forEach((c) => c.remove());
					// text node by text node, so that table cells do not run together
					const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
					const parts: string[] = [];
					while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
					return parts.join(' ');
				});
				expect(largeAmount(prose), 'amounts of 10,000 and more in 万/亿').toBeUndefined();
				expect(prose).not.toMatch(/US\$|\b(CNY|USD|EUR|RMB)\b/);
			}

			const selfCheck = page.getByRole('region', { name: t.selfCheck });
			const questions = selfCheck.locator('details');
			expect(await questions.count()).toBeGreaterThanOrEqual(3);
			const first = questions.first();
			await first.locator('summary').focus();
			await page.keyboard.press('Enter');
			await expect(first).toHaveAttribute('open', '');
			await expect(first.locator('.answer')).toBeVisible();
			await questions.nth(1).locator('summary').click();
			await expect(questions.nth(1).locator('.answer')).toBeVisible();

			expect(problems).toEqual([]);
		});
	}

	for (const slug of slugs) {
		test(`${slug} (${locale}): no prediction's answer shows before its reveal`, async ({
			page,
			problems
		}) => {
			await page.goto(`/${locale}/learn/${slug}/`);
			await scrollThrough(page);
			const boxes = page.locator('section.predict[data-answer-figures]');
			const count = await boxes.count();
			expect(count).toBeGreaterThan(0);
			const figures: string[][] = [];
			for (let k = 0; k < count; k++) {
				const listed = JSON.parse((await boxes.nth(k).getAttribute('data-answer-figures'))!);
				expect(listed.length, `prediction ${k + 1} lists its answer's figures`).toBeGreaterThan(0);
				figures.push(listed);
			}
			const before = await visibleText(page);
			for (const [k, listed] of figures.entries())
				for (const figure of listed)
					expect(
						showsFigure(before, figure),
						`prediction ${k + 1}: ${figure} before the reveal`
					).toBe(false);
			for (let k = 0; k < count; k++) {
				const box = boxes.nth(k);
				const radios = box.getByRole('radio');
				if ((await radios.count()) > 0) await radios.first().check();
				else await box.getByRole('textbox').fill('1000');
				await box.getByRole('button', { name: t.reveal }).click();
				const shown = await box.innerText();
				for (const figure of figures[k]!)
					expect(
						showsFigure(shown, figure),
						`prediction ${k + 1}: ${figure} after the reveal`
					).toBe(true);
			}
			expect(problems).toEqual([]);
		});
	}

	test(`a glossary link from an article lands on its entry (${locale})`, async ({
		page,
		problems
	}) => {
		await page.goto(`/${locale}/learn/what-is-clv/`);
		const link = page.locator('article a.term').first();
		const href = (await link.getAttribute('href'))!;
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${href}$`));
		// Scrolled to: the glossary's list is drawn at once after a client-side navigation.
		const entry = page.locator(`[id="${href.split('#')[1]}"]`);
		await expect(entry).toBeInViewport();
		// And back where the reader was on Back, and on the entry again on Forward.
		await page.goBack();
		await expect(link).toBeInViewport();
		await page.goForward();
		await expect(entry).toBeInViewport();
		expect(problems).toEqual([]);
	});
}
