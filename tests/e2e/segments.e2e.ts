import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
	classifySegments,
	DEFAULT_CUSTOMER_BASE,
	generateCustomerBase,
	paretoCurve,
	rfmScores,
	type SegmentId
} from '../../src/lib/model/segments';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { rejectsBadInput, tamperedLinks } from './helpers';
import { cutOffElements, paintedChartPixels } from './layout';

/** What each locale's page says, as a reader sees it. */
const pages = {
	en: {
		path: '/en/calculate/segments/',
		result: 'Share of profit from gold customers',
		table: 'The four segments in numbers (the text version of the plot)',
		gold: /^Gold/,
		pressure: /^Pressure/,
		total: /^All customers/,
		pressureShare: 'Share of loss-making customers',
		profitThreshold: 'Gold rather than stream: more per purchase than',
		count: 'Number of customers',
		own: 'Analyse your own customers (paste or open a CSV)',
		paste: 'Paste your table (CSV)',
		analyse: 'Analyse this table',
		file: 'Or open a CSV file',
		back: 'Back to the generated sample',
		report: 'Customers read: 5. Rows left out: 1.',
		badRows: 'Rows left out',
		badReason: 'The transactions cell is not a number.',
		badColumn: 'transactions',
		ownSource: 'Showing your own table: 5 customers.',
		lifetimesReport: 'Customers read: 6. No row was left out.',
		lifetimesRead: /^recency_days: T − recency, the time from the last purchase/,
		lifetimesBad: 'recency is larger than T',
		noRecency: 'RFM needs the days since each customer’s last purchase',
		scores: /of customers \(\d+\) score 555\./,
		pareto: (share: string) => `The top 20% of customers bring ${share} of profit.`,
		percent: (x: number) => `${(Math.round(x * 1000) / 10).toString()}%`,
		presets: 'Start from an example',
		pressureLine: 'Pressure: profit per purchase at or below',
		stopDiscounting: 'Stop discounting, but keep them',
		sortOut: 'Tell loss-makers from thin margins',
		letGo: 'Cut the cost to serve, or let them go',
		split: (losing: number, thin: number) =>
			`${losing} of them lose money or only break even on each purchase; ${thin} still make a little.`,
		download: 'Download each customer’s segment (CSV)',
		membershipHeader: 'Customer id,Segment,RFM code,Purchases,Total profit,Profit per purchase',
		segmentName: { gold: 'Gold', comet: 'Comet', stream: 'Stream', pressure: 'Pressure' },
		tooLong: 'Up to 2 million characters can be pasted here',
		decimalComma: 'numbers with a decimal comma',
		readWithPoint: 'Read the numbers with a decimal point instead',
		notText: 'This file is not a text table',
		openQuote: 'A quotation mark on line 3 is never closed',
		valueAsProfit: 'profit: the “monetary” column, since the table has no profit column.'
	},
	zh: {
		path: '/zh/calculate/segments/',
		result: '金子客户贡献的利润占比',
		table: '四类客户的具体数字（与散点图内容相同的文字版）',
		gold: /^金子客户/,
		pressure: /^压力客户/,
		total: /^全部客户/,
		pressureShare: '亏损客户占比',
		profitThreshold: '金子而非溪流：单次利润高于',
		count: '客户数',
		own: '分析你自己的客户（粘贴或打开 CSV）',
		paste: '粘贴你的表格（CSV）',
		analyse: '分析这张表',
		file: '或者打开一个 CSV 文件',
		back: '回到生成的示例客户',
		report: '读入 5 位客户，跳过 1 行。',
		badRows: '被跳过的行',
		badReason: '“交易次数”这一格不是数字。',
		badColumn: '交易次数',
		ownSource: '当前显示：你自己的表格，共 5 位客户。',
		lifetimesReport: '读入 6 位客户，没有跳过任何一行。',
		lifetimesRead: /^最近购买天数：T − recency，即最后一次购买到数据截止的时间/,
		lifetimesBad: 'recency 大于 T',
		noRecency: '计算 RFM 需要知道每位客户最近一次购买距今多少天',
		scores: /的客户（\d+ 位）得分为 555。/,
		pareto: (share: string) => `前 20% 的客户带来了 ${share} 的利润。`,
		percent: (x: number) => `${(Math.round(x * 1000) / 10).toString()}%`,
		presets: '从示例开始',
		pressureLine: '压力客户：单次利润不高于',
		stopDiscounting: '停止让利，但留住他们',
		sortOut: '分清亏损客户和薄利客户',
		letGo: '压低服务成本，或者放手',
		split: (losing: number, thin: number) =>
			`其中 ${losing} 位每次交易都亏钱或仅仅保本，${thin} 位仍有微利。`,
		download: '下载每位客户所属的类别（CSV）',
		membershipHeader: '客户编号,类别,RFM 组合,购买次数,利润合计,单次利润',
		segmentName: { gold: '金子客户', comet: '彗星客户', stream: '溪流客户', pressure: '压力客户' },
		tooLong: '这里最多可以粘贴 200 万个字符',
		decimalComma: '数字按小数逗号读取',
		readWithPoint: '改为按小数点读取数字',
		notText: '这不是文本表格',
		openQuote: '第 3 行的引号没有配对闭合',
		valueAsProfit: '利润：取自“monetary”列，因为表格没有利润列。'
	}
} as const;

