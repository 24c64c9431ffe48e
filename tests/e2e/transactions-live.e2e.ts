/**
 * The transactions page's analysis code (the session and its worker runner, the status, the page's
 * actions: `LiveStatus.svelte`, `live.ts`) is not part of its first load: nothing needs it before
 * the reader gives data. It comes when the browser is idle after load; the reader's first action (the example,
 * a file, a paste) made before it arrived waits for it, shows that it is under way where the page
 * always did (the example button), never a blank or NaN, and is carried out when it comes.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { holdBack, comesOnceLive } from './hold-back';
import { expectNoBrokenNumbers, output } from './helpers';
import { sourceFile } from './loading';

const pages = {
	en: {
		path: '/en/calculate/transactions/',
		example: 'Load the CDNOW example',
		loading: 'Loading the example…',
		file: 'Choose a CSV or TSV file',
		paste: 'Or paste a table',
		analysePaste: 'Analyse the pasted table',
		pasteEmpty: 'Paste a table first.',
		headline: 'CLV of these customers over the next 52 weeks',
		empty: 'No data yet',
		showing: 'Showing: small.csv.'
	},
	zh: {
		path: '/zh/calculate/transactions/',
		example: '载入 CDNOW 示例',
		loading: '正在载入示例……',
		file: '选择 CSV 或 TSV 文件',
		paste: '或者粘贴一张表',
		analysePaste: '分析粘贴的表格',
		pasteEmpty: '请先粘贴一张表。',
		headline: '这些客户未来 52 周的客户终身价值',
		empty: '尚无数据',
		showing: '当前显示：small.csv。'
	}
} as const;

const liveFile = () => sourceFile('src/lib/calculators/transactions/LiveStatus.svelte');

/** Holds the analysis code back until `release()`; `asked()` says whether the page asked for it. */
const holdLive = (page: Page) => holdBack(page, liveFile());

/**
 * A small log of one's own (as `ownLog` in transactions.e2e.ts, without its refund): 60 customers
 * over 2024, each buying at their own pace until they stop.
 */
function smallLog(): string {
	const lines = ['customer_id,date,amount'];
	const day = (offset: number) =>
		new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
	for (let c = 1; c <= 60; c++) {
		const gap = 9 + ((c * 7) % 40);
		const end = Math.min(364, 60 + ((c * 53) % 320));
		for (let d = c * 2, k = 0; d < end; d += gap, k++)
			lines.push(`C${c},${day(d)},${800 + ((c * 37 + k * 11) % 900)}.50`);
	}
	return lines.join('\n');
}

for (const locale of ['en', 'zh'] as const) {
	const c = pages[locale];
	test.describe(`transactions analysis code on demand (${locale})`, () => {
		test('the analysis code is not in the first load, and comes once the page is live', async ({
			page,
			problems
		}) => {
			await comesOnceLive(page, c.path, liveFile(), async () => {
				await expect(output(page, c.headline)).toContainText(c.empty);
			});
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'the example asked for before the code came says it is loading, then is analysed',
			async ({ page, problems }) => {
				test.setTimeout(120_000);
				const live = await holdLive(page);
				await page.goto(c.path);
				await expect.poll(live.asked).toBe(true);
				const button = page.getByRole('button', { name: c.example });
				await button.click();
				// the code is still on its way: the button says the example is coming, the headline waits
				await expect(page.getByRole('button', { name: c.loading })).toBeDisabled();
				await expect(output(page, c.headline)).toContainText(c.empty);
				await expectNoBrokenNumbers(page);
				live.release();
				await expect(output(page, c.headline)).toHaveText(/\$[\d,]+/, { timeout: 60_000 });
				await expect(button).toBeEnabled();
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'a file chosen and an empty paste made before the code came are handled when it comes',
			async ({ page, problems }) => {
				test.setTimeout(120_000);
				const live = await holdLive(page);
				await page.goto(c.path);
				await expect.poll(live.asked).toBe(true);
				await page.locator('summary', { hasText: c.paste }).click();
				await page.getByRole('button', { name: c.analysePaste }).click();
				await page.getByLabel(c.file).setInputFiles({
					name: 'small.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from(smallLog(), 'utf-8')
				});
				await expect(output(page, c.headline)).toContainText(c.empty);
				await expectNoBrokenNumbers(page);
				live.release();
				// the paste came first: its problem shows, then the file's analysis replaces it
				await expect(page.getByText(c.showing)).toBeVisible({ timeout: 60_000 });
				await expect(output(page, c.headline)).toHaveText(/\d/);
				await expect(page.getByRole('alert').filter({ hasText: c.pasteEmpty })).toHaveCount(0);
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'an empty paste before the code came is named when it comes',
			async ({ page, problems }) => {
				const live = await holdLive(page);
				await page.goto(c.path);
				await expect.poll(live.asked).toBe(true);
				await page.locator('summary', { hasText: c.paste }).click();
				await page.getByRole('button', { name: c.analysePaste }).click();
				live.release();
				await expect(page.getByRole('alert').filter({ hasText: c.pasteEmpty })).toBeVisible();
				await expect(output(page, c.headline)).toContainText(c.empty);
				expect(problems).toEqual([]);
			}
		);
	});
}
