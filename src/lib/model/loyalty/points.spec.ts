import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { expectInputUntouched, expectRejects, expectStepsEvaluate } from '../testing';
import { pointsProgramme, type PointsProgrammeInput } from './points';
import { POINTS_PRESETS } from './points-presets';

// A small programme worked by hand below: yearly periods, two years.
const hand: PointsProgrammeInput = {
	spendPerPeriod: 1000,
	earnRate: 1,
	pointValue: 0.01,
	redemptionRate: 0.5,
	expiryMonths: 'never',
	redemptionLagMonths: 12,
	runningCostPerPeriod: 5,
	retentionUplift: 0.1,
	spendUplift: 0.1,
	retentionEffectLostWithExpiry: 0.5,
	grossMargin: 0.3,
	baseRetention: 0.6,
	discountRate: 0.1,
	horizon: 2,
	periodMonths: 12
};

const input = fc.record({
	spendPerPeriod: doubleIn(0, 1e5),
	earnRate: doubleIn(0, 5),
	pointValue: doubleIn(0, 1),
	redemptionRate: doubleIn(0, 1),
	expiryMonths: fc.oneof(fc.constant('never' as const), fc.integer({ min: 1, max: 60 })),
	redemptionLagMonths: doubleIn(0.5, 48),
	runningCostPerPeriod: doubleIn(0, 100),
	retentionUplift: fc.constant(0),
	spendUplift: doubleIn(-0.5, 1),
	retentionEffectLostWithExpiry: doubleIn(0, 1),
	grossMargin: doubleIn(0, 1),
	baseRetention: doubleIn(0, 0.95),
	discountRate: doubleIn(0, 0.3),
	horizon: fc.integer({ min: 1, max: 30 }),
	periodMonths: fc.constantFrom(1, 3, 12)
});

