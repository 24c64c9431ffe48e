/**
 * Every simulation's mean against its closed form, within 3 standard errors, at the sizes where the
 * samplers switch method: binomial draws count up to 16 trials and invert below n·min(p, 1 − p) = 10,
 * Poisson draws invert below a mean of 10 (src/lib/model/random.ts). Fixed seeds.
 */
import { describe, expect, it } from 'vitest';
import { simulateCohort, type LifecycleChain } from '../../src/lib/model/lifecycle';
import { simulateReferral, type ReferralParams } from '../../src/lib/model/referral';
import { DEFAULT_CUSTOMER_BASE, generateCustomerBase } from '../../src/lib/model/segments';

const within3se = (mean: number, exact: number, se: number) =>
	expect(Math.abs(mean - exact)).toBeLessThanOrEqual(3 * se + 1e-9 * Math.abs(exact));

const referral = (
	initialCustomers: number,
	retention: number,
	referralRate: number,
	horizon: number
): ReferralParams => ({
	initialCustomers,
	horizon,
	lag: 1,
	grossMargin: 0.5,
	discountRate: 0,
	acquisitionCost: 0,
	referralReward: 0,
	marketCap: null,
	generations: 12,
	first: {
		firstPurchase: 10,
		repeatPurchase: 10,
		upsell: 0,
		upsellGrowth: 0,
		crossSell: 0,
		retention,
		referralRate,
		conversion: 0.5
	},
	referred: null
});

describe('referral Monte-Carlo', () => {
	// Survivors of a cohort of n are Binomial(n, r): with r = 0.99, n·(1 − r) = 0.16, 0.17, 9.99, 10
	// and with r = 0.5 the counts pass 16 trials: every binomial method in turn. 64 and 100 are
	// where a normal approximation used to take over (issue 14: 100 at 0.99 was 83 SE off).
	it.each([
		[16, 0.99],
		[17, 0.99],
		[64, 0.99],
		[100, 0.99],
		[999, 0.99],
		[1000, 0.99],
		[17, 0.5],
		[1000, 0.5]
	])('%d first customers at retention %d: N₀·r^t active in every period', (n, r) => {
		const band = simulateReferral(referral(n, r, 0, 12), 101, 4000).activeCustomers;
		for (let t = 1; t < 12; t++) {
			within3se(band.mean[t]!, n * Math.pow(r, t), band.standardError[t]!);
		}
	});

	it('draws referrals as Poisson around a mean of 10 and acquires the branching mean', () => {
		// 100 customers × ρ = 0.1: Poisson(10) at t = 0, then just under 10 as they leave
		const p = referral(100, 0.99, 0.1, 10);
		const band = simulateReferral(p, 7, 4000).everAcquired;
		const active: number[] = [];
		let acquired = 0;
		for (let t = 0; t < 10; t++) {
			const joined = t === 0 ? 100 : 0.1 * 0.5 * active[t - 1]!;
			active.push((t === 0 ? 0 : 0.99 * active[t - 1]!) + joined);
			acquired += joined;
			if (t > 0) within3se(band.mean[t]!, acquired, band.standardError[t]!);
		}
	});
});

describe('lifecycle Monte-Carlo', () => {
	it('values customers at retention 0.99 as Σ 100·(0.99/1.005)^t over 100 periods', () => {
		const chain: LifecycleChain = {
			states: [
				{ id: 'active', name: 'active', revenue: 100, cost: 0 },
				{ id: 'lost', name: 'lost', revenue: 0, cost: 0, churned: true }
			],
			transitions: [
				[0.99, 0.01],
				[0, 1]
			],
			discountRate: 0.005
		};
		const result = simulateCohort({
			chain,
			cohort: { cohortSize: 2000, periods: 100, initial: 'active' },
			runs: 10,
			seed: 3
		});
		let exact = 0;
		for (let t = 0; t < 100; t++) exact += 100 * Math.pow(0.99 / 1.005, t);
		within3se(result.customerValue.mean, exact, result.customerValue.standardError);
	});

	it('values the recency chain from each start state as R + βP·V, worked out here', () => {
		const buy = [0.3, 0.2, 0.15, 0.05];
		const reward = [36, -4, -4, -4, 0];
		const P = buy
			.map((p, j) => [p, ...[1, 2, 3, 4].map((k) => (k === j + 1 ? 1 - p : 0))])
			.concat([[0, 0, 0, 0, 1]]);
		const chain: LifecycleChain = {
			states: reward.map((revenue, s) => ({
				id: `s${s}`,
				name: `s${s}`,
				revenue,
				cost: 0,
				churned: s === 4
			})),
			transitions: P,
			discountRate: 0.2
		};
		// V_T = R + (1.2)^−1 P V_(T−1), V_0 = R; 20 periods counted 0 … 19
		let values = [...reward];
		for (let k = 1; k < 20; k++) {
			values = reward.map((r, s) => r + P[s]!.reduce((acc, p, j) => acc + p * values[j]!, 0) / 1.2);
		}
		for (const start of [0, 3]) {
			const result = simulateCohort({
				chain,
				cohort: { cohortSize: 20_000, periods: 20, initial: `s${start}` },
				runs: 1,
				seed: 11 + start
			});
			within3se(result.customerValue.mean, values[start]!, result.customerValue.standardError);
		}
	});
});

describe('sample customer generator', () => {
	it.each([9.99, 10, 12])('draws 1 + Poisson(%d) transactions', (median) => {
		const { customers } = generateCustomerBase(
			{
				...DEFAULT_CUSTOMER_BASE,
				count: 10_000,
				medianRepeatPurchases: median,
				frequencySpread: 0
			},
			17
		);
		const mean = customers.reduce((acc, c) => acc + c.transactions, 0) / customers.length;
		within3se(mean, 1 + median, Math.sqrt(median / customers.length));
	});
});
