import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { expectNoBrokenNumbers, kit, rejectsBadInput, tamperedLinks } from './helpers';
import { scrollDownTo } from './layout';

/** A number from formatted money or counts ("$52,345.10", "¥1,234"). */
/** An amount as shown, in units: "$1,239,005", "¥123.9 万" (×10⁴) or "¥1.2 亿" (×10⁸). */
const amount = (text: string | null) => {
	const t = text ?? '';
	const scale = t.includes('亿') ? 1e8 : t.includes('万') ? 1e4 : 1;
	return Number(t.replace(/[^\d.-]/g, '')) * scale;
};

const locales = {
	en: {
		path: '/en/calculate/lifecycle/',
		result: 'Value of the cohort today',
		roi: 'Return on the campaign (ROI)',
		cohort: 'Customers in the cohort',
		discount: 'Discount rate per year',
		tinyDiscount: 'Use 0% or a discount rate of at least',
		amount: 'Percentage points moved',
		presets: 'Start from an example',
		cell: (from: string, to: string) => `From ${from} to ${to}, percent`,
		name: (k: number) => `Name of state ${k}`,
		revenue: (name: string) => `Revenue of ${name}`,
		states: ['Active', 'Silent', 'Dormant', 'Lost'],
		rowSum: 'The row for “Dormant” adds up to 103%: it must be 100%.',
		balance: 'Set “stay in Dormant” to 57%',
		negative: '“Silent → Active” is below 0%',
		empty: 'Give this state a name.',
		duplicate: 'State 1 is already called “Active”',
		add: 'Add a state',
		remove: 'Remove Stage 5',
		newState: 'Stage 5',
		noValue: 'No finite value',
		divergence: 'stays there for ever and earns',
		tooMuch: 'the campaign can move at most 30%',
		reduced: 'Your device asks for reduced motion',
		play: 'Play',
		pause: 'Pause',
		step: 'Step',
		reset: 'Back to the start',
		first: 'Month 1 of 60 months',
		second: 'Month 2 of 60 months',
		simulated: /Simulated 100 cohorts of 1,000 customers over 60 months in [\d.]+ s\./,
		agrees: 'They agree within the noise of the simulation.',
		restarted: /Simulated 50 cohorts of 2,000 customers/,
		telecom: 'telecom',
		telecomState: 'Acquisition',
		switchTo: { link: '中文', cohort: '同批客户人数', telecomState: '获取期' },
		keep: {
			reset: 'Reset',
			saved: 'Saved scenarios',
			name: 'Name',
			open: (n: string) => `Open “${n}”`,
			compare: 'Compare A and B',
			scenarioB: 'Scenario B',
			differs: 'differs',
			chart: /Scenario A is the solid line/
		}
	},
	zh: {
		path: '/zh/calculate/lifecycle/',
		result: '这批客户的现值',
		roi: '活动投资回报率（ROI）',
		cohort: '同批客户人数',
		discount: '年折现率',
		tinyDiscount: '年折现率请填 0%，或至少',
		amount: '挪动的百分点',
		presets: '从示例开始',
		cell: (from: string, to: string) => `从${from}到${to}的概率（百分比）`,
		name: (k: number) => `状态 ${k} 的名称`,
		revenue: (name: string) => `${name}的收入`,
		states: ['活跃', '沉默', '休眠', '流失'],
		rowSum: '“休眠”这一行合计 103%，必须正好是 100%。',
		balance: '把“留在休眠”改为 57%',
		negative: '“沉默 → 活跃”小于 0%',
		empty: '请给这个状态起个名字。',
		duplicate: '状态 1 已经叫“活跃”了',
		add: '添加状态',
		remove: '删除阶段 5',
		newState: '阶段 5',
		noValue: '没有有限值',
		divergence: '就会永远留在那里，每个月带来',
		tooMuch: '活动最多只能挪走这么多',
		reduced: '减少动态效果',
		play: '播放',
		pause: '暂停',
		step: '前进一步',
		reset: '回到起点',
		first: '第 1 个月（共 60 个月）',
		second: '第 2 个月（共 60 个月）',
		simulated: /已模拟 100 批、每批 1,000 位客户，共 60 个月，用时 [\d.]+ 秒。/,
		agrees: '两者的差距在模拟的随机误差之内。',
		restarted: /已模拟 50 批、每批 2,000 位客户/,
		telecom: 'telecom',
		telecomState: '获取期',
		switchTo: { link: 'English', cohort: 'Customers in the cohort', telecomState: 'Acquisition' },
		keep: {
			reset: '重置',
			saved: '已保存的场景',
			name: '名称',
			open: (n: string) => `打开 “${n}”`,
			compare: '对比 A 与 B',
			scenarioB: '场景 B',
			differs: '有差异',
			chart: /实线是场景 A/
		}
	}
} as const;

