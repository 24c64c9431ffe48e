/**
 * "Predict from your transactions", as a reader uses it, in both languages: the CDNOW example loads
 * and fits to the published parameters, the holdout verdict and the per-customer table show, the
 * table downloads; a file of one's own is read; the bad files the issue names each explain
 * themselves while the previous analysis stays; a tampered link loads the defaults with a notice;
 * on a phone in dark mode the page fits and passes axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { expectNoBrokenNumbers, output, tamperedLinks } from './helpers';
import { cutOffElements } from './layout';

const pages = {
	en: {
		path: '/en/calculate/transactions/',
		example: 'Load the CDNOW example',
		file: 'Choose a CSV or TSV file',
		headline: 'CLV of these customers over the next 52 weeks',
		empty: 'No data yet',
		parameters: 'Parameters, standard errors and log-likelihood',
		verdict: /^BG\/NBD under-predicts the holdout by 12(\.\d)?%/,
		customers: /^Customers \(2,357 of 2,357 shown\)$/,
		someCustomers: /^Customers \([\d,]+ of 2,357 shown\)$/,
		filter: 'Show',
		lapsed: 'Probably lapsed (P(alive) under 50%)',
		download: 'Download the table (CSV, every customer)',
		csvHeader: 'Customer,Repeat purchases x,Last purchase t_x,Age T,Average spend,P(alive)',
		read: (rows: number, customers: number) =>
			`A transaction log: UTF-8, separated by commas, decimal point. ${rows} rows: ${rows - 1} purchases (same-day purchases by one customer merged) by ${customers} customers.`,
		badRows: 'Rows left out',
		negative: 'The amount is negative (a refund or a correction?).',
		future: 'The date is in the future.',
		twoLeftOut: '2 rows could not be read and were left out.',
		unrecognised: /^No .+ column was recognised\./,
		role: { customer: 'Customer id', date: 'Date', amount: 'Amount' },
		column: (n: number, name: string) => `Column ${n}: ${name}`,
		readAgain: 'Read again with these columns',
		kept: 'The results below still show the previous analysis.',
		problems: {
			binary: 'This file is not a text table',
			empty: 'The file is empty.',
			headerOnly: 'The file has a header row but no data below it.',
			oneCustomer: 'The data has only one customer',
			oneTimeBuyers: 'bought a second time by the calibration end',
			noValidRows: 'No row could be read. The reasons are listed below.',
			tooLarge: 'This file is 200 MB; the limit here is 100 MB.'
		}
	},
	zh: {
		path: '/zh/calculate/transactions/',
		example: '载入 CDNOW 示例',
		file: '选择 CSV 或 TSV 文件',
		headline: '这些客户未来 52 周的客户终身价值',
		empty: '尚无数据',
		parameters: '参数、标准误与对数似然',
		verdict: /^BG\/NBD 把留出期低估了 12(\.\d)?%/,
		customers: /^客户（显示 2,357 位中的 2,357 位）$/,
		someCustomers: /^客户（显示 2,357 位中的 [\d,]+ 位）$/,
		filter: '显示',
		lapsed: '很可能已流失（P(alive) 低于 50%）',
		download: '下载整张表（CSV，全部客户）',
		csvHeader: '客户,重复购买次数 x,末次购买 t_x,客户年龄 T,平均消费,P(alive)',
		read: (rows: number, customers: number) =>
			`共 ${rows} 行：${customers} 位客户的 ${rows - 1} 笔购买`,
		badRows: '被跳过的行',
		negative: '金额是负数（是退款或冲正吗？）。',
		future: '日期在未来。',
		twoLeftOut: '有 2 行无法读取，已跳过。',
		unrecognised: /^没有认出“.+”这一列。/,
		role: { customer: '客户编号', date: '日期', amount: '金额' },
		column: (n: number, name: string) => `第 ${n} 列：${name}`,
		readAgain: '按这些列重新读取',
		kept: '下方结果仍是上一次的分析。',
		problems: {
			binary: '这个文件不是文本表格',
			empty: '文件是空的。',
			headerOnly: '文件只有表头，下面没有数据。',
			oneCustomer: '数据里只有一位客户',
			oneTimeBuyers: '没有一位回来买第二次',
			noValidRows: '没有一行能读出来，原因列在下面。',
			tooLarge: '这个文件有 200 MB，这里最多只能读取 100 MB。'
		}
	}
} as const;

/**
 * A small log of one's own, as a Chinese shop might export it: Chinese headers in an unusual order,
 * an extra column, compact dates (20240305), amounts with a currency sign and thousands separators.
 * 60 customers over 2024, each buying at their own pace until they stop; the last line is a refund
 * (a negative amount).
 */
