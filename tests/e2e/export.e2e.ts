import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readPngText } from '../../src/lib/charts/png-text';
import { expect, test } from './fixtures';
import { testIn } from './locales';

/** Width and height from a PNG's header chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

/** RFC 4180 fields of a CSV text (quotes, doubled quotes and line breaks inside quotes). */
function csvCells(text: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted && char === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (char === '"') quoted = !quoted;
		else if (!quoted && (char === ',' || char === '\n')) {
			cells.push(cell);
			cell = '';
		} else if (quoted || char !== '\r') cell += char;
	}
	return cells;
}

const ready = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });

const locales = {
	en: {
		path: '/en/calculate/clv/',
		article: '/en/learn/what-is-clv/',
		csv: 'Download CSV',
		png: 'Download PNG',
		header: 'Cumulative discounted margin',
		label: 'year',
		spendInput: /Spend per year: \$[\d,.]+/,
		unitInput: 'Time unit: year;',
		saved: 'Saved scenarios',
		name: 'Name',
		save: 'Save current scenario',
		compare: 'Compare A and B'
	},
	zh: {
		path: '/zh/calculate/clv/',
		article: '/zh/learn/what-is-clv/',
		csv: '下载 CSV 数据',
		png: '下载 PNG 图片',
		header: '累计折现利润',
		label: '月',
		spendInput: /每月消费额：¥[\d,.]+/,
		unitInput: '时间单位：月；',
		saved: '已保存的场景',
		name: '名称',
		save: '保存当前场景',
		compare: '对比 A 与 B'
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
			const png = readFileSync(pngPath);
			expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
			// A title above, the inputs, date and address below: taller and wider than the chart.
			const canvas = await figure
				.locator('canvas')
				.evaluate((el: HTMLCanvasElement) => [el.width, el.height]);
			const [width, height] = pngSize(png);
			expect(width).toBeGreaterThan(canvas[0]!);
			expect(height).toBeGreaterThan(canvas[1]! + 60);
			const meta = readPngText(new Uint8Array(png));
			expect(meta.Title).toBe(title);
			expect(meta.Description).toMatch(c.spendInput);
			// A select reads as its label and the chosen option, not every option.
			expect(meta.Description).toContain(c.unitInput);
			expect(meta.Source).toBe(page.url());
			expect(Date.now() - Date.parse(meta['Creation Time']!)).toBeLessThan(3_600_000);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'a scenario named like a formula is text in the CSV',
			async ({ page, problems }, info) => {
				const formula = '=HYPERLINK("https://example.com/x","Click me")';
				await page.goto(c.path);
				await ready(page);
				await page.getByRole('button', { name: c.saved }).click();
				await page.getByRole('textbox', { name: c.name, exact: true }).fill(formula);
				await page.getByRole('button', { name: c.save }).click();
				await page.getByRole('button', { name: c.compare }).click();
				const figure = page.getByRole('region').locator('figure').first();
				const downloading = page.waitForEvent('download');
				await figure.getByRole('button', { name: new RegExp(`^${c.csv}`) }).click();
				const path = info.outputPath('compare.csv');
				await (await downloading).saveAs(path);
				const cells = csvCells(readFileSync(path, 'utf8').slice(1));
				expect(cells.some((cell) => cell.includes(formula))).toBe(true);
				// Numbers (minus signs and all) are numbers; any other cell must not start like a formula.
				const number = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;
				const risky = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !number.test(cell));
				expect(risky).toEqual([]);

				// Its PNG says which scenarios it compares.
				const pngDownload = page.waitForEvent('download');
				await figure.getByRole('button', { name: new RegExp(`^${c.png}`) }).click();
				const pngPath = info.outputPath('compare.png');
				await (await pngDownload).saveAs(pngPath);
				expect(readPngText(new Uint8Array(readFileSync(pngPath))).Description).toContain(formula);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'printing a calculator leaves content only, inputs as values',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await ready(page);
				// A reader who has seen the chart (printing from the browser's menu cannot wait for a
				// chart not drawn yet: that one is left out, see print-menu.e2e.ts).
				const chart = page.locator('figure canvas').first();
				await chart.scrollIntoViewIfNeeded();
				await expect(chart).toHaveAttribute('data-drawn', '');
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
			}
		);

		testIn(locale, 'en')(
			'printing an article hides the site chrome and the Present button',
			async ({ page, problems }) => {
				await page.goto(c.article);
				await ready(page);
				await page.emulateMedia({ media: 'print' });
				await expect(page.getByRole('banner')).toBeHidden();
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
				expect(problems).toEqual([]);
			}
		);
	});
}
