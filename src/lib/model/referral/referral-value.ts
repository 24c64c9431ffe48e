/**
 * Customer referral value (CRV): what a customer is worth through the customers it refers.
 */
import {
	ModelInputError,
	maxRate,
	requireMoney,
	requireRange,
	requireSignedMoney
} from '../errors';
import { add, c, div, mul, paren, pow, sub, v, type Expr, type Step } from '../expr';

/** One referral (or `count` identical expected referrals) made by the customer being valued. */
export interface ReferredCustomer {
	/** t: period, counted from now, in which this referral's margin and saving arrive (≥ 0). */
	readonly period: number;
	/** True if the referred customer would have joined anyway; then only the saving counts. */
	readonly wouldJoinAnyway: boolean;
	/** Margin the referred customer brings, valued at period t (money). */
	readonly margin: number;
	/** Referral incentive paid for this referral (money). */
	readonly incentive: number;
	/** Acquisition cost the firm saves because it did not have to win this customer itself. */
	readonly acquisitionSaving: number;
	/** Expected number of such referrals; 1 if omitted (the model passes fractions). */
	readonly count?: number;
}

export interface CustomerReferralValue {
	/** CRV in money, discounted to now. */
	readonly value: number;
	/** Each referral's discounted contribution, in input order (count included). */
	readonly contributions: readonly number[];
	/** `referral.customerReferralValue`: the sum written out with the user's numbers. */
	readonly steps: readonly Step[];
}

function validate(referrals: readonly ReferredCustomer[], discountRate: number): void {
	requireRange('discountRate', discountRate, 0, maxRate);
	if (!Array.isArray(referrals)) throw new ModelInputError('referrals', 'custom', 'must be a list');
	referrals.forEach((referral, k) => {
		const at = `referrals[${k}]`;
		requireRange(`${at}.period`, referral.period, 0, 10_000);
		requireSignedMoney(`${at}.margin`, referral.margin);
		requireMoney(`${at}.incentive`, referral.incentive);
		requireMoney(`${at}.acquisitionSaving`, referral.acquisitionSaving);
		requireRange(`${at}.count`, referral.count ?? 1, 0, 1e12);
	});
}

/** The k-th term: n·(m − I + S)/(1 + d)^t for a new customer, n·S/(1 + d)^t otherwise. */
function term(referral: ReferredCustomer, k: number, discountRate: number): Expr {
	const name = (symbol: string) => `${symbol}_${k + 1}`;
	const saving = v(name('S'), referral.acquisitionSaving, 'money');
	const cashFlow = referral.wouldJoinAnyway
		? saving
		: paren(
				add(
					sub(v(name('m'), referral.margin, 'money'), v(name('I'), referral.incentive, 'money')),
					saving
				)
			);
	const discount = pow(
		paren(add(c(1), v('d', discountRate, 'rate'))),
		v(name('t'), referral.period, 'count')
	);
	const single = div(cashFlow, discount);
	return referral.count === undefined || referral.count === 1
		? single
		: mul(v(name('n'), referral.count, 'count'), single);
}

/**
 * Customer referral value (Kumar, Petersen & Leone, "How Valuable Is Word of Mouth?", Harvard
 * Business Review, Oct 2007): the discounted value of the customers a customer brings in. For a
 * referred customer who joined *because of* the referral, count its margin, minus the referral
 * incentive, plus the acquisition cost the firm saved; for one who would have joined anyway, count
 * only the saving (its margin would have come regardless).
 *
 *   CRV = Σ_k n_k · [new_k·(m_k − I_k) + S_k] / (1 + d)^(t_k)
 *
 * m margin (money, valued at t), I incentive, S acquisition-cost saving, d discount rate per period,
 * t the period the cash flows arrive (t = 1 is one period from now), n the number of such referrals.
 * Step id: `referral.customerReferralValue`.
 *
 * @example
 * // a synthetic check at 10%, by hand: 150/1.1 + 110/1.21 + 50/1.1
 * customerReferralValue([
 *   { period: 1, wouldJoinAnyway: false, margin: 120, incentive: 20, acquisitionSaving: 50 },
 *   { period: 2, wouldJoinAnyway: false, margin: 80, incentive: 20, acquisitionSaving: 50 },
 *   { period: 1, wouldJoinAnyway: true, margin: 0, incentive: 0, acquisitionSaving: 50 }
 * ], 0.1).value
 * //=> 272.7272727272727 (150/1.1 + 110/1.21 + 50/1.1)
 */
export function customerReferralValue(
	referrals: readonly ReferredCustomer[],
	discountRate: number
): CustomerReferralValue {
	validate(referrals, discountRate);
	const contributions = referrals.map((referral) => {
		const cashFlow = referral.wouldJoinAnyway
			? referral.acquisitionSaving
			: referral.margin - referral.incentive + referral.acquisitionSaving;
		return ((referral.count ?? 1) * cashFlow) / Math.pow(1 + discountRate, referral.period);
	});
	const value = contributions.reduce((total, x) => total + x, 0);
	const terms = referrals.map((referral, k) => term(referral, k, discountRate));
	const formula = terms.length === 0 ? c(0) : terms.length === 1 ? terms[0]! : add(...terms);
	return {
		value,
		contributions,
		steps: [{ id: 'referral.customerReferralValue', formula, value }]
	};
}