type Strings = (typeof locales)[keyof typeof locales];

const headline = (page: Page, c: Strings) =>
	page.getByRole('status', { name: c.result, exact: true });

for (const locale of ['en', 'zh'] as const) {
	const c: Strings = locales[locale];
	test.describe(`lifecycle simulator (${locale})`, () => {
		test('doubles the cohort value with twice the customers', async ({ page, problems }) => {
			await page.goto(c.path);
			const result = headline(page, c);
			await expect(result).toHaveText(/\d/);
			const before = amount(await result.textContent());
			await page.getByRole('textbox', { name: c.cohort }).fill('2000');
			await expect.poll(async () => amount(await result.textContent()) / before).toBeCloseTo(2, 3);
			// a higher discount rate lowers the value
			const doubled = amount(await result.textContent());
			await page.getByRole('textbox', { name: c.discount }).fill('40');
			await expect.poll(async () => amount(await result.textContent())).toBeLessThan(doubled);
			expect(problems).toEqual([]);
		});

		test('bad field input explains itself and keeps the last result', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			await rejectsBadInput(page, locale, {
				field: c.cohort,
				result: c.result,
				belowMin: '0',
				aboveMax: '20000000'
			});
			const result = headline(page, c);
			const valid = await result.textContent();
			// a discount rate too small to use (but not 0) is refused next to the field
			await page.getByRole('textbox', { name: c.discount }).fill('0.0000001');
			await expect(page.getByText(c.tinyDiscount)).toBeVisible();
			await expect(result).toHaveText(valid!);
			await expectNoBrokenNumbers(page);
			expect(problems).toEqual([]);
		});

		test('checks each row of the matrix live and offers a fix', async ({ page, problems }) => {
			await page.goto(c.path);
			const result = headline(page, c);
			await expect(result).toHaveText(/\d/);
			const valid = await result.textContent();
			const [active, silent, dormant] = c.states;
			const cell = page.getByRole('textbox', { name: c.cell(dormant, active) });
			const stay = page.getByRole('textbox', { name: c.cell(dormant, dormant) });
			await expect(cell).toHaveValue('10');
			await expect(stay).toHaveValue('60');
			await cell.fill('13');
			await expect(page.getByText(c.rowSum)).toBeVisible();
			await expect(stay).toHaveAttribute('aria-invalid', 'true');
			await expect(result).toHaveText(valid!);
			// letters in a cell: the kit's message, the result kept
			await cell.fill('abc');
			await expect(cell).toHaveAttribute('aria-invalid', 'true');
			await expect(page.getByText(kit[locale].bad[1][1]).first()).toBeVisible();
			await expect(result).toHaveText(valid!);
			await cell.fill('13');
			await page.getByRole('button', { name: c.balance }).click();
			await expect(stay).toHaveValue('57');
			await expect(page.getByText(c.rowSum)).toHaveCount(0);
			await expect(result).not.toHaveText(valid!);
			// a negative probability is named next to its row
			const back = await result.textContent();
			await page.getByRole('textbox', { name: c.cell(silent, c.states[0]) }).fill('-5');
			await expect(page.getByText(c.negative)).toBeVisible();
			await expect(result).toHaveText(back!);
			await expectNoBrokenNumbers(page);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')(
			'rejects empty and duplicate names, adds and removes states',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const result = headline(page, c);
				await expect(result).toHaveText(/\d/);
				const valid = await result.textContent();
				const name = page.getByRole('textbox', { name: c.name(2), exact: true });
				await name.fill('');
				await expect(page.getByText(c.empty)).toBeVisible();
				await expect(name).toHaveAttribute('aria-invalid', 'true');
				await name.fill(c.states[0].toUpperCase());
				await expect(page.getByText(c.duplicate)).toBeVisible();
				await expect(result).toHaveText(valid!);
				await name.fill(c.states[1]);
				await expect(name).not.toHaveAttribute('aria-invalid', 'true');

				await page.getByRole('button', { name: c.add }).click();
				await expect(page.getByRole('textbox', { name: c.name(5), exact: true })).toHaveValue(
					c.newState
				);
				await expect(
					page.locator('svg[role="img"] text.name', { hasText: c.newState })
				).toHaveCount(1);
				await page.getByRole('button', { name: c.remove }).click();
				await expect(page.getByRole('textbox', { name: c.name(5), exact: true })).toHaveCount(0);
				await expect(result).toHaveText(valid!);
				expect(problems).toEqual([]);
			}
		);

		test('explains an absorbing state that earns for ever at 0% discount', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			await page.getByLabel(c.presets).selectOption('crm');
			await page.getByRole('textbox', { name: c.discount }).fill('0');
			await expect(page.getByText(c.noValue)).toHaveCount(0);
			await page.getByRole('textbox', { name: c.revenue(c.states[3]) }).fill('10');
			await expect(page.getByText(c.divergence)).toBeVisible();
			await expect(page.getByText(c.noValue).first()).toBeVisible();
			await expect(headline(page, c)).toHaveText(/\d/);
			await expectNoBrokenNumbers(page);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'compares a campaign with the baseline and refuses an impossible one',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const roi = page.getByRole('status', { name: c.roi, exact: true });
				await expect(roi).toHaveText(/\d/);
				const before = await roi.textContent();
				const field = page.getByRole('textbox', { name: c.amount });
				await field.fill('10');
				await expect(roi).not.toHaveText(before!);
				const valid = await roi.textContent();
				await field.fill('35');
				await expect(page.getByText(c.tooMuch)).toBeVisible();
				await expect(roi).toHaveText(valid!);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')('plays, steps and resets the cohort', async ({ page, problems }) => {
			await page.goto(c.path);
			const status = page.getByText(c.first);
			await expect(status).toBeVisible();
			await page.getByRole('button', { name: c.step, exact: true }).click();
			await expect(page.getByText(c.second)).toBeVisible();
			await page.getByRole('button', { name: c.play, exact: true }).click();
			await expect(page.getByRole('button', { name: c.pause, exact: true })).toBeVisible();
			await page.getByRole('button', { name: c.pause, exact: true }).click();
			await page.getByRole('button', { name: c.reset, exact: true }).click();
			await expect(page.getByText(c.first)).toBeVisible();
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'with reduced motion, Play still steps and says so',
			async ({ page, problems }) => {
				await page.emulateMedia({ reducedMotion: 'reduce' });
				await page.goto(c.path);
				await expect(page.getByText(c.reduced)).toBeVisible();
				await page.getByRole('button', { name: c.play, exact: true }).click();
				await expect(page.getByText(c.first)).toHaveCount(0);
				await page.getByRole('button', { name: c.pause, exact: true }).click();
				expect(problems).toEqual([]);
			}
		);

		test('stays accessible on a phone with messages showing', async ({ page, problems }) => {
			test.setTimeout(180_000);
			await page.setViewportSize({ width: 360, height: 800 });
			await page.goto(c.path);
			const [active, , dormant] = c.states;
			await page.getByRole('textbox', { name: c.cell(dormant, active) }).fill('13');
			await page.getByRole('textbox', { name: c.name(2), exact: true }).fill('');
			await page.getByRole('textbox', { name: c.cohort }).fill('abc');
			await expect(page.getByText(c.rowSum)).toBeVisible();
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(360);
			const results = await new AxeBuilder({ page }).include('[data-calculator]').analyze();
			const serious = results.violations.filter((v) =>
				['serious', 'critical'].includes(v.impact ?? '')
			);
			expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`)).toEqual([]);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')(
			'runs the Monte-Carlo check in a worker and agrees with the closed form',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await expect(headline(page, c)).toHaveText(/\d/);
				// the worker waits until its section nears the screen, off the page's first load
				await page.waitForTimeout(500);
				expect(page.workers()).toHaveLength(0);
				expect(await scrollDownTo(page, page.getByRole('progressbar'))).toBe(true);
				await expect(page.getByText(c.simulated)).toBeVisible({ timeout: 20_000 });
				await expect(page.getByText(c.agrees)).toBeVisible();
				await expect(page.getByRole('progressbar')).toHaveJSProperty('value', 1);
				// new inputs cancel and restart the simulation
				await page.getByRole('textbox', { name: c.cohort }).fill('2000');
				await expect(page.getByText(c.restarted)).toBeVisible({ timeout: 20_000 });
				await expect(page.getByText(c.agrees)).toBeVisible();
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'applies a preset and keeps the scenario in the link',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const result = headline(page, c);
				await expect(result).toHaveText(/\d/);
				const before = await result.textContent();
				await page.getByLabel(c.presets).selectOption(c.telecom);
				await expect(result).not.toHaveText(before!);
				await expect(
					page.locator('svg[role="img"] text.name', { hasText: c.telecomState })
				).toHaveCount(1);
				await page.getByRole('textbox', { name: c.cohort }).fill('1234');
				await expect(page).toHaveURL(/n=1234/);
				const value = await result.textContent();
				await page.reload();
				await expect(result).toHaveText(value!);
				await expect(page.getByRole('textbox', { name: c.cohort })).toHaveValue('1234');
				// the other language keeps the scenario and names the preset's states in its own words
				await page.getByRole('link', { name: c.switchTo.link }).click();
				await expect(page.getByRole('textbox', { name: c.switchTo.cohort })).toHaveValue('1234');
				await expect(
					page.locator('svg[role="img"] text.name', { hasText: c.switchTo.telecomState })
				).toHaveCount(1);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'shares a short link that opens the same scenario in either language',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await page.locator('html[data-ready]').waitFor({ state: 'attached' });
				const result = headline(page, c);
				const [active, silent] = c.states;
				await page.getByRole('textbox', { name: c.cohort }).fill('2500');
				await page.getByRole('textbox', { name: c.revenue(active) }).fill('150');
				await page.getByRole('textbox', { name: c.cell(active, active) }).fill('63');
				await page.getByRole('textbox', { name: c.cell(active, silent) }).fill('37');
				await page.getByRole('textbox', { name: c.name(2) }).fill('Quiet');
				// the example it starts from, the currency, the cohort, and the chain as that example's edits
				await expect(page).toHaveURL(
					/[?&]p=retail-recency&cur=(USD|CNY)&n=2500&chain=retail-recency\*s0_150\*p0_\.63_\.37\*n1_Quiet(&|$)/
				);
				// short enough for a QR code read from the back of a room
				expect(page.url().length).toBeLessThanOrEqual(200);
				const value = await result.textContent();
				const other = locale === 'zh' ? locales.en : locales.zh;
				await page.goto(`${other.path}${new URL(page.url()).search}`);
				await expect(page.getByRole('textbox', { name: other.cohort })).toHaveValue('2500');
				await expect(
					page.getByRole('textbox', { name: other.revenue(other.states[0]) })
				).toHaveValue('150');
				await expect(page.getByRole('textbox', { name: other.name(2) })).toHaveValue('Quiet');
				await expect(page.getByRole('textbox', { name: other.name(3) })).toHaveValue(
					other.states[2]
				);
				await expect(headline(page, other)).toHaveText(/\d/);
				// the same amount, rounded as each language writes it (万 keeps four digits)
				const there = amount(await headline(page, other).textContent());
				expect(Math.abs(there - amount(value)) / amount(value)).toBeLessThan(1e-3);
				// the same scenario, so nothing to warn about
				await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'saves a scenario by keyboard, reopens it after a reload and compares it',
			async ({ page, problems }) => {
				const k = c.keep;
				await page.goto(c.path);
				await page.locator('html[data-ready]').waitFor({ state: 'attached' });
				const result = headline(page, c);
				await expect(result).toHaveText(/\d/);
				const cohort = page.getByRole('textbox', { name: c.cohort });
				const revenue = page.getByRole('textbox', { name: c.revenue(c.states[0]) });
				// One flat field and one inside the chain (state money travels with the matrix).
				await cohort.fill('2345');
				await expect(page).toHaveURL(/n=2345/);
				// The headline is read once the second edit has reached the state (and so the link).
				const withCohort = page.url();
				await revenue.fill('150');
				await expect.poll(() => page.url()).not.toBe(withCohort);
				const changed = await result.textContent();
				await page.getByRole('button', { name: k.saved }).click();
				await page.getByRole('textbox', { name: k.name, exact: true }).fill('Big cohort');
				await page.keyboard.press('Enter');
				await expect(page.getByRole('listitem').filter({ hasText: 'Big cohort' })).toBeVisible();

				await page.reload();
				await page.locator('html[data-ready]').waitFor({ state: 'attached' });
				await page.getByRole('button', { name: k.reset }).click();
				await expect(cohort).toHaveValue('1000');
				await expect(result).not.toHaveText(changed!);
				await page.getByRole('button', { name: k.saved }).click();
				await expect(page.getByText('Big cohort', { exact: true })).toBeVisible();
				await page.getByRole('button', { name: k.open('Big cohort') }).click();
				await expect(cohort).toHaveValue('2345');
				await expect(revenue).toHaveValue('150');
				await expect(result).toHaveText(changed!);

				// A (on screen, back to the defaults) against B (the saved one).
				await page.getByRole('button', { name: k.reset }).click();
				await page.getByRole('button', { name: k.compare }).click();
				await expect(page.getByRole('combobox', { name: k.scenarioB })).toHaveValue('Big cohort');
				const row = page
					.getByRole('row')
					.filter({ has: page.getByRole('rowheader', { name: c.result, exact: true }) });
				await expect(row).toContainText(k.differs);
				await expect(row.getByRole('cell').last()).toContainText(/\+/);
				await expect(page.getByRole('img', { name: k.chart })).toHaveCount(2);
				await page.getByRole('combobox', { name: k.scenarioB }).selectOption('');
				await expect(row).not.toContainText(k.differs);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'a tampered or outdated link loads the defaults with a notice',
			async ({ page, problems }) => {
				await tamperedLinks(page, locale, c.path, 'n', [
					'v=1&chain=a:A:1:0:0:0.5,0.4;b:B:0:0:1:0,1',
					'v=1&s=9'
				]);
				await expect(page.getByLabel(c.presets)).toHaveValue('retail-recency');
				expect(problems).toEqual([]);
			}
		);
	});
}