/** A small table with a Chinese header; line 6 has letters where a count should be. */
const chineseCsv = ['编号,交易次数,利润', 'A1,12,960', 'A2,2,300', 'A3,15,150', 'A4,1,-20']
	.concat(['A5,x,10', 'A6,6,240'])
	.join('\n');

const result = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const segmentRow = (page: Page, table: string, name: RegExp) =>
	page.getByRole('table', { name: table }).getByRole('row', { name });

/** The sample's segment counts as the model computes them, for the given settings. */
function modelCounts(
	params: Partial<typeof DEFAULT_CUSTOMER_BASE>,
	profitThreshold?: number,
	pressureThreshold?: number
) {
	const base = generateCustomerBase({ ...DEFAULT_CUSTOMER_BASE, ...params }, 1);
	const quadrant = classifySegments(base.customers, { profitThreshold, pressureThreshold });
	return Object.fromEntries(quadrant.segments.map((s) => [s.segment, s.count])) as Record<
		SegmentId,
		number
	>;
}

/** The own-table panel, opened. */
async function openOwnTable(page: Page, c: (typeof pages)[keyof typeof pages]) {
	await page.getByText(c.own, { exact: true }).click();
	const box = page.getByRole('textbox', { name: c.paste });
	// The importer is a section island: the click brings its code (a synthetic paste reaches only
	// the awake component; a real one made earlier is replayed when it wakes).
	await expect(page.locator('.island', { has: box })).toHaveAttribute('data-island', 'awake');
	return box;
}

