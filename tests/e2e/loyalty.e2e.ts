/**
 * The three loyalty calculators (points, complementary product, customer club) in both locales:
 * inputs recompute the headline exactly as the model says, presets apply, bad input keeps the last
 * valid result with a message in the page's language, and a tampered link shows the notice.
 */
import { formatPercent, money as siteMoney } from '../../src/lib/i18n/format';
import type { Locale } from '../../src/lib/i18n/locales';
import {
	CLUB_PRESETS,
	COMPLEMENT_PRESETS,
	POINTS_PRESETS,
	clubEconomics,
	compareExpiry,
	complementClv,
	pointsProgramme
} from '../../src/lib/model/loyalty';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { field, kit, output, rejectsBadInput, rejectsModelInput, tamperedLinks } from './helpers';
import { cutOffElements, paintedChartPixels } from './layout';

/** The calculators' one money rule (cents below 1,000, whole units above, 万/亿 in Chinese). */
const money = (value: number, locale: Locale, signed = false) =>
	siteMoney(value, 'CNY', locale, signed);

const points = {
	en: {
		path: '/en/calculate/points/',
		result: 'Net effect on CLV per member',
		spend: 'Spend per member per year',
		uplift: 'Rise in retention per year (percentage points)',
		never: 'Never',
		short: 'not enough',
		upliftMessage: 'Retention per year plus this change must stay between 0% and 100%'
	},
	zh: {
		path: '/zh/calculate/points/',
		result: '每位会员的 CLV 净变化',
		spend: '每位会员每年消费额',
		uplift: '每年留存率提升（百分点）',
		never: '永不过期',
		short: '还不够',
		upliftMessage: '每年留存率加上这个变化后必须在 0% 到 100% 之间'
	}
} as const;

const complement = {
	en: {
		path: '/en/calculate/complement/',
		result: 'What the complement adds to CLV',
		price: 'Price of the main product',
		fee: 'Complement fee per month',
		uplift: 'Rise in the repurchase chance (percentage points)',
		fact: 'RMB 10 billion',
		upliftMessage: 'Chance an owner buys the next one from you plus this change'
	},
	zh: {
		path: '/zh/calculate/complement/',
		result: '互补品为 CLV 增加的价值',
		price: '主产品价格',
		fee: '互补品每月收费',
		uplift: '复购概率提升（百分点）',
		fact: '100 亿元',
		upliftMessage: '业主下次仍向你购买的概率加上这个变化后必须在 0% 到 100% 之间'
	}
} as const;

const club = {
	en: {
		path: '/en/calculate/club/',
		result: 'Club ROI',
		cost: 'Club cost per member per year',
		referralsUplift: 'Extra referred buyers per member per year',
		undefined: 'Not defined',
		free: 'Nothing to pay back',
		payback: (year: number) => `pays back in year ${year}`,
		floorMessage: 'cannot fall below zero'
	},
	zh: {
		path: '/zh/calculate/club/',
		result: '俱乐部投资回报率',
		cost: '每位会员每年的俱乐部成本',
		referralsUplift: '每位会员每年多推荐成交的人数',
		undefined: '无法定义',
		free: '谈不上回本',
		payback: (year: number) => `在第 ${year} 年回本`,
		floorMessage: '不能小于零'
	}
} as const;

const gap = POINTS_PRESETS.find((p) => p.id === 'gap-vouchers')!.input;
const airline = POINTS_PRESETS.find((p) => p.id === 'airline-alliance')!.input;
const vanke = COMPLEMENT_PRESETS[0]!.input;
const car = CLUB_PRESETS.find((p) => p.id === 'premium-car-club')!.input;
const alumni = CLUB_PRESETS.find((p) => p.id === 'business-school-alumni')!.input;

