import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../errors';
import { evaluate } from '../expr';
import { paramsArbitrary, worthwhileParamsArbitrary } from './arbitraries';
import { projectReferral, type ReferralProjection } from './expected';
import { doubleIn } from '../arbitraries';
import { expectInputUntouched } from '../testing';
import { testBehaviour, testParams } from './fixtures';
import { expectedHeadCount } from './head-count';
import type { ReferralParams } from './params';

const relative = (actual: number, expected: number) =>
	Math.abs(actual - expected) / Math.max(1e-12, Math.abs(expected));

/** Projects, or returns null when the inputs explode past the customer limit within the horizon. */
function projectOrNull(params: ReferralParams): ReferralProjection | null {
	try {
		return projectReferral(params);
	} catch (error) {
		if (error instanceof ModelInputError && error.field === 'horizon') return null;
		throw error;
	}
}

describe('projectReferral: a three-period case worked by hand', () => {
	// F 100, P 50, U 20 (+10%/period), X 30, r 0.8, ρ·c = 0.15, lag 1, m 0.6, d 0, A 150, R 20.
	// t=0: the first customer buys 100 → profit 0.6·100 − 150 = −90.
	// t=1: 0.8 of it left: 40 + 16 + 24; 0.15 referred join and buy 15; rewards 3 → 0.6·95 − 3 = 54.
	// t=2: 0.64 left: 32 + 14.08 + 19.2; generation 1: 0.12 new (100) + 0.12 seasoned (50+20+30);
	//      generation 2: 0.0225 new → referral revenue 26.25; rewards 2.85 → 54.918 − 2.85 = 52.068.
	const params = testParams({ horizon: 3, lag: 1, discountRate: 0 });
	const { series, totals } = projectReferral(params);

	it('has the expected customers per generation', () => {
		expect(Array.from(series.activeByGeneration[0]!)).toEqual([1, 0.8, expect.closeTo(0.64, 12)]);
		expect(series.newByGeneration[1]![1]).toBeCloseTo(0.15, 12);
		expect(series.newByGeneration[1]![2]).toBeCloseTo(0.12, 12);
		expect(series.newByGeneration[2]![2]).toBeCloseTo(0.0225, 12);
		expect(series.everAcquired[2]).toBeCloseTo(1.2925, 12);
	});

	it('has the expected revenue by source and profit', () => {
		expect(Array.from(series.revenue.direct)).toEqual([100, 40, expect.closeTo(32, 12)]);
		expect(series.revenue.upsell[2]).toBeCloseTo(14.08, 12);
		expect(series.revenue.crossSell[2]).toBeCloseTo(19.2, 12);
		expect(series.revenue.referral[2]).toBeCloseTo(26.25, 12);
		expect(Array.from(series.cumulativeProfit).map((x) => +x.toFixed(9))).toEqual([
			-90, -36, 16.068
		]);
	});

	it('averages acquisition cost over everyone acquired so far, falling after period 0', () => {
		const average = Array.from(series.averageAcquisitionCost);
		expect(average[0]).toBe(150);
		expect(average[1]).toBeCloseTo(153 / 1.15, 12);
		expect(average[2]).toBeCloseTo(155.85 / 1.2925, 12);
		expect(totals.averageAcquisitionCost).toBeCloseTo(average[2]!, 12);
	});

	it('lumps deeper generations into the last tracked one without changing totals', () => {
		const lumped = projectReferral({ ...params, generations: 2 });
		expect(lumped.series.newByGeneration[1]![2]).toBeCloseTo(0.12 + 0.0225, 12);
		expect(lumped.totals.totalValue).toBeCloseTo(totals.totalValue, 9);
	});
});

