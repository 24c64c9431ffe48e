/**
 * The expected number of customers a referral chain brings in over all time: the 1/(1 − K) check.
 */
import { add, c, div, mul, paren, sub, v, type Step } from '../expr';
import { resolveReferralParams, type ReferralParams, type ResolvedReferralParams } from './params';
import { viralCoefficient, type Bounded, type UnboundedReason } from './viral';

export type HeadCount =
	/**
	 * `finite`: expected customers ever acquired (exact without a cap; an upper bound under a cap);
	 * `unbounded`: no cap and the chain never dies out, so no finite total.
	 */
	| Bounded
	/** The uncapped total is unbounded or above the market cap M: the cap decides the total. */
	| {
			readonly kind: 'capped';
			readonly cap: number;
			readonly reason: UnboundedReason | 'capBelowExpectation';
			readonly steps: readonly Step[];
	  };

/** Whether referred customers refer exactly like the first ones (one K for both). */
export function sameReferring(p: ResolvedReferralParams): boolean {
	const { first, referred } = p;
	return (
		first.referralRate === referred.referralRate &&
		first.conversion === referred.conversion &&
		first.retention === referred.retention
	);
}

function capped(p: ResolvedReferralParams, reason: UnboundedReason, steps: Step[]): HeadCount {
	return p.marketCap === null
		? { kind: 'unbounded', reason, steps }
		: { kind: 'capped', cap: p.marketCap, reason, steps };
}

/** Same as {@link expectedHeadCount} for parameters already validated. */
export function headCountOf(p: ResolvedReferralParams): HeadCount {
	const same = sameReferring(p);
	const k0 = viralCoefficient(p.first, p.lag, same ? '' : '0').lifetime;
	const kr = viralCoefficient(p.referred, p.lag, same ? '' : 'r').lifetime;
	const n0 = v('N_0', p.initialCustomers, 'count');
	const steps: Step[] = same ? [...k0.steps] : [...k0.steps, ...kr.steps];
	if (k0.kind === 'unbounded') return capped(p, k0.reason, steps);
	if (k0.value === 0) {
		const formula = mul(n0, paren(add(c(1), v(same ? 'K' : 'K_0', 0, 'number'))));
		const total = { id: 'referral.totalCustomers', formula, value: p.initialCustomers };
		return { kind: 'finite', value: p.initialCustomers, steps: [...steps, total] };
	}
	if (kr.kind === 'unbounded') return capped(p, kr.reason, steps);
	if (kr.value >= 1) return capped(p, 'viralCoefficientAtLeastOne', steps);
	const kName = same ? 'K' : 'K_r';
	const multiplierValue = 1 / (1 - kr.value);
	const multiplier = div(c(1), paren(sub(c(1), v(kName, kr.value, 'number'))));
	steps.push({ id: 'referral.headCountMultiplier', formula: multiplier, value: multiplierValue });
	const value = same
		? p.initialCustomers * multiplierValue
		: p.initialCustomers * (1 + k0.value * multiplierValue);
	const formula = same
		? mul(n0, multiplier)
		: mul(n0, paren(add(c(1), mul(v('K_0', k0.value, 'number'), multiplier))));
	steps.push({ id: 'referral.totalCustomers', formula, value });
	if (p.marketCap !== null && p.marketCap < value) {
		return { kind: 'capped', cap: p.marketCap, reason: 'capBelowExpectation', steps };
	}
	return { kind: 'finite', value, steps };
}

/**
 * Expected customers ever acquired from N₀ first customers when every customer refers in turn: a
 * geometric series. Each first customer brings K₀ referred customers, each of those K_r more, and so
 * on, so the total is N₀·(1 + K₀ + K₀K_r + K₀K_r² + …) = N₀·(1 + K₀/(1 − K_r)); when referred
 * customers behave like the first (K₀ = K_r = K) this is the classic N₀/(1 − K). Counts are
 * customers; the lag only sets how fast the total is reached, not its size.
 *
 * Without a market cap and with K_r ≥ 1 (or retention 1) the series diverges and the result is
 * `{ kind: 'unbounded' }`; with a cap the cap decides (`{ kind: 'capped' }`). A finite value under a
 * cap is an upper bound: saturation only removes referrals. Step ids: the K steps of
 * {@link viralCoefficient}, `referral.headCountMultiplier` (1/(1 − K)), `referral.totalCustomers`.
 *
 * Source: the branching-process (Galton–Watson) mean, as used for viral growth by Skok (2009):
 * with K < 1 the expected head count is the geometric series 1 + K + K² + … = 1/(1 − K).
 *
 * @example
 * expectedHeadCount({ ...params, initialCustomers: 1, marketCap: null,
 *   first: { ...b, referralRate: 0.5, conversion: 0.2, retention: 0.75 }, referred: null })
 * //=> { kind: 'finite', value: 1.6666666666666667, ... } (K = 0.4, 1/(1 − 0.4))
 */
export function expectedHeadCount(params: Readonly<ReferralParams>): HeadCount {
	return headCountOf(resolveReferralParams(params));
}
