/**
 * The subscription-retention page as a reader uses it, in both languages: paste a cohort table, see
 * it fitted and valued as the model says; every kind of bad paste named with its cell in the
 * page's language while the last valid result stays; a tampered link; two tables compared; a saved
 * scenario (with a table too large for a link) surviving a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { analyzeRetention } from '../../src/lib/model/sbg';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { expectNoBrokenNumbers, output, tamperedLinks } from './helpers';

/** What each locale's page says, as a reader sees it. */
const pages = {
	en: {
		path: '/en/calculate/subscription/',
		result: 'Value of a new customer (CLV)',
		box: 'Cohort table, pasted from a spreadsheet',
		holdout: 'Last years held back to check the projection',
		margin: 'Margin per customer per year',
		read: (cohorts: number, years: number) => `Read: ${cohorts} cohorts, up to ${years} years old.`,
		invalid: 'The table could not be read, so the results still show the last table that could.',
		examples: { high: 'Fader & Hardie: high-end customers' },
		bad: {
			rising: 'Row 3, column 4 (cohort Feb, period 2): 95 is more than the 80 a period earlier',
			negative: 'Row 2, column 3 (cohort Jan, period 1): -5 is below zero',
			fractional:
				'Row 2, column 3 (cohort Jan, period 1): 800.5 is not a whole number of customers',
			above100: 'Row 2, column 3 (cohort Jan, period 1): 105% is above 100%',
			text: 'Row 3, column 3 (cohort Feb, period 1): “abc” is not a number.',
			single: 'Every cohort has only its starting count',
			retained: 'Nobody left in any cohort',
			lost: 'Everybody left in the first period',
			huge: 'That paste is too long to read (more than 2,000,000 characters'
		},
		saved: 'Saved scenarios',
		name: 'Name',
		save: 'Save current scenario',
		open: (n: string) => `Open “${n}”`,
		compare: 'Compare A and B',
		scenarioB: 'Scenario B',
		differs: 'differs',
		stored: 'It is saved in this browser',
		showTable: 'Show the table as numbers',
		heatMap: 'The table as read',
		tip: 'Cohort Feb, period 3: 172 (43%)',
		tipEdited: 'Cohort Feb, period 3: 100 (25%)'
	},
	zh: {
		path: '/zh/calculate/subscription/',
		result: '一位新客户的价值（CLV）',
		box: '同期群表（从电子表格粘贴）',
		holdout: '留作检验的最后几期（年）',
		margin: '每位客户每年毛利',
		read: (cohorts: number, years: number) => `已读取：${cohorts} 个同期群，最长 ${years} 年。`,
		invalid: '这张表无法读取，下方结果仍按上一张能读取的表显示。',
		examples: { high: 'Fader 与 Hardie：高端客户' },
		bad: {
			rising: '第 3 行第 4 列（同期群 Feb，第 2 期）：95 比上一期的 80 还多',
			negative: '第 2 行第 3 列（同期群 Jan，第 1 期）：-5 小于零',
			fractional: '第 2 行第 3 列（同期群 Jan，第 1 期）：800.5 不是整数个客户',
			above100: '第 2 行第 3 列（同期群 Jan，第 1 期）：105% 超过了 100%',
			text: '第 3 行第 3 列（同期群 Feb，第 1 期）：“abc”不是数字。',
			single: '每个同期群都只有期初人数',
			retained: '没有一个同期群有人流失',
			lost: '所有人都在第一期就离开了',
			huge: '粘贴的内容太长，无法读取（超过 2,000,000 个字符'
		},
		saved: '已保存的场景',
		name: '名称',
		save: '保存当前场景',
		open: (n: string) => `打开 “${n}”`,
		compare: '对比 A 与 B',
		scenarioB: '场景 B',
		differs: '有差异',
		stored: '表已保存在这个浏览器里',
		showTable: '以数字表格查看',
		heatMap: '读取结果',
		tip: '同期群 Feb，第 3 期：172（43%）',
		tipEdited: '同期群 Feb，第 3 期：100（25%）'
	}
} as const;

