import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en/referral';
import enSections from '$lib/i18n/messages/en/referral-sections';
import zh from '$lib/i18n/messages/zh/referral';
import { changeUnit } from './fields';
import { presetInputs } from './presets';
import { referralUnitReason } from './unit-note';

/** K = ρ·c/(1 − r), computed here by hand from the converted inputs. */
const kOf = (rate: number, conversion: number, retention: number) =>
	(rate * conversion) / (1 - retention);

describe('referralUnitReason', () => {
	// every customer recommends 0.5 a year, 20% convert, 75% stay a year: K = 0.4 in years
	const yearly = presetInputs('software-chain', 'en');

	it('says recommendations are counted per period, with K in each unit (en)', () => {
		const monthly = changeUnit(yearly, 'month');
		const text = referralUnitReason(yearly, monthly, en, 'en')!;
		// the first purchase does not wait for a period to pass
		expect(yearly.fFirst).toBeGreaterThan(0);
		expect(text).toMatch(
			/^The first purchase is the exception: it is paid on joining, in either unit\. /
		);
		expect(text).toContain('a customer makes a whole period’s recommendations');
		expect(text).toContain('in yearly steps one who leaves during a year still recommends');
		expect(text).toContain('in monthly steps its recommendations stop after the last month');
		// K by hand: 0.5 × 0.2 / 0.25 = 0.40 in years; (0.5/12) × 0.2 / (1 − 0.75^(1/12)) in months
		const kMonth = kOf(monthly.fRate, monthly.fConversion, monthly.fRetention);
		expect(kMonth).toBeCloseTo(((0.5 / 12) * 0.2) / (1 - Math.pow(0.75, 1 / 12)), 3);
		expect(text).toContain(`K is 0.40, against ${kMonth.toFixed(2)} in months`);
		// twelve months are exactly a year: the cycle time is not mentioned
		expect(monthly.lag).toBe(12);
		expect(text).not.toContain('cycle time');
	});

	it('names the longer unit first whichever way the switch goes, in Chinese too', () => {
		const monthly = changeUnit(yearly, 'month');
		const back = referralUnitReason(monthly, changeUnit(monthly, 'year'), zh, 'zh')!;
		expect(back).toContain('按年计算时，在一年中途离开的客户仍算作推荐了一整年');
		expect(back).toContain('按月计算时，它的推荐在留下的最后一个月之后就停止了');
		expect(back).toMatch(/K 为 0\.40，按月计算只有 0\.3\d。/);
		// Chinese sentences follow each other without a space
		expect(back).not.toMatch(/。 /);
	});

	it('says when the cycle time had to be rounded to whole periods', () => {
		// a one-month cycle counted in quarters takes a whole quarter
		const app = presetInputs('subscription-app', 'en');
		expect(app.unit).toBe('month');
		expect(app.lag).toBe(1);
		const text = referralUnitReason(app, changeUnit(app, 'quarter'), en, 'en')!;
		expect(text).toContain(
			'The cycle time must be a whole number of quarters, so 1 month became 1 quarter: each round of referrals now takes longer.'
		);
		expect(referralUnitReason(app, changeUnit(app, 'quarter'), zh, 'zh')).toContain(
			'循环周期只能是整数个季度，所以 1 个月变成了 1 个季度：每一轮推荐要花更长时间。'
		);
	});

	it('says nothing about recommendations when nobody recommends, or the unit stays', () => {
		const silent = { ...yearly, fRate: 0, rRate: 0 };
		// only that the first purchase comes on joining in either unit
		expect(referralUnitReason(silent, changeUnit(silent, 'month'), en, 'en')).toBe(
			enSections.unitChangeReason.first
		);
		const none = { ...yearly, fConversion: 0, fFirst: 0, same: 'yes' as const };
		expect(referralUnitReason(none, changeUnit(none, 'quarter'), en, 'en')).toBeUndefined();
		expect(referralUnitReason(yearly, yearly, en, 'en')).toBeUndefined();
	});

	it('leaves K out when it has no finite value (customers who never leave)', () => {
		const loyal = { ...yearly, fRetention: 1, same: 'yes' as const };
		const text = referralUnitReason(loyal, changeUnit(loyal, 'month'), en, 'en')!;
		expect(text).toContain('a whole period’s recommendations');
		expect(text).not.toContain('K is');
	});

	it('writes K₀ when referred customers refer differently', () => {
		const differ = presetInputs('software-vendor', 'en');
		expect(differ.same).toBe('no');
		const text = referralUnitReason(differ, changeUnit(differ, 'quarter'), en, 'en')!;
		expect(text).toMatch(/K₀ is [\d.]+, against [\d.]+ in quarters/);
	});
});