for (const locale of ['en', 'zh'] as const) {
	const c = pages[locale];
	test.describe(`segmentation calculator (${locale})`, () => {
		test('changing a parameter changes the segment table as the model says', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			const pressure = segmentRow(page, c.table, c.pressure);
			await expect(pressure).toContainText(String(modelCounts({}).pressure));
			const headline = await result(page, c.result).textContent();
			await page.getByRole('textbox', { name: c.pressureShare }).fill('30');
			const expected = modelCounts({ pressureShare: 0.3 });
			await expect(pressure.getByRole('cell').first()).toHaveText(String(expected.pressure));
			await expect(segmentRow(page, c.table, c.gold).getByRole('cell').first()).toHaveText(
				String(expected.gold)
			);
			await expect(result(page, c.result)).not.toHaveText(headline!);
			// a threshold the reader sets re-sorts the same customers
			await page.getByRole('textbox', { name: c.profitThreshold }).fill('100');
			const raised = modelCounts({ pressureShare: 0.3 }, 100);
			await expect(segmentRow(page, c.table, c.gold).getByRole('cell').first()).toHaveText(
				String(raised.gold)
			);
			expect(problems).toEqual([]);
		});

		test('states the 80/20 check in words', async ({ page, problems }) => {
			await page.goto(c.path);
			const curve = paretoCurve(generateCustomerBase(DEFAULT_CUSTOMER_BASE, 1).customers);
			if (curve.kind !== 'curve') throw new Error('no curve');
			await expect(page.getByText(c.pareto(c.percent(curve.topShare)))).toBeVisible();
			expect(problems).toEqual([]);
		});

		test('pasting a table reads it and lists the bad row by line and reason', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			await page.getByText(c.own, { exact: true }).click();
			await page.getByRole('textbox', { name: c.paste }).fill(chineseCsv);
			await page.getByRole('button', { name: c.analyse }).click();
			await expect(page.getByText(c.report)).toBeVisible();
			const bad = page.getByRole('table', { name: c.badRows });
			await expect(bad.getByRole('row')).toHaveCount(2);
			await expect(bad.getByRole('row').nth(1)).toHaveText(
				new RegExp(`^6\\s*${c.badColumn}\\s*${c.badReason}$`)
			);
			await expect(page.getByText(c.ownSource)).toBeVisible();
			await expect(segmentRow(page, c.table, c.total).getByRole('cell').first()).toHaveText('5');
			await expect(page.getByText(c.noRecency)).toBeVisible();
			// the pasted table never reaches the address bar
			expect(page.url()).not.toContain('A1');
			await page.getByRole('button', { name: c.back }).click();
			await expect(segmentRow(page, c.table, c.total).getByRole('cell').first()).toHaveText('500');
			expect(problems).toEqual([]);
		});

		test('on a phone in dark mode the page fits the screen and passes axe, before and after a table is read', async ({
			page,
			problems
		}) => {
			await page.setViewportSize({ width: 360, height: 800 });
			await page.emulateMedia({ colorScheme: 'dark' });
			const overflow = () =>
				page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
			await page.goto(c.path);
			await expect.poll(overflow).toBeLessThanOrEqual(0);
			expect(await cutOffElements(page)).toEqual([]);
			for (const count of await paintedChartPixels(page)) expect(count).toBeGreaterThan(1000);
			await page.getByText(c.own, { exact: true }).click();
			await page.getByRole('textbox', { name: c.paste }).fill(chineseCsv);
			await page.getByRole('button', { name: c.analyse }).click();
			await expect(page.getByText(c.report)).toBeVisible();
			await expect.poll(overflow).toBeLessThanOrEqual(0);
			expect(await cutOffElements(page)).toEqual([]);
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations.filter((v) =>
				['serious', 'critical'].includes(v.impact ?? '')
			);
			expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')('uploading a file works', async ({ page, problems }) => {
			await page.goto(c.path);
			await page.getByText(c.own, { exact: true }).click();
			const rows = ['id,transactions,profit,recency_days'];
			for (let i = 1; i <= 40; i++) rows.push(`U${i},${1 + (i % 9)},${(i % 7) * 35 - 20},${i * 3}`);
			await page.getByLabel(c.file).setInputFiles({
				name: 'customers.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(rows.join('\r\n'), 'utf-8')
			});
			await expect(segmentRow(page, c.table, c.total).getByRole('cell').first()).toHaveText('40');
			await expect(page.getByText(c.scores)).toBeVisible();
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')(
			'a lifetimes / BTYD summary is read in its layout and says how',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await page.getByText(c.own, { exact: true }).click();
				// the first six CDNOW customers (weeks); customer 1 bought last at week 30.43 of 38.86
				const summary = [
					'ID,frequency,recency,T,monetary_value',
					'1,2,30.43,38.86,22.35',
					'2,1,1.71,38.86,11.77',
					'3,0,0.0,38.86,0.0',
					'4,0,0.0,38.86,0.0',
					'5,0,0.0,38.86,0.0',
					'6,7,29.43,38.86,73.74'
				];
				const box = page.getByRole('textbox', { name: c.paste });
				await box.fill(summary.join('\n'));
				await page.getByRole('button', { name: c.analyse }).click();
				await expect(page.getByText(c.lifetimesReport)).toBeVisible();
				await expect(page.getByRole('listitem').filter({ hasText: c.lifetimesRead })).toBeVisible();
				await box.fill([...summary, '7,1,40,38.86,5'].join('\n'));
				await page.getByRole('button', { name: c.analyse }).click();
				const bad = page.getByRole('table', { name: c.badRows });
				await expect(bad.getByRole('row').nth(1)).toContainText('recency');
				await expect(bad.getByRole('row').nth(1)).toContainText(c.lifetimesBad);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'pressure is what the reader says it is: at or below a line, 0 to start, and the advice follows',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const pressure = segmentRow(page, c.table, c.pressure);
				// without loss-makers nobody is pressure, whatever the medians (issue 18)
				await page.getByRole('textbox', { name: c.pressureShare }).fill('0');
				await expect(pressure.getByRole('cell').first()).toHaveText('0');
				// a line above zero takes in thin-margin customers, who are to be kept
				await page.getByRole('textbox', { name: c.pressureLine }).fill('5');
				const thin = modelCounts({ pressureShare: 0 }, undefined, 5).pressure;
				expect(thin).toBeGreaterThan(0);
				await expect(pressure.getByRole('cell').first()).toHaveText(String(thin));
				await expect(pressure).toContainText(c.stopDiscounting);
				await expect(
					page.getByRole('listitem').filter({ hasText: c.stopDiscounting })
				).toBeVisible();
				// with loss-makers too, the advice tells the two kinds apart and counts them
				await page.getByRole('textbox', { name: c.pressureShare }).fill('10');
				const losing = modelCounts({}).pressure;
				const both = modelCounts({}, undefined, 5).pressure;
				await expect(pressure.getByRole('cell').first()).toHaveText(String(both));
				await expect(pressure).toContainText(c.sortOut);
				await expect(page.getByText(c.split(losing, both - losing))).toBeVisible();
				// the link carries what differs from the example it starts from
				await expect(page).toHaveURL(/[?&]pressureThreshold=5(&|$)/);
				// back at 0, pressure is the loss-makers, and they may be let go
				await page.getByRole('textbox', { name: c.pressureLine }).fill('0');
				await expect(pressure.getByRole('cell').first()).toHaveText(String(losing));
				await expect(pressure).toContainText(c.letGo);
				await expect(page).not.toHaveURL(/pressureThreshold=5/);
				expect(problems).toEqual([]);
			}
		);

		test('each customer’s segment and RFM code download as CSV, headers in the page’s language', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			const downloading = page.waitForEvent('download');
			await page.getByRole('button', { name: c.download }).click();
			const download = await downloading;
			expect(download.suggestedFilename()).toMatch(/^clv-lab_segments_.+\.csv$/);
			const text = readFileSync((await download.path())!, 'utf8');
			const lines = text.split('\r\n').filter(Boolean);
			expect(lines[0]).toBe('\uFEFF' + c.membershipHeader);
			expect(lines).toHaveLength(501);
			const { customers } = generateCustomerBase(DEFAULT_CUSTOMER_BASE, 1);
			const segments = classifySegments(customers).assignments;
			const rfm = rfmScores(customers);
			if (rfm.kind !== 'scores') throw new Error(rfm.kind);
			for (const i of [0, 17, 499]) {
				const [id, segment, code] = lines[i + 1]!.split(',');
				expect(id).toBe(customers[i]!.id);
				expect(segment).toBe(c.segmentName[segments[i]!]);
				expect(code).toBe(rfm.scores[i]!.code);
			}
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')(
			'a pasted million rows is refused at once with a message, and the page stays usable',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const box = await openOwnTable(page, c);
				// the clipboard holds 1,000,001 lines (about 18 MB); paste them into the box
				await box.evaluate((textarea) => {
					const data = new DataTransfer();
					const row = 'C000001,3,120.5,14\n';
					data.setData(
						'text/plain',
						'id,transactions,profit,recency_days\n' + row.repeat(1_000_000)
					);
					textarea.dispatchEvent(
						new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
					);
				});
				await expect(page.getByRole('status').filter({ hasText: c.tooLong })).toBeVisible();
				await expect(box).toHaveValue('');
				// the sample still answers its inputs
				await page.getByRole('textbox', { name: c.pressureShare }).fill('30');
				const expected = modelCounts({ pressureShare: 0.3 });
				const pressure = segmentRow(page, c.table, c.pressure);
				await expect(pressure.getByRole('cell').first()).toHaveText(String(expected.pressure));
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'semicolons with decimal commas are read as such, the convention is stated and can be switched',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const box = await openOwnTable(page, c);
				await box.fill('id;transactions;profit\nA;3;2,5\nB;2;1.234\nC;1;-3');
				await page.getByRole('button', { name: c.analyse }).click();
				const total = segmentRow(page, c.table, c.total).getByRole('cell');
				await expect(total.first()).toHaveText('3');
				// 2.5 + 1,234 − 3 = 1,233.5, shown in whole units from 1,000 up
				await expect(total.nth(2)).toContainText('1,234');
				await expect(page.getByText(c.decimalComma)).toBeVisible();
				await page.getByRole('button', { name: c.readWithPoint }).click();
				// 2,5 is then not a number: two customers left, 1.234 + (−3) of profit
				await expect(total.first()).toHaveText('2');
				await expect(total.nth(2)).toContainText('1.77');
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'a binary file, an open quote and RFM headers each get their answer',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const box = await openOwnTable(page, c);
				const binary = Buffer.alloc(1024 * 1024);
				for (let i = 0; i < binary.length; i++) binary[i] = (i * 2654435761) >>> 24;
				await page.getByLabel(c.file).setInputFiles({
					name: 'photo.csv',
					mimeType: 'text/csv',
					buffer: binary
				});
				await expect(page.getByRole('status').filter({ hasText: c.notText })).toBeVisible();
				await box.fill('id,transactions,profit\nA,1,5\n"B,2,7\nC,3,9');
				await page.getByRole('button', { name: c.analyse }).click();
				await expect(page.getByRole('status').filter({ hasText: c.openQuote })).toBeVisible();
				await box.fill('CustomerID,Recency,Frequency,Monetary\n1,3,2,80\n2,40,1,15\n3,9,6,300');
				await page.getByRole('button', { name: c.analyse }).click();
				await expect(segmentRow(page, c.table, c.total).getByRole('cell').first()).toHaveText('3');
				await expect(page.getByText(c.valueAsProfit)).toBeVisible();
				await expect(page.getByText(c.scores)).toBeVisible();
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'a tampered or outdated link loads the defaults with a notice',
			async ({ page, problems }) => {
				await tamperedLinks(page, locale, c.path, 'count', ['v=1&count=abc&seed=4']);
				await expect(page.getByLabel(c.presets)).toHaveValue('online-shop');
				expect(problems).toEqual([]);
			}
		);

		test('bad input in a field shows a message and keeps the output', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			await rejectsBadInput(page, locale, { field: c.count, result: c.result, belowMin: '5' });
			await expect(result(page, c.result)).toHaveText(/^\d+(\.\d)?%$/);
			expect(problems).toEqual([]);
		});
	});
}

