import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { expectInputUntouched, expectRejects, expectStepsEvaluate } from '../testing';
import { clubEconomics, type ClubInput } from './club';

// Worked by hand below: two years, no discounting.
const hand: ClubInput = {
	clubCostPerMember: 140,
	afterSalesRevenue: 1000,
	afterSalesMargin: 0.5,
	afterSalesUplift: 0.2,
	otherMarginPerYear: 50,
	baseRetention: 0.5,
	retentionUplift: 0.1,
	referralsPerYear: 0.01,
	referralsUplift: 0.01,
	referralValue: 1000,
	discountRate: 0,
	horizonYears: 2
};

const input = fc.record({
	clubCostPerMember: doubleIn(0, 1e4),
	afterSalesRevenue: doubleIn(0, 1e5),
	afterSalesMargin: doubleIn(0, 1),
	afterSalesUplift: doubleIn(0, 1),
	otherMarginPerYear: doubleIn(0, 1e4),
	baseRetention: doubleIn(0, 0.95),
	retentionUplift: fc.constant(0),
	referralsPerYear: doubleIn(0, 0.5),
	referralsUplift: doubleIn(0, 0.5),
	referralValue: doubleIn(0, 1e5),
	discountRate: doubleIn(0, 0.3),
	horizonYears: fc.integer({ min: 1, max: 30 })
});

describe('clubEconomics', () => {
	it('works a two-year club by hand', () => {
		const result = clubEconomics(hand);
		// m₀ = 1000 × 0.5 + 50 + 0.01 × 1000 = 560; m₁ = 1200 × 0.5 + 50 + 0.02 × 1000 = 670; r′ = 0.6
		expect(result.marginWithout).toBeCloseTo(560, 10);
		expect(result.marginWith).toBeCloseTo(670, 10);
		// Π₀ = 560 + 560 × 0.5 = 840; Π₁ = 670 + 670 × 0.6 = 1072; ΔΠ = 232
		expect(result.profitWithout).toBeCloseTo(840, 10);
		expect(result.profitWith).toBeCloseTo(1072, 10);
		expect(result.incrementalProfit).toBeCloseTo(232, 10);
		// K = 140 + 140 × 0.6 = 224; net 8; ROI = 8/224 = 0.0357
		expect(result.clubCost).toBeCloseTo(224, 10);
		expect(result.netValue).toBeCloseTo(8, 10);
		expect(result.roi).toEqual({ kind: 'ratio', value: expect.closeTo(8 / 224, 12) });
		// year 1: 110 < 140; year 2: 110 + (402 − 280) = 232 ≥ 140 + 84 = 224 → payback in year 2
		expect(result.years[0]).toMatchObject({
			incrementalProfit: expect.closeTo(110, 10),
			cost: 140
		});
		expect(result.paybackYear).toBe(2);
		expectStepsEvaluate(result.steps);
	});

	it('has no payback within the horizon when the club costs more than it brings', () => {
		// C = 150: cumulative 232 < 150 + 90 = 240
		const result = clubEconomics({ ...hand, clubCostPerMember: 150 });
		expect(result.paybackYear).toBeNull();
		expect(result.roi.kind === 'ratio' && result.roi.value).toBeLessThan(0);
	});

	it('reports ROI as undefined, not NaN, for a club with zero cost and zero effect', () => {
		fc.assert(
			fc.property(input, (drawn) => {
				const result = clubEconomics({
					...drawn,
					clubCostPerMember: 0,
					afterSalesUplift: 0,
					referralsUplift: 0
				});
				expect(result.roi).toEqual({ kind: 'undefined', reason: 'zero-cost' });
				expect(result.paybackYear).toBeNull();
				expect(result.incrementalProfit).toBeCloseTo(0, 9);
				expect(result.steps.some((step) => step.id === 'club.roi')).toBe(false);
				expectStepsEvaluate(result.steps);
			})
		);
	});

	it('computes ROI = (ΔΠ − K)/K and a payback year consistent with the year table', () => {
		fc.assert(
			fc.property(input, (drawn) => {
				const result = clubEconomics(drawn);
				expectStepsEvaluate(result.steps);
				if (result.roi.kind === 'ratio') {
					const expected = (result.incrementalProfit - result.clubCost) / result.clubCost;
					expect(result.roi.value).toBeCloseTo(expected, 9);
				} else {
					expect(result.clubCost).toBeLessThan(1e-300);
				}
				const last = result.years.at(-1)!;
				expect(last.cumulativeIncrementalProfit).toBeCloseTo(result.incrementalProfit, 6);
				expect(last.cumulativeCost).toBeCloseTo(result.clubCost, 6);
				if (result.paybackYear !== null) {
					const year = result.years[result.paybackYear - 1]!;
					expect(year.cumulativeIncrementalProfit).toBeGreaterThanOrEqual(
						year.cumulativeCost - 1e-6
					);
				}
			})
		);
	});

	it('earns more with a larger retention effect', () => {
		fc.assert(
			fc.property(input, doubleIn(0, 1), (drawn, share) => {
				const uplift = share * (1 - drawn.baseRetention);
				const base = clubEconomics(drawn).incrementalProfit;
				const more = clubEconomics({ ...drawn, retentionUplift: uplift }).incrementalProfit;
				expect(more).toBeGreaterThanOrEqual(base - 1e-9 * Math.max(1, Math.abs(base)));
			})
		);
	});

	it('validates its inputs, naming the field', () => {
		expectRejects(clubEconomics, hand, [
			['clubCostPerMember', -1],
			['afterSalesMargin', 2],
			['retentionUplift', 0.6],
			['referralsUplift', -1],
			['horizonYears', 0]
		]);
	});

	it('does not mutate its input', () => {
		expectInputUntouched(clubEconomics, hand);
	});
});