describe('projectReferral: reduction to 1/(1 − K) head counts (geometric series)', () => {
	it.each([
		{
			name: 'referred like the first (K = 0.75, lag 1)',
			params: testParams({ horizon: 600, lag: 1 })
		},
		{
			name: 'referred stay less (K₀ = 0.75, K_r = 0.5, lag 2)',
			params: testParams({ horizon: 600, lag: 2, referred: testBehaviour({ retention: 0.7 }) })
		}
	])('acquires N₀(1 + K₀/(1 − K_r)) customers over a long horizon: $name', ({ params }) => {
		const headCount = expectedHeadCount(params);
		const { series } = projectReferral(params);
		expect(headCount.kind).toBe('finite');
		if (headCount.kind !== 'finite') return;
		expect(relative(series.everAcquired[599]!, headCount.value)).toBeLessThan(1e-9);
	});

	it('acquires N₀·K₀·K_r^(g−1) customers in generation g, the rest in the last one', () => {
		const params = testParams({
			horizon: 600,
			generations: 5,
			referred: testBehaviour({ retention: 0.7 })
		});
		const { series } = projectReferral(params);
		const total = (row: Float64Array) => row.reduce((a, b) => a + b, 0);
		const [k0, kr] = [0.75, 0.5];
		expect(relative(total(series.newByGeneration[1]!), k0)).toBeLessThan(1e-9);
		expect(relative(total(series.newByGeneration[3]!), k0 * kr * kr)).toBeLessThan(1e-9);
		expect(relative(total(series.newByGeneration[4]!), (k0 * kr ** 3) / (1 - kr))).toBeLessThan(
			1e-9
		);
	});

	it('keeps the finite-horizon numbers finite when K ≥ 1, while the head count is unbounded', () => {
		const params = testParams({ horizon: 120, first: testBehaviour({ referralRate: 1 }) });
		const projection = projectReferral(params);
		expect(projection.viral.headCount).toMatchObject({ kind: 'unbounded' });
		expect(Number.isFinite(projection.totals.totalValue)).toBe(true);
		expect(projection.series.activeCustomers[119]).toBeGreaterThan(
			projection.series.activeCustomers[60]!
		);
	});

	it('refuses a horizon that would pass 10¹² customers, naming the last safe period', () => {
		const params = testParams({
			horizon: 600,
			lag: 1,
			first: testBehaviour({ referralRate: 10, conversion: 1 })
		});
		expect(() => projectReferral(params)).toThrow(ModelInputError);
		try {
			projectReferral(params);
		} catch (error) {
			expect(error).toMatchObject({ field: 'horizon', rule: 'max' });
			const max = (error as ModelInputError).max!;
			expect(() => projectReferral({ ...params, horizon: max })).not.toThrow();
		}
	});
});

describe('projectReferral: market cap', () => {
	it('never acquires more than the cap, and saturation slows referrals', () => {
		const viral = testParams({ horizon: 120, first: testBehaviour({ referralRate: 1 }) });
		const capped = projectReferral({ ...viral, marketCap: 50 });
		expect(Math.max(...capped.series.everAcquired)).toBeLessThanOrEqual(50 + 1e-9);
		// like an epidemic's final size, the chain stops before the whole market is reached
		expect(capped.series.everAcquired[119]).toBeGreaterThan(25);
		expect(capped.series.newCustomers[119]).toBeLessThan(0.01);
		const uncapped = projectReferral(viral);
		expect(capped.series.everAcquired[10]).toBeLessThan(uncapped.series.everAcquired[10]!);
	});

	it('with a cap equal to the first customers, acquires nobody else', () => {
		const { totals } = projectReferral(testParams({ initialCustomers: 3, marketCap: 3 }));
		expect(totals.referredCustomers).toBe(0);
		expect(totals.valueMultiplier).toMatchObject({ kind: 'finite', value: 1 });
	});
});

describe('projectReferral: totals and steps', () => {
	it('totals agree with the series', () => {
		const { series, totals } = projectReferral(testParams());
		expect(relative(totals.totalValue, series.cumulativeProfit[23]!)).toBeLessThan(1e-12);
		const discountedBySource =
			totals.discountedMargin.direct +
			totals.discountedMargin.upsell +
			totals.discountedMargin.crossSell;
		expect(totals.ownValue).toBeCloseTo(discountedBySource, 9);
		expect(totals.referralValue).toBeCloseTo(totals.discountedMargin.referral - totals.rewards, 9);
		expect(totals.customersAcquired).toBe(series.everAcquired[23]);
	});

	it('lists the headline steps the UI shows', () => {
		const ids = projectReferral(testParams()).steps.map((step) => step.id);
		expect(ids).toEqual([
			'referral.viralCoefficient',
			'referral.headCountMultiplier',
			'referral.totalCustomers',
			'referral.viralCoefficientPerCycle',
			'referral.ownValue',
			'referral.referralValue',
			'referral.totalValue',
			'referral.valueMultiplier',
			'referral.averageAcquisitionCost'
		]);
	});

	it('has no multiplier when the first customers bring no own value', () => {
		const { totals } = projectReferral(testParams({ grossMargin: 0 }));
		expect(totals.valueMultiplier).toMatchObject({ kind: 'undefined', reason: 'noOwnValue' });
	});
});