for (const locale of ['en', 'zh'] as const) {
	test.describe(`points calculator (${locale})`, () => {
		const c = points[locale];

		test('recomputes as the model says when expiry and the retention effect change', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			const out = output(page, c.result);
			await expect(out).toHaveText(money(pointsProgramme(gap).netEffect, locale, true));
			await page.getByLabel(c.never, { exact: true }).check();
			const never = compareExpiry(gap, 12).never.netEffect;
			await expect(out).toHaveText(money(never, locale, true));
			await field(page, c.uplift).fill('0');
			const noEffect = { ...gap, expiryMonths: 'never' as const, retentionUplift: 0 };
			await expect(out).toHaveText(money(pointsProgramme(noEffect).netEffect, locale, true));
			await expect(page.getByText(c.short)).toBeVisible();
			await expect(page).toHaveURL(/expires=never/);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')('applies a preset', async ({ page, problems }) => {
			await page.goto(c.path);
			await page.getByLabel(kit[locale].preset).selectOption('airline-alliance');
			await expect(output(page, c.result)).toHaveText(
				money(pointsProgramme(airline).netEffect, locale, true)
			);
			await expect(field(page, c.spend)).toHaveValue('12000');
			expect(problems).toEqual([]);
		});

		test('keeps the last valid result on bad input, with messages in the page language', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			await rejectsBadInput(page, locale, { field: c.spend, result: c.result });
			await field(page, c.spend).fill('1500');
			await rejectsModelInput(page, {
				kept: kit[locale].kept,
				field: c.uplift,
				value: '60',
				message: c.upliftMessage,
				result: c.result
			});
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')(
			'a tampered or outdated link shows the notice',
			async ({ page, problems }) => {
				await tamperedLinks(page, locale, c.path, 'spend');
				await expect(output(page, c.result)).toHaveText(
					money(pointsProgramme(gap).netEffect, locale, true)
				);
				expect(problems).toEqual([]);
			}
		);
	});

	test.describe(`complementary-product calculator (${locale})`, () => {
		const c = complement[locale];
		const gain = (input: typeof vanke) =>
			money(complementClv(input).difference.total, locale, true);

		test('recomputes as the model says when the complement’s fee changes', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			const out = output(page, c.result);
			await expect(out).toHaveText(gain(vanke));
			await field(page, c.fee).fill('0');
			await expect(out).toHaveText(gain({ ...vanke, complementFeePerMonth: 0 }));
			await field(page, c.uplift).fill('0');
			await expect(out).toHaveText(
				gain({ ...vanke, complementFeePerMonth: 0, repurchaseUplift: 0 })
			);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')('applies the Vanke preset, with its facts', async ({ page, problems }) => {
			await page.goto(c.path);
			await field(page, c.fee).fill('500');
			await expect(page.getByLabel(kit[locale].preset)).toHaveValue('');
			await page.getByLabel(kit[locale].preset).selectOption('vanke-property-services');
			await expect(output(page, c.result)).toHaveText(gain(vanke));
			await expect(page.getByText(c.fact)).toBeVisible();
			expect(problems).toEqual([]);
		});

		test('keeps the last valid result on bad input, with messages in the page language', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			await rejectsBadInput(page, locale, { field: c.price, result: c.result });
			await field(page, c.price).fill('3000000');
			await rejectsModelInput(page, {
				kept: kit[locale].kept,
				field: c.uplift,
				value: '90',
				message: c.upliftMessage,
				result: c.result
			});
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'a tampered or outdated link shows the notice',
			async ({ page, problems }) => {
				await tamperedLinks(page, locale, c.path, 'price');
				expect(problems).toEqual([]);
			}
		);
	});

	test.describe(`customer-club calculator (${locale})`, () => {
		const c = club[locale];
		const roi = (input: typeof car) => {
			const result = clubEconomics(input).roi;
			if (result.kind !== 'ratio') throw new Error('expected a ratio');
			return formatPercent(result.value, locale, { digits: 1 });
		};

		test('recomputes as the model says, and explains a ROI with no value', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			const out = output(page, c.result);
			await expect(out).toHaveText(roi(car));
			await expect(
				page.getByText(c.payback(clubEconomics(car).paybackYear!)).first()
			).toBeVisible();
			await field(page, c.cost).fill('6000');
			await expect(out).toHaveText(roi({ ...car, clubCostPerMember: 6000 }));
			await field(page, c.cost).fill('0');
			await expect(out).toHaveText(c.undefined);
			await expect(page.getByText(c.free)).toBeVisible();
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')('applies a preset', async ({ page, problems }) => {
			await page.goto(c.path);
			await page.getByLabel(kit[locale].preset).selectOption('business-school-alumni');
			await expect(output(page, c.result)).toHaveText(roi(alumni));
			expect(problems).toEqual([]);
		});

		test('keeps the last valid result on bad input, with messages in the page language', async ({
			page,
			problems
		}) => {
			await page.goto(c.path);
			await rejectsBadInput(page, locale, { field: c.cost, result: c.result });
			await field(page, c.cost).fill('3000');
			await rejectsModelInput(page, {
				kept: kit[locale].kept,
				field: c.referralsUplift,
				value: '-0.5',
				message: c.floorMessage,
				result: c.result
			});
			expect(problems).toEqual([]);
		});

		testIn(locale, 'zh')(
			'a tampered or outdated link shows the notice',
			async ({ page, problems }) => {
				await tamperedLinks(page, locale, c.path, 'cost');
				expect(problems).toEqual([]);
			}
		);
	});
}

for (const locale of ['en', 'zh'] as const) {
	for (const c of [points[locale], complement[locale], club[locale]]) {
		test(`${c.path} on a 360 px phone in dark mode: nothing cut off, every chart drawn`, async ({
			page,
			problems
		}) => {
			await page.setViewportSize({ width: 360, height: 800 });
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.goto(c.path);
			expect(await cutOffElements(page)).toEqual([]);
			const painted = await paintedChartPixels(page);
			expect(painted.length).toBeGreaterThan(0);
			for (const count of painted) expect(count).toBeGreaterThan(1000);
			expect(problems).toEqual([]);
		});
	}
}

for (const locale of ['en', 'zh'] as const) {
	const cases = [
		{ c: points[locale], field: points[locale].spend, value: '2345', runs: 'en' },
		{ c: complement[locale], field: complement[locale].fee, value: '420', runs: 'zh' },
		{ c: club[locale], field: club[locale].cost, value: '4100', runs: 'en' }
	] as const;
	for (const { c, field: name, value, runs } of cases) {
		testIn(locale, runs)(
			`${c.path}: a share link reopens the same scenario`,
			async ({ page, context, problems }) => {
				await page.goto(c.path);
				const before = await output(page, c.result).textContent();
				await field(page, name).fill(value);
				await expect(output(page, c.result)).not.toHaveText(before!);
				const shown = await output(page, c.result).textContent();
				// the address bar follows the inputs (after a short pause while typing)
				await expect(page).toHaveURL(new RegExp(`[?&]v=\\d+.*=${value}(&|$)`));
				const other = await context.newPage();
				await other.goto(page.url());
				await other.locator('html[data-ready]').waitFor({ state: 'attached' });
				await expect(field(other, name)).toHaveValue(value);
				await expect(output(other, c.result)).toHaveText(shown!);
				await expect(other.getByRole('alert')).toHaveCount(0);
				expect(problems).toEqual([]);
			}
		);
	}
}