/** A spreadsheet paste: a header of period numbers, a label column, the usual triangle. */
const TABLE = [
	'cohort\t0\t1\t2\t3\t4',
	'Jan\t500\t310\t240\t205\t180',
	'Feb\t400\t260\t200\t172',
	'Mar\t450\t280\t215',
	'Apr\t380\t240'
].join('\n');
const COUNTS = [
	[500, 310, 240, 205, 180],
	[400, 260, 200, 172],
	[450, 280, 215],
	[380, 240]
];

/** The same settings the page shows for its default example (margin 100, cost 100, 10% a year). */
const analysis = (margin: number) => {
	const a = analyzeRetention({
		counts: COUNTS,
		holdout: 0,
		horizon: 36,
		renewals: 7,
		settings: { margin, acquisitionCost: 100, annualDiscountRate: 0.1, unit: 'year' }
	});
	if (a.kind !== 'fitted' || a.newCustomer.kind !== 'finite') throw new Error('test table unfit');
	return { ...a, clv: a.newCustomer.value };
};

/** The amount an output or cell shows, read back as a number ("$269.49", "269.49 美元"). */
const amountOf = async (locator: Locator) =>
	Number((await locator.innerText()).replace(/[^\d.−-]/g, '').replace('−', '-'));

const box = (page: Page, c: (typeof pages)['en' | 'zh']) =>
	page.getByRole('textbox', { name: c.box, exact: true });

/** Bad pastes: the text, and which message names the problem. */
const badPastes: readonly (readonly [keyof (typeof pages)['en']['bad'], string])[] = [
	['rising', 'cohort\t0\t1\t2\nJan\t100\t80\t60\nFeb\t100\t80\t95'],
	['negative', 'cohort\t0\t1\t2\nJan\t100\t-5\nFeb\t100\t80\t60'],
	['fractional', 'cohort\t0\t1\t2\nJan\t1000\t800.5\t600\nFeb\t1000\t700'],
	['above100', 'cohort\t0\t1\t2\nJan\t100%\t105%\t90%\nFeb\t100%\t70%'],
	['text', 'cohort\t0\t1\t2\nJan\t100\t80\t60\nFeb\t100\tabc'],
	['single', 'cohort\t0\t1\nJan\t100\nFeb\t200'],
	['retained', 'Jan\t100\t100\t100\nFeb\t200\t200'],
	['lost', 'Jan\t100\t0\t0\nFeb\t200\t0']
];