describe('projectReferral: properties', () => {
	it('shows formulas that evaluate to the values shown', () => {
		fc.assert(
			fc.property(paramsArbitrary, (params) => {
				const projection = projectOrNull(params);
				for (const step of projection?.steps ?? []) {
					const tolerance = 1e-9 * Math.max(1, Math.abs(step.value));
					expect(Math.abs(evaluate(step.formula) - step.value)).toBeLessThanOrEqual(tolerance);
				}
			})
		);
	});

	it('returns finite numbers only, and respects the cap', () => {
		fc.assert(
			fc.property(paramsArbitrary, (params) => {
				const projection = projectOrNull(params);
				if (projection === null) return;
				const { series } = projection;
				for (const row of [
					series.cumulativeProfit,
					series.activeCustomers,
					series.averageAcquisitionCost
				]) {
					expect(row.every(Number.isFinite)).toBe(true);
				}
				if (params.marketCap !== null) {
					expect(series.everAcquired[params.horizon - 1]).toBeLessThanOrEqual(
						params.marketCap * (1 + 1e-12)
					);
				}
			})
		);
	});

	it('does not mutate its input', () => {
		fc.assert(
			fc.property(paramsArbitrary, (params) => {
				expectInputUntouched(projectOrNull, params);
			})
		);
	});

	it('with a zero referral rate has multiplier 1 and no referral revenue', () => {
		fc.assert(
			fc.property(paramsArbitrary, (params) => {
				const silent = { ...params, first: { ...params.first, referralRate: 0 } };
				const { series, totals } = projectReferral(silent);
				expect(series.revenue.referral.every((x) => x === 0)).toBe(true);
				expect(totals.referralValue).toBe(0);
				if (totals.valueMultiplier.kind === 'finite') expect(totals.valueMultiplier.value).toBe(1);
			})
		);
	});

	it('is worth more with more retention, referral rate or conversion', () => {
		const raise = fc.constantFrom('retention', 'referralRate', 'conversion');
		fc.assert(
			fc.property(worthwhileParamsArbitrary, raise, doubleIn(0, 1), (params, key, share) => {
				const first = params.first;
				const higher =
					key === 'referralRate' ? first[key] + 2 * share : first[key] + (1 - first[key]) * share;
				const more = {
					...params,
					first: { ...first, [key]: key === 'retention' ? Math.min(higher, 0.99) : higher }
				};
				const base = projectOrNull(params);
				const better = projectOrNull(more);
				if (base === null || better === null) return;
				const tolerance = 1e-9 * Math.max(1, Math.abs(base.totals.totalValue));
				expect(better.totals.totalValue).toBeGreaterThanOrEqual(base.totals.totalValue - tolerance);
			})
		);
	});

	it('makes less profit with a larger referral reward', () => {
		fc.assert(
			fc.property(paramsArbitrary, doubleIn(1, 100), (params, extra) => {
				const base = projectOrNull(params);
				if (base === null) return;
				const dearer = projectReferral({
					...params,
					referralReward: params.referralReward + extra
				});
				const tolerance = 1e-9 * Math.max(1, Math.abs(base.totals.totalValue));
				expect(dearer.totals.totalValue).toBeLessThanOrEqual(base.totals.totalValue + tolerance);
				if (base.totals.referredCustomers > 1e-6) {
					expect(dearer.totals.totalValue).toBeLessThan(base.totals.totalValue);
				}
			})
		);
	});
});
