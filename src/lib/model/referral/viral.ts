/**
 * The viral coefficient K: how many new customers one customer brings in through recommendations.
 */
import { c, div, mul, paren, sub, v, type Expr, type Step } from '../expr';
import type { CustomerBehaviour } from './params';

/** Why a quantity has no finite value. */
export type UnboundedReason =
	/** Retention is 1 and the customer refers: it stays, and refers, forever. */
	| 'endlessLifetime'
	/** K ≥ 1: each customer replaces itself at least once, so the chain never dies out. */
	| 'viralCoefficientAtLeastOne';

/** A number, or the reason there is none (never Infinity). */
export type Bounded =
	| { readonly kind: 'finite'; readonly value: number; readonly steps: readonly Step[] }
	| {
			readonly kind: 'unbounded';
			readonly reason: UnboundedReason;
			readonly steps: readonly Step[];
	  };

export interface ViralCoefficient {
	/** T = 1/(1 − r): expected active periods of a customer (the first is certain). */
	readonly expectedLifetime: Bounded;
	/** K = ρ·c/(1 − r): converted referrals per customer over its expected lifetime. */
	readonly lifetime: Bounded;
	/** K_cycle = ρ·L·c: converted referrals per active customer per cycle of L periods. */
	readonly perCycle: { readonly value: number; readonly steps: readonly Step[] };
}

const finite = (id: string, formula: Expr, value: number): Bounded => ({
	kind: 'finite',
	value,
	steps: [{ id, formula, value }]
});

/**
 * The viral coefficient: converted referrals that one customer brings over its whole expected
 * lifetime. A customer is active in its first period for sure and in each later one with
 * probability r, so it is active 1 + r + r² + … = 1/(1 − r) periods on average; making ρ
 * recommendations per active period of which a share c convert gives
 *
 *   K = ρ · c / (1 − r)   (customers per customer; ρ per period, T = 1/(1 − r) in periods).
 *
 * The per-cycle form of the growth-hacking literature, K_cycle = ρ · L · c, counts the converted
 * referrals per active customer per cycle of L periods (L = lag). K is the one the head-count
 * identity 1/(1 − K) uses. Symbols: `referralRate` = ρ, `conversion` = c, `retention` = r,
 * `lag` = L. Step ids: `referral.expectedLifetime`, `referral.viralCoefficient`,
 * `referral.viralCoefficientPerCycle`, each suffixed `Referred` when `label` is `'r'`.
 *
 * Source: Skok, "Lessons Learned – Viral Marketing" (2009) for K and cycle time; the geometric
 * lifetime as in Gupta & Lehmann (2003).
 *
 * @example
 * viralCoefficient({ ...behaviour, referralRate: 0.5, conversion: 0.2, retention: 0.75 }, 2).lifetime
 * //=> { kind: 'finite', value: 0.4, steps: [...] } (0.5 × 0.2 / (1 − 0.75))
 */
export function viralCoefficient(
	behaviour: Readonly<CustomerBehaviour>,
	lag: number,
	label: '' | '0' | 'r' = ''
): ViralCoefficient {
	const symbol = (name: string) => (label === '' ? name : `${name}_${label}`);
	const id = (name: string) => `referral.${name}${label === 'r' ? 'Referred' : ''}`;
	const { referralRate, conversion, retention } = behaviour;
	const rho = v(symbol('ρ'), referralRate, 'number');
	const conv = v(symbol('c'), conversion, 'rate');
	const oneMinusR = paren(sub(c(1), v(symbol('r'), retention, 'rate')));
	const cycle = referralRate * lag * conversion;
	const cycleFormula = mul(rho, v('L', lag, 'count'), conv);
	const perCycle = {
		value: cycle,
		steps: [{ id: id('viralCoefficientPerCycle'), formula: cycleFormula, value: cycle }]
	};
	if (retention >= 1) {
		const endless = { kind: 'unbounded', reason: 'endlessLifetime', steps: [] } as const;
		// a customer who never leaves but never refers still brings nobody: K = ρ·c = 0
		const noReferrals: Bounded = {
			kind: 'finite',
			value: 0,
			steps: [{ id: id('viralCoefficient'), formula: mul(rho, conv), value: 0 }]
		};
		const lifetime = referralRate * conversion === 0 ? noReferrals : endless;
		return { expectedLifetime: endless, lifetime, perCycle };
	}
	const periods = 1 / (1 - retention);
	const k = (referralRate * conversion) / (1 - retention);
	const lifetimeFormula = div(c(1), oneMinusR);
	const kFormula = div(mul(rho, conv), oneMinusR);
	return {
		expectedLifetime: finite(id('expectedLifetime'), lifetimeFormula, periods),
		lifetime: finite(id('viralCoefficient'), kFormula, k),
		perCycle
	};
}