for (const locale of ['en', 'zh'] as const) {
	const c = pages[locale];
	test.describe(`subscription calculator (${locale})`, () => {
		test('paste a table → it is read, fitted and valued as the model says', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			const clv = output(page, c.result);
			await expect(clv).toHaveText(/\d/);
			await page.getByRole('textbox', { name: c.holdout, exact: true }).fill('0');
			await box(page, c).fill(TABLE);
			await expect(page.getByText(c.read(4, 4))).toBeVisible();
			const expected = analysis(100);
			await expect.poll(() => amountOf(clv)).toBeCloseTo(expected.clv, 1);
			// the fit: α in the estimates table, always to four decimals (so the column lines up), its
			// standard error and interval too
			const alphaRow = page
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: 'α' }) });
			const alphaCells = alphaRow.first().getByRole('cell');
			await expect(alphaCells.first()).toHaveText(expected.fit.alpha.value.toFixed(4));
			await expect(alphaCells.nth(1)).toHaveText(/^\d+\.\d{4}$/);
			await expect(alphaCells.nth(2)).toHaveText(/^\d+\.\d{4} – \d+\.\d{4}$/);
			// the heat map shows what was read: the Feb row, period 3 (in the map's table)
			await page.locator('main summary').filter({ hasText: c.showTable }).click();
			await expect(page.getByRole('table').filter({ hasText: 'Feb' }).first()).toContainText('172');
			// value: doubling the margin doubles CLV before the acquisition cost
			await page.getByRole('textbox', { name: c.margin, exact: true }).fill('200');
			await expect.poll(() => amountOf(clv)).toBeCloseTo(analysis(200).clv, 1);
			await expectNoBrokenNumbers(page);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'the heat map: drawn on a canvas, its numbers in a table, an edit repaints the cell',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await page.getByRole('textbox', { name: c.holdout, exact: true }).fill('0');
				await box(page, c).fill(TABLE);
				await expect(page.getByText(c.read(4, 4))).toBeVisible();
				const canvas = page.locator('main canvas.heat-canvas');
				await expect(canvas).toHaveAttribute('data-drawn', '');
				await expect(page.getByRole('img', { name: c.heatMap })).toBeVisible();

				// the table alternative, opened from the keyboard, holds every number as read
				const summary = page.locator('main summary').filter({ hasText: c.showTable });
				await summary.focus();
				await page.keyboard.press('Enter');
				const table = page.getByRole('table').filter({ hasText: 'Feb' }).first();
				await expect(table).toBeVisible();
				for (const [i, label] of ['Jan', 'Feb', 'Mar', 'Apr'].entries()) {
					const row = table
						.getByRole('row')
						.filter({ has: page.getByRole('rowheader', { name: label }) });
					const cells = row.getByRole('cell');
					for (const [k, n] of COUNTS[i]!.entries())
						await expect(cells.nth(k)).toHaveText(String(n));
				}

				/** A cell's colour on the canvas (just inside its corner, clear of its number). */
				const pixel = (row: number, column: number) =>
					canvas.evaluate(
						(el: HTMLCanvasElement, [row, column]) => {
							const [left, top, width, height, gap] = el.dataset.grid!.split(' ').map(Number);
							const ratio = el.width / el.getBoundingClientRect().width;
							const x = (left! + column! * (width! + gap!) + 2) * ratio;
							const y = (top! + row! * (height! + gap!) + 2) * ratio;
							return [...el.getContext('2d')!.getImageData(x, y, 1, 1).data];
						},
						[row, column]
					);
				/** Points at a cell, as a reader with a mouse does. */
				const pointAt = async (row: number, column: number) => {
					const [left, top, width, height, gap] = (await canvas.getAttribute('data-grid'))!
						.split(' ')
						.map(Number);
					await canvas.hover({
						position: {
							x: left! + column * (width! + gap!) + width! / 2,
							y: top! + row * (height! + gap!) + height! / 2
						}
					});
				};
				const feb3 = await pixel(1, 3);
				const jan1 = await pixel(0, 1);
				expect(feb3[3]).toBe(255); // the cell is painted
				await pointAt(1, 3);
				await expect(page.locator('main .tip')).toHaveText(c.tip);

				// Feb, period 3: 172 → 100 customers; that cell gets lighter, the others stay
				await box(page, c).fill(TABLE.replace('\t172', '\t100'));
				await expect(table).toContainText('100');
				await expect.poll(() => pixel(1, 3)).not.toEqual(feb3);
				const after = await pixel(1, 3);
				expect(after[0]! + after[1]! + after[2]!).toBeGreaterThan(feb3[0]! + feb3[1]! + feb3[2]!);
				expect(await pixel(0, 1)).toEqual(jan1);
				await pointAt(1, 3);
				await expect(page.locator('main .tip')).toHaveText(c.tipEdited);
				expect(problems).toEqual([]);
			}
		);

		test('each bad paste is named with its cell; the last valid result stays', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			const clv = output(page, c.result);
			await expect(clv).toHaveText(/\d/);
			const before = await clv.textContent();
			for (const [kind, text] of badPastes) {
				await box(page, c).fill(text);
				const alert = page.getByRole('alert').filter({ hasText: c.invalid });
				await expect(alert, kind).toContainText(c.bad[kind]);
				await expect(box(page, c)).toHaveAttribute('aria-invalid', 'true');
				await expect(clv, kind).toHaveText(before!);
				await expectNoBrokenNumbers(page);
			}
			// a 10 MB paste: refused at once, nothing else changes
			await box(page, c).evaluate((area: HTMLTextAreaElement) => {
				area.value = ('1000\t900\t'.repeat(30) + '\n').repeat(33_000);
				area.dispatchEvent(new Event('input', { bubbles: true }));
			});
			await expect(page.getByRole('alert').filter({ hasText: c.invalid })).toContainText(
				c.bad.huge
			);
			await expect(box(page, c)).toHaveValue('');
			await expect(clv).toHaveText(before!);
			await expectNoBrokenNumbers(page);
			// fixing the paste brings results back
			await page.getByRole('textbox', { name: c.holdout, exact: true }).fill('0');
			await box(page, c).fill(TABLE);
			await expect.poll(() => amountOf(clv)).toBeCloseTo(analysis(100).clv, 1);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'a tampered or outdated link loads the defaults with a notice',
			async ({ page, problems }) => {
				await tamperedLinks(page, locale, c.path, 'margin', ['v=1&table=1000~x~3']);
				await expect(output(page, c.result)).toHaveText(/\d/);
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')('compare two tables side by side', async ({ page, problems }) => {
			await page.goto(c.path);
			await expect(output(page, c.result)).toHaveText(/\d/);
			await page.getByRole('button', { name: c.saved }).click();
			await page.getByRole('textbox', { name: c.name, exact: true }).fill('Regular');
			await page.getByRole('button', { name: c.save }).click();
			const before = await output(page, c.result).textContent();
			await page.getByRole('button', { name: c.examples.high, exact: true }).click();
			await expect(output(page, c.result)).not.toHaveText(before!);
			await page.getByRole('button', { name: c.compare }).click();
			await expect(page.getByRole('combobox', { name: c.scenarioB })).toHaveValue('Regular');
			const row = page
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: c.result }) });
			await expect(row).toContainText(c.differs);
			await expectNoBrokenNumbers(page);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'a saved scenario with a table too large for a link survives a reload',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await page.getByRole('textbox', { name: c.holdout, exact: true }).fill('0');
				// 40 monthly cohorts, the oldest followed for 40 periods: too many cells for a link
				const rows = Array.from({ length: 40 }, (_, i) => {
					const cells = Array.from({ length: 41 - i }, (_, t) =>
						Math.round(1000 * Math.pow(0.93, t) * (1 + t * 0.004 * (i % 3)))
					);
					return `C${i + 1}\t${cells.join('\t')}`;
				});
				await box(page, c).fill(rows.join('\n'));
				await expect(page.getByText(c.read(40, 40))).toBeVisible();
				await expect(page.getByText(c.stored)).toBeVisible();
				const value = await output(page, c.result).textContent();
				await page.getByRole('button', { name: c.saved }).click();
				await page.getByRole('textbox', { name: c.name, exact: true }).fill('Big table');
				await page.getByRole('button', { name: c.save }).click();
				await page.goto(c.path);
				await expect(output(page, c.result)).not.toHaveText(value!);
				await page.getByRole('button', { name: c.saved }).click();
				await page.getByRole('button', { name: c.open('Big table') }).click();
				await expect(page.getByText(c.read(40, 40))).toBeVisible();
				await expect(output(page, c.result)).toHaveText(value!);
				// and the address of the page, once it names the stored table, opens it after a reload
				await expect(page).toHaveURL(/[?&]table=(%40|@)/);
				await page.reload();
				await expect(page.getByText(c.read(40, 40))).toBeVisible();
				await expect(output(page, c.result)).toHaveText(value!);
				expect(problems).toEqual([]);
			}
		);
	});
}
