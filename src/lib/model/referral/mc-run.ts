/**
 * One random run of the referral process: the Monte-Carlo counterpart of `expected.ts`.
 *
 * Customers are grouped into cohorts by the period they joined (and whether they were referred):
 * customers of one cohort have the same age, so they spend the same, and their independent
 * individual fates add up exactly to binomial and Poisson draws on the cohort — the same process as
 * simulating every customer, at a cost that does not grow with the number of customers.
 */
import { binomial, poisson, type Random } from '../random';
import type { ResolvedReferralParams } from './params';
import { acceptanceShare } from './saturation';

/** Per-age spend and per-period discount factors, computed once per simulation. */
export interface RunTables {
	/** Revenue of one first customer at each age (see `spendByAge`). */
	readonly firstSpend: Float64Array;
	/** Revenue of one referred customer at each age. */
	readonly referredSpend: Float64Array;
	/** 1/(1 + d)^t for each period t. */
	readonly discount: Float64Array;
}

/** Working memory of a run, reused from run to run (at most one cohort per period). */
export interface RunScratch {
	size: number;
	readonly counts: Float64Array;
	readonly joinedAt: Int32Array;
	readonly referred: Uint8Array;
	/** Converted referrals due to join in each period. */
	readonly pending: Float64Array;
	/** Own revenue, referred revenue, own active, referred active of the current period. */
	readonly period: Float64Array;
}

/** What a run records for each period. */
export interface RunOutput {
	readonly cumulativeProfit: Float64Array;
	readonly activeCustomers: Float64Array;
	readonly everAcquired: Float64Array;
}

export function createScratch(horizon: number): RunScratch {
	return {
		size: 0,
		counts: new Float64Array(horizon + 1),
		joinedAt: new Int32Array(horizon + 1),
		referred: new Uint8Array(horizon + 1),
		pending: new Float64Array(horizon),
		period: new Float64Array(4)
	};
}

/** Converted referrals that become customers: each one accepted with chance 1 − acquired/M. */
function joiners(p: ResolvedReferralParams, random: Random, pending: number, acquired: number) {
	if (pending <= 0 || p.marketCap === null) return pending;
	const accepted = binomial(random, pending, acceptanceShare(acquired, p.marketCap));
	return Math.min(accepted, Math.floor(p.marketCap - acquired));
}

/** Adds up revenue and active customers of period t, first and referred apart. */
function tally(tables: RunTables, s: RunScratch, t: number): void {
	const sums = s.period;
	sums.fill(0);
	for (let k = 0; k < s.size; k++) {
		const count = s.counts[k]!;
		const age = t - s.joinedAt[k]!;
		if (s.referred[k] === 1) {
			sums[1]! += count * tables.referredSpend[age]!;
			sums[3]! += count;
		} else {
			sums[0]! += count * tables.firstSpend[age]!;
			sums[2]! += count;
		}
	}
}

/** Converted referrals made this period: Poisson(active·ρ) recommendations, Binomial(·, c) convert. */
function referralsMade(p: ResolvedReferralParams, random: Random, s: RunScratch): number {
	const { first, referred } = p;
	const own = binomial(
		random,
		poisson(random, s.period[2]! * first.referralRate),
		first.conversion
	);
	const fromReferred = poisson(random, s.period[3]! * referred.referralRate);
	return own + binomial(random, fromReferred, referred.conversion);
}

/** Each customer stays with probability r: Binomial(n, r) per cohort; empty cohorts are dropped. */
function survive(p: ResolvedReferralParams, random: Random, s: RunScratch): void {
	for (let k = s.size - 1; k >= 0; k--) {
		const retention = s.referred[k] === 1 ? p.referred.retention : p.first.retention;
		const left = binomial(random, s.counts[k]!, retention);
		if (left > 0) {
			s.counts[k] = left;
			continue;
		}
		s.size--;
		s.counts[k] = s.counts[s.size]!;
		s.joinedAt[k] = s.joinedAt[s.size]!;
		s.referred[k] = s.referred[s.size]!;
	}
}

/**
 * Simulates one first-customer chain over the horizon with the same timing as the expected-value
 * model (join, spend, refer, then survive to the next period) and writes its cumulative discounted
 * profit, active customers and customers ever acquired into `out`.
 */
export function simulateRun(
	p: ResolvedReferralParams,
	tables: RunTables,
	s: RunScratch,
	random: Random,
	out: RunOutput
): void {
	s.size = 0;
	s.pending.fill(0);
	let acquired = 0;
	let cumulative = 0;
	for (let t = 0; t < p.horizon; t++) {
		const joined = t === 0 ? p.initialCustomers : joiners(p, random, s.pending[t]!, acquired);
		if (joined > 0) {
			s.counts[s.size] = joined;
			s.joinedAt[s.size] = t;
			s.referred[s.size++] = t === 0 ? 0 : 1;
		}
		acquired += joined;
		tally(tables, s, t);
		if (t + p.lag < p.horizon) s.pending[t + p.lag]! += referralsMade(p, random, s);
		const cost = t === 0 ? p.initialCustomers * p.acquisitionCost : joined * p.referralReward;
		const profit = p.grossMargin * (s.period[0]! + s.period[1]!) - cost;
		cumulative += profit * tables.discount[t]!;
		out.cumulativeProfit[t] = cumulative;
		out.activeCustomers[t] = s.period[2]! + s.period[3]!;
		out.everAcquired[t] = acquired;
		survive(p, random, s);
	}
}