describe('pointsProgramme', () => {
	it('works a two-year programme by hand', () => {
		const result = pointsProgramme(hand);
		// s′ = 1000 × 1.1 = 1100; no expiry: ρ_E = 0.5; reward R = 1100 × 1 × 0.01 × 0.5 = 5.5
		expect(result.spendWithProgramme).toBeCloseTo(1100, 12);
		expect(result.effectiveRedemption).toBe(0.5);
		expect(result.rewardCostPerPeriod).toBeCloseTo(5.5, 12);
		// cost per member K = 5.5 + 5 = 10.5, i.e. 10.5 / 1100 = 0.95% of spend
		expect(result.costPerMember).toBeCloseTo(10.5, 12);
		expect(result.costShareOfSpend).toBeCloseTo(10.5 / 1100, 12);
		// rewards paid L = 12 months (one period) later: δ = 1/1.1; K′ = 5 + 5.5/1.1 = 10
		// m₁ = 1100 × 0.3 − 10 = 320; m₀ = 1000 × 0.3 = 300; no expiry → r′ = 0.6 + 0.1 = 0.7
		expect(result.retentionWithProgramme).toBeCloseTo(0.7, 12);
		// CLV₀ = 300/1.1 + 300 × 0.6/1.21 = 272.7273 + 148.7603 = 421.4876
		expect(result.clvWithout).toBeCloseTo(300 / 1.1 + 180 / 1.21, 10);
		// CLV₁ = 320/1.1 + 320 × 0.7/1.21 = 290.9091 + 185.1240 = 476.0331
		expect(result.clvWith).toBeCloseTo(320 / 1.1 + 224 / 1.21, 10);
		expect(result.netEffect).toBeCloseTo(320 / 1.1 + 224 / 1.21 - 300 / 1.1 - 180 / 1.21, 10);
		// programme cost PV = 10/1.1 + 10 × 0.7/1.21
		expect(result.programmeCostPresentValue).toBeCloseTo(10 / 1.1 + 7 / 1.21, 10);
		// spend alone pays for it: CLV₁ at r = 0.6 is 290.91 + 158.68 > 421.49
		expect(result.breakEven.kind).toBe('not-needed');
		expectStepsEvaluate(result.steps);
	});

	it('finds the break-even retention uplift by hand when spend does not rise', () => {
		// Δs = 0: R = 5, K′ = 5 + 5/1.1 = 9.5455, m₁ = 300 − 9.5455 = 290.4545
		// CLV₁(r*) = m₁/1.1 + m₁ r*/1.21 = CLV₀ → r* = (CLV₀ − m₁/1.1) × 1.21/m₁ = 0.65587
		const result = pointsProgramme({ ...hand, spendUplift: 0 });
		const m1 = 300 - (5 + 5 / 1.1);
		const clv0 = 300 / 1.1 + 180 / 1.21;
		const rStar = ((clv0 - m1 / 1.1) * 1.21) / m1;
		if (result.breakEven.kind !== 'found') throw new Error(result.breakEven.kind);
		expect(result.breakEven.uplift).toBeCloseTo(rStar - 0.6, 9);
		expectStepsEvaluate(result.breakEven.steps);
		// the check step evaluates CLV at the break-even retention: it equals CLV₀
		expect(result.breakEven.steps[1]!.value).toBeCloseTo(clv0, 8);
	});

	it('weakens the retention effect under expiry by the balance ratio', () => {
		// E = 12, L = 12: B = 1 − e^(−1) × 2 = 0.26424; kept k = 1 − 0.5 × (1 − B) = 0.63212
		const result = pointsProgramme({ ...hand, expiryMonths: 12 });
		const kept = 1 - 0.5 * 2 * Math.exp(-1);
		expect(result.effectiveRetentionUplift).toBeCloseTo(0.1 * kept, 12);
		expect(result.effectiveRedemption).toBeCloseTo(0.5 * (1 - Math.exp(-1)), 12);
		expectStepsEvaluate(result.steps);
	});

	it('reports no break-even within 0 … 1 − r when costs swamp the margin', () => {
		const result = pointsProgramme({ ...hand, spendUplift: 0, runningCostPerPeriod: 400 });
		expect(result.breakEven).toMatchObject({ kind: 'none-within-range', maxUplift: 0.4 });
	});

	it('leaves CLV unchanged when the programme costs nothing and changes nothing', () => {
		fc.assert(
			fc.property(input, (drawn) => {
				const free = { ...drawn, earnRate: 0, runningCostPerPeriod: 0, spendUplift: 0 };
				const result = pointsProgramme(free);
				expect(result.clvWith).toBeCloseTo(result.clvWithout, 9);
				expect(result.netEffect).toBeCloseTo(0, 9);
				expect(result.costPerMember).toBe(0);
				expect(result.breakEven.kind).toBe('not-needed');
			})
		);
	});

	it('raises CLV with a larger retention effect whenever the net margin is positive', () => {
		fc.assert(
			fc.property(input, doubleIn(0, 1), doubleIn(0, 1), (drawn, a, b) => {
				const room = 1 - drawn.baseRetention;
				const [low, high] = a < b ? [a * room, b * room] : [b * room, a * room];
				const lower = pointsProgramme({ ...drawn, retentionUplift: low });
				const higher = pointsProgramme({ ...drawn, retentionUplift: high });
				const netMargin = lower.steps.find((s) => s.id === 'points.netMarginWith')!.value;
				if (netMargin > 0) expect(higher.clvWith).toBeGreaterThanOrEqual(lower.clvWith - 1e-9);
				else expect(higher.clvWith).toBeLessThanOrEqual(lower.clvWith + 1e-9);
				expectStepsEvaluate(higher.steps);
			})
		);
	});

	it('puts CLV with the programme equal to CLV without at the break-even uplift', () => {
		fc.assert(
			fc.property(input, (drawn) => {
				const result = pointsProgramme(drawn);
				if (result.breakEven.kind !== 'found') return;
				const atBreakEven = pointsProgramme({ ...drawn, retentionUplift: result.breakEven.uplift });
				// bisection stops within 1e-12 of the uplift, and CLV moves by at most m·N² per unit of r
				const scale = Math.max(1, Math.abs(result.clvWithout));
				expect(Math.abs(atBreakEven.netEffect)).toBeLessThan(1e-8 * scale);
				expect(result.breakEven.uplift).toBeGreaterThan(0);
				expect(result.breakEven.uplift).toBeLessThanOrEqual(1 - drawn.baseRetention);
			})
		);
	});

	it('never returns NaN or Infinity', () => {
		fc.assert(
			fc.property(input, (drawn) => {
				const result = pointsProgramme(drawn);
				const numbers = [
					result.clvWith,
					result.clvWithout,
					result.costPerMember,
					result.peakLiability,
					result.liabilityAtHorizon,
					result.programmeCostPresentValue,
					...result.liability.flatMap((row) => [row.liability, row.outstandingPoints])
				];
				expect(numbers.every(Number.isFinite)).toBe(true);
				expectStepsEvaluate(result.steps);
			})
		);
	});

	it('validates its inputs, naming the field', () => {
		expectRejects(pointsProgramme, hand, [
			['spendPerPeriod', -1],
			['redemptionRate', 1.5],
			['expiryMonths', 0],
			['redemptionLagMonths', 0],
			['retentionUplift', 0.5],
			['grossMargin', NaN],
			['discountRate', -1],
			['horizon', 0],
			['periodMonths', 13]
		]);
	});

	it('does not mutate its input', () => {
		expectInputUntouched(pointsProgramme, hand);
	});

	it('runs every preset to finite figures', () => {
		for (const preset of POINTS_PRESETS) {
			const result = pointsProgramme(preset.input);
			expect(Number.isFinite(result.netEffect)).toBe(true);
			expectStepsEvaluate(result.steps);
		}
	});
});