function ownLog(): string {
	const lines = ['金额,备注,客户编号,日期'];
	const day = (offset: number) => {
		const date = new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000);
		return date.toISOString().slice(0, 10).replaceAll('-', '');
	};
	for (let c = 1; c <= 60; c++) {
		const gap = 9 + ((c * 7) % 40);
		const end = Math.min(364, 60 + ((c * 53) % 320));
		for (let d = c * 2, k = 0; d < end; d += gap, k++) {
			const amount = 800 + ((c * 37 + k * 11) % 900);
			lines.push(`"¥${amount.toLocaleString('en-US')}.50",门店,C${c},${day(d)}`);
		}
	}
	lines.push(`-¥120.00,退款,C1,${day(200)}`);
	return lines.join('\r\n');
}

const csv = (name: string, text: string | Buffer) => ({
	name,
	mimeType: 'text/csv',
	buffer: typeof text === 'string' ? Buffer.from(text, 'utf-8') : text
});

async function chooseFile(page: Page, locale: 'en' | 'zh', file: Parameters<typeof csv>) {
	await page.getByLabel(pages[locale].file).setInputFiles(csv(...file));
}

for (const locale of ['en', 'zh'] as const) {
	const c = pages[locale];
	test.describe(`predict from your transactions (${locale})`, () => {
		testIn(locale, 'en')(
			'the CDNOW example fits to the published parameters, checks the holdout and lists every customer',
			async ({ page, problems }) => {
				test.setTimeout(120_000);
				await page.goto(c.path);
				await expect(output(page, c.headline)).toContainText(c.empty);
				await page.getByRole('button', { name: c.example }).click();
				await expect(output(page, c.headline)).toHaveText(/\$[\d,]+/, { timeout: 60_000 });
				// BG/NBD r as Fader, Hardie & Lee (2005) report it: 0.2426
				const parameters = page.getByRole('table', { name: c.parameters });
				await expect(parameters.getByRole('row').nth(1)).toContainText('0.2426');
				await expect(parameters).toContainText('-9,582.43');
				await expect(page.getByRole('listitem').filter({ hasText: c.verdict })).toBeVisible();
				const customers = page.getByRole('table', { name: c.customers });
				await expect(customers.getByRole('row')).toHaveCount(26);
				// the lapsed filter keeps only customers under 50%
				await page
					.getByRole('combobox', { name: c.filter, exact: true })
					.selectOption({ label: c.lapsed });
				await expect(page.getByRole('table', { name: c.customers })).toHaveCount(0);
				const lapsed = page.getByRole('table', { name: c.someCustomers });
				const pAlive = lapsed.locator('tbody tr td:nth-child(6)');
				await expect(pAlive.first()).toBeVisible();
				for (const text of await pAlive.allTextContents())
					expect(parseFloat(text)).toBeLessThan(50);
				// the whole table downloads, one row per customer, headers in the page's language
				const downloading = page.waitForEvent('download', { timeout: 90_000 });
				await page.getByRole('button', { name: c.download }).click();
				const file = await (await downloading).path();
				const lines = readFileSync(file, 'utf8')
					.replace(/^\uFEFF/, '')
					.trim()
					.split(/\r\n/);
				expect(lines[0]).toContain(c.csvHeader);
				expect(lines).toHaveLength(2358);
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'a file of ones own is read (Chinese headers, compact dates, ¥ and separators), its bad row listed',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const log = ownLog();
				const rows = log.split('\r\n');
				const lines = rows.length;
				// the customer id is the second cell from the end (the amount is quoted, with a comma)
				const customers = new Set(rows.slice(1, -1).map((row) => row.split(',').at(-2))).size;
				await chooseFile(page, locale, ['shop.csv', log]);
				await expect(output(page, c.headline)).toHaveText(/[\d,]+/, { timeout: 60_000 });
				await expect(page.getByText(c.read(lines - 1, customers))).toBeVisible();
				const bad = page.getByRole('table', { name: c.badRows });
				await expect(bad.getByRole('row').nth(1)).toContainText(String(lines));
				await expect(bad.getByRole('row').nth(1)).toContainText(c.negative);
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'a file whose columns are not recognised asks which they are, then reads it with them',
			async ({ page, problems }) => {
				await page.goto(c.path);
				// the shop's log with headers the page cannot recognise: amount, note, customer, date
				const log = ownLog().replace(/^[^\r\n]*/, 'p,q,r,s');
				await chooseFile(page, locale, ['columns.csv', log]);
				const alert = page.getByRole('alert').filter({ hasText: c.unrecognised });
				await expect(alert).toBeVisible();
				await expect(output(page, c.headline)).toContainText(c.empty);
				const chosen = { customer: [3, 'r'], date: [4, 's'], amount: [1, 'p'] } as const;
				for (const [role, [n, name]] of Object.entries(chosen)) {
					await page
						.getByRole('combobox', { name: c.role[role as keyof typeof chosen], exact: true })
						.selectOption({ label: c.column(n, name) });
				}
				await page.getByRole('button', { name: c.readAgain }).click();
				await expect(output(page, c.headline)).toHaveText(/[\d,]+/, { timeout: 60_000 });
				await expect(alert).toHaveCount(0);
				await expectNoBrokenNumbers(page);
				expect(problems).toEqual([]);
			}
		);

		test('bad files each say what is wrong, in the page’s language, and the last analysis stays', async ({
			page,
			problems
		}) => {
			test.setTimeout(120_000);
			await page.goto(c.path);
			await chooseFile(page, locale, ['shop.csv', ownLog()]);
			const headline = output(page, c.headline);
			await expect(headline).toHaveText(/\d/, { timeout: 60_000 });
			const before = await headline.textContent();
			const future = new Date().getUTCFullYear() + 2;
			const cases: [string, string | Buffer, string][] = [
				[
					'garbage.csv',
					Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 255]),
					c.problems.binary
				],
				['empty.csv', '', c.problems.empty],
				['header.csv', 'customer_id,date,amount\r\n', c.problems.headerOnly],
				[
					'one.csv',
					'id,date,amount\nA,2024-01-02,10\nA,2024-02-03,12\nA,2024-03-04,9',
					c.problems.oneCustomer
				],
				[
					'once.csv',
					'id,date,amount\nA,2024-01-02,10\nB,2024-02-03,12\nC,2024-03-04,9\nD,2024-04-04,9',
					c.problems.oneTimeBuyers
				],
				[
					'future.csv',
					`id,date,amount\nA,${future}-01-02,10\nB,${future}-02-03,12`,
					c.problems.noValidRows
				],
				[
					'refunds.csv',
					'id,date,amount\nA,2024-01-02,-10\nB,2024-02-03,-12',
					c.problems.noValidRows
				]
			];
			for (const [name, content, message] of cases) {
				await chooseFile(page, locale, [name, content]);
				const alert = page.getByRole('alert').filter({ hasText: message });
				await expect(alert).toBeVisible({ timeout: 30_000 });
				await expect(alert).toContainText(c.kept);
				await expect(headline).toHaveText(before!);
				if (name === 'future.csv' || name === 'refunds.csv') {
					const reason = name === 'future.csv' ? c.future : c.negative;
					await expect(page.getByRole('table', { name: c.badRows }).first()).toContainText(reason);
					// nothing was analysed: the count of rows left out does not claim the rest were
					await expect(page.getByText(c.twoLeftOut, { exact: true })).toBeVisible();
				}
			}
			// 200 MB (a sparse file: the page refuses it by its size, before reading it)
			const big = join(tmpdir(), `clv-lab-200mb-${locale}.csv`);
			writeFileSync(big, 'customer_id,date,amount\n');
			truncateSync(big, 200 * 1024 * 1024);
			try {
				await page.getByLabel(c.file).setInputFiles(big);
				await expect(
					page.getByRole('alert').filter({ hasText: c.problems.tooLarge })
				).toBeVisible();
			} finally {
				rmSync(big);
			}
			await expect(headline).toHaveText(before!);
			await expectNoBrokenNumbers(page);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'a tampered or outdated link loads the defaults with a notice',
			async ({ page, problems }) => {
				await tamperedLinks(page, locale, c.path, 'horizon', ['v=1&horizon=52&margin=9']);
				const horizon = locale === 'en' ? 'Horizon (weeks)' : '预测时长（周）';
				await expect(page.getByRole('textbox', { name: horizon })).toHaveValue('52');
				expect(problems).toEqual([]);
			}
		);

		test('on a phone in dark mode the analysed page fits the screen and passes axe', async ({
			page,
			problems
		}) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width: 360, height: 800 });
			await page.emulateMedia({ colorScheme: 'dark' });
			const overflow = () =>
				page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
			await page.goto(c.path);
			await page.getByRole('button', { name: c.example }).click();
			await expect(output(page, c.headline)).toHaveText(/\$[\d,]+/, { timeout: 60_000 });
			await expect.poll(overflow).toBeLessThanOrEqual(0);
			expect(await cutOffElements(page)).toEqual([]);
			// every chart has its data as a table beside it
			const charts = await page.locator('main canvas').count();
			expect(charts).toBeGreaterThan(3);
			expect(await page.locator('main details table').count()).toBeGreaterThanOrEqual(charts);
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations.filter((v) =>
				['serious', 'critical'].includes(v.impact ?? '')
			);
			expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
			expect(problems).toEqual([]);
		});
	});
}