test('a preset applies, lives in the link and survives a reload', async ({ page, problems }) => {
	await page.goto('/en/calculate/segments/');
	await page.getByLabel('Start from an example').selectOption('b2b-distributor');
	await expect(page).toHaveURL(/[?&]p=b2b-distributor(&|$)/);
	const total = segmentRow(page, pages.en.table, pages.en.total).getByRole('cell').first();
	await expect(total).toHaveText('300');
	await page.reload();
	await expect(total).toHaveText('300');
	await expect(page.getByLabel('Start from an example')).toHaveValue('b2b-distributor');
	expect(problems).toEqual([]);
});

test('the customer-count slider, stepped and then sent to 5,000, ends on the model’s segments', async ({
	page,
	problems
}) => {
	await page.goto('/en/calculate/segments/');
	const slider = page.getByRole('slider', { name: /^Number of customers/ });
	const cell = (name: RegExp) => segmentRow(page, pages.en.table, name).getByRole('cell').first();
	const count = (n: number) => new Intl.NumberFormat('en').format(n);
	await slider.focus();
	// each step asks for a new sample; only the last one asked for needs to be shown
	for (let i = 0; i < 4; i++) await slider.press('ArrowRight');
	await slider.press('End');
	await expect(slider).toHaveValue('5000');
	const expected = modelCounts({ count: 5000 });
	await expect(cell(pages.en.total)).toHaveText(count(5000));
	await expect(cell(pages.en.gold)).toHaveText(count(expected.gold));
	await expect(cell(pages.en.pressure)).toHaveText(count(expected.pressure));
	await expect(page).toHaveURL(/[?&]count=5000(&|$)/);
	// and back down a step: 4,950 customers, as the model generates them
	await slider.press('ArrowLeft');
	await expect(cell(pages.en.total)).toHaveText(count(4950));
	await expect(cell(pages.en.gold)).toHaveText(count(modelCounts({ count: 4950 }).gold));
	expect(problems).toEqual([]);
});

