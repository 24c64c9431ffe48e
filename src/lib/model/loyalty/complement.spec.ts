import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { expectInputUntouched, expectRejects, expectStepsEvaluate } from '../testing';
import { complementClv, type ComplementInput } from './complement';

// Worked by hand below: no discounting, four years, a purchase every two years.
const hand: ComplementInput = {
	mainPrice: 1000,
	mainMargin: 0.2,
	repurchaseProbability: 0.5,
	yearsBetweenPurchases: 2,
	complementFeePerMonth: 10,
	complementMargin: 0.5,
	repurchaseUplift: 0.1,
	referralRate: 0.1,
	referralConversion: 0.5,
	referralRateUplift: 0.1,
	conversionUplift: 0.1,
	pricePremium: 0.05,
	discountRate: 0,
	horizonYears: 4
};

const input = fc.record({
	mainPrice: doubleIn(0, 1e7),
	mainMargin: doubleIn(0, 1),
	repurchaseProbability: doubleIn(0, 1),
	yearsBetweenPurchases: fc.integer({ min: 1, max: 15 }),
	complementFeePerMonth: doubleIn(0, 2000),
	complementMargin: doubleIn(0, 1),
	repurchaseUplift: fc.constant(0),
	referralRate: doubleIn(0, 1),
	referralConversion: doubleIn(0, 1),
	referralRateUplift: fc.constant(0),
	conversionUplift: fc.constant(0),
	pricePremium: fc.constant(0),
	discountRate: doubleIn(0, 0.3),
	horizonYears: fc.integer({ min: 1, max: 40 })
});

describe('complementClv', () => {
	it('works a four-year case by hand', () => {
		const result = complementClv(hand);
		// Without: D = 0.5 + 0.5² = 0.75 repurchases (years 2 and 4); owner-years A = 1 + 1 + 0.5 + 0.5
		// = 3
		// main 1000 × 0.2 = 200; repurchase 200 × 0.75 = 150; referrals 0.1 × 0.5 × 3 × 200 = 30
		const expected = {
			main: 200,
			complement: 0,
			repurchase: 150,
			referrals: 30,
			premium: 0,
			total: 380
		};
		for (const [source, value] of Object.entries(expected)) {
			expect(result.without[source as keyof typeof expected]).toBeCloseTo(value, 10);
		}
		// With: q′ = 0.6 → D′ = 0.6 + 0.36 = 0.96, A′ = 2 + 2 × 0.6 = 3.2; ρ′κ′ = 0.2 × 0.6 = 0.12
		// complement 12 × 10 × 0.5 × 3.2 = 192; repurchase 200 × 0.96 = 192; referrals 0.12 × 3.2 × 200
		// = 76.8
		// premium 0.05 × 1000 × (1 + 0.96 + 0.12 × 3.2) = 50 × 2.344 = 117.2; total 778
		const w = result.with;
		expect(w.main).toBe(200);
		expect(w.complement).toBeCloseTo(192, 10);
		expect(w.repurchase).toBeCloseTo(192, 10);
		expect(w.referrals).toBeCloseTo(76.8, 10);
		expect(w.premium).toBeCloseTo(117.2, 10);
		expect(w.total).toBeCloseTo(778, 10);
		expect(result.difference.total).toBeCloseTo(398, 10);
		expectStepsEvaluate(result.steps);
	});

	it('discounts: one year, 10%, no repurchase within the horizon', () => {
		// H = 1 < Y: A = 1/1.1; complement 12 × 100 × 0.5/1.1 = 545.45; no repurchase
		const result = complementClv({
			...hand,
			yearsBetweenPurchases: 5,
			horizonYears: 1,
			discountRate: 0.1,
			complementFeePerMonth: 100
		});
		expect(result.with.complement).toBeCloseTo(600 / 1.1, 10);
		expect(result.with.repurchase).toBe(0);
		expectStepsEvaluate(result.steps);
	});

	it('leaves CLV equal to main-only when the complement is free and has no effect', () => {
		fc.assert(
			fc.property(input, (drawn) => {
				const result = complementClv({ ...drawn, complementFeePerMonth: 0 });
				expect(result.with.total).toBeCloseTo(result.without.total, 6);
				expect(result.difference.total).toBeCloseTo(0, 6);
			})
		);
	});

	it('with no effects, adds exactly the complement’s own margin', () => {
		fc.assert(
			fc.property(input, (drawn) => {
				const result = complementClv(drawn);
				const scale = Math.max(1, result.with.total);
				expect(Math.abs(result.difference.total - result.with.complement)).toBeLessThan(
					1e-9 * scale
				);
				expectStepsEvaluate(result.steps);
			})
		);
	});

	it('raises CLV with every effect it has', () => {
		fc.assert(
			fc.property(input, doubleIn(0, 1), (drawn, size) => {
				const none = complementClv(drawn).with.total;
				const room = 1 - drawn.repurchaseProbability;
				const more = complementClv({
					...drawn,
					repurchaseUplift: size * room,
					referralRateUplift: size,
					conversionUplift: size * (1 - drawn.referralConversion),
					pricePremium: size
				}).with.total;
				expect(more).toBeGreaterThanOrEqual(none - 1e-9 * Math.max(1, none));
			})
		);
	});

	it('validates its inputs, naming the field', () => {
		expectRejects(complementClv, hand, [
			['mainPrice', -1],
			['yearsBetweenPurchases', 0],
			['repurchaseUplift', 0.6],
			['conversionUplift', -0.6],
			['pricePremium', -0.1],
			['horizonYears', 2.5]
		]);
	});

	it('does not mutate its input', () => {
		expectInputUntouched(complementClv, hand);
	});
});
