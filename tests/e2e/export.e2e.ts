import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ready = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });

const locales = {
	en: {
		path: '/en/calculate/clv/',
		article: '/en/learn/what-is-clv/',
		csv: 'Download CSV',
		png: 'Download PNG',
		header: 'Cumulative discounted margin',
		label: 'year'
	},
	zh: {
		path: '/zh/calculate/clv/',
		article: '/zh/learn/what-is-clv/',
		csv: '下载 CSV 数据',
		png: '下载 PNG 图片',
		header: '累计折现利润',
		label: '月'
	}
} as const;

for (const [locale, c] of Object.entries(locales)) {
	test.describe(`export and print (${locale})`, () => {
		test('a chart downloads as CSV with a BOM and localized headers, and as PNG', async ({
			page,
			problems
		}, info) => {
			await page.goto(c.path);
			await ready(page);
			const figure = page.locator('figure').first();
			await figure.scrollIntoViewIfNeeded();
			const title = (await figure.locator('figcaption').textContent())!.trim();

			let downloading = page.waitForEvent('download');
			await figure.getByRole('button', { name: new RegExp(`^${c.csv}`) }).click();
			let download = await downloading;
			expect(download.suggestedFilename()).toMatch(/^clv-lab_clv_.+\.csv$/);
			expect(download.suggestedFilename()).toContain(title.split(/\s/)[0]!);
			const csvPath = info.outputPath('chart.csv');
			await download.saveAs(csvPath);
			const csv = readFileSync(csvPath);
			expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const text = csv.toString('utf8').slice(1);
			const [header, first] = text.split('\r\n');
			expect(header).toContain(c.header);
			expect(header!.toLowerCase()).toContain(c.label);
			expect(first).toMatch(/^\d+,-?[\d.]+/);

			downloading = page.waitForEvent('download');
			await figure.getByRole('button', { name: new RegExp(`^${c.png}`) }).click();
			download = await downloading;
			expect(download.suggestedFilename()).toMatch(/^clv-lab_clv_.+\.png$/);
			const pngPath = info.outputPath('chart.png');
			await download.saveAs(pngPath);
			expect([...readFileSync(pngPath).subarray(0, 8)]).toEqual([
				0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a
			]);
			expect(problems).toEqual([]);
		});

		test('printing a calculator leaves content only, inputs as values', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			await ready(page);
			await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('banner')).toBeHidden();
			await expect(page.getByRole('contentinfo')).toBeHidden();
			await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
			await expect(page.getByRole('slider').filter({ visible: true })).toHaveCount(0);
			const field = page.getByRole('textbox').first();
			await expect(field).toBeVisible();
			expect(await field.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
			await expect(page.locator('figure canvas').first()).toBeVisible();
			// Every disclosure is open for the handout, the chart tables included.
			expect(await page.locator('main details:not([open])').count()).toBe(0);
			await expect(page.locator('figure table').first()).toBeVisible();
			await page.emulateMedia({ media: 'screen' });
			await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
			await expect(page.locator('figure details').first()).not.toHaveAttribute('open', '');
			expect(problems).toEqual([]);
		});

		test('printing an article hides the site chrome and the Present button', async ({
			page,
			problems
		}) => {
			await page.goto(c.article);
			await ready(page);
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('banner')).toBeHidden();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
			expect(problems).toEqual([]);
		});
	});
}