test('a Chinese CSV saved by Excel (GB18030) is read (zh)', async ({ page, problems }) => {
	await page.goto('/zh/calculate/segments/');
	await page.getByText(pages.zh.own, { exact: true }).click();
	// "编号,交易次数,利润" in GB18030, then three rows
	const header = [0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xbd, 0xbb, 0xd2, 0xd7, 0xb4, 0xce, 0xca, 0xfd];
	const bytes = [...header, 0x2c, 0xc0, 0xfb, 0xc8, 0xf3];
	await page.getByLabel(pages.zh.file).setInputFiles({
		name: '客户.csv',
		mimeType: 'text/csv',
		buffer: Buffer.concat([Buffer.from(bytes), Buffer.from('\r\nA,3,90\r\nB,1,40\r\nC,8,-16\r\n')])
	});
	await expect(page.getByText('读入 3 位客户，没有跳过任何一行。')).toBeVisible();
	expect(problems).toEqual([]);
});

test('a class case on the Teach page opens the preset in presentation mode, in the page’s currency (zh)', async ({
	page,
	problems
}) => {
	await page.goto('/zh/teach/');
	await page.getByRole('link', { name: '演示：B2B 经销商' }).click();
	await expect(page).toHaveURL(/\/zh\/calculate\/segments\//);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.locator('html')).toHaveClass(/presenting/);
	await expect(page.getByLabel(pages.zh.presets)).toHaveValue('b2b-distributor');
	const net = segmentRow(page, pages.zh.table, pages.zh.total).getByRole('cell').nth(2);
	await expect(net).toHaveText(/^¥/);
	expect(problems).toEqual([]);
});
