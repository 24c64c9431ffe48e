/**
 * The value of the whole current customer base: every cohort at its age, its active customers
 * times their expected discounted residual lifetime times the margin.
 *
 * V = m · Σ_c n_{c,τ_c} · DERL(d | τ_c renewals), where cohort c was last observed at age τ_c with
 * n_{c,τ_c} customers active. Those customers have made τ_c renewals and face their next renewal
 * decision; older cohorts are worth more per head, because the customers still in them are the ones
 * least likely to leave. Margins as in `customer-value.ts` (start of each period), d per period.
 *
 * Source: Fader & Hardie (2010), "Customer-base valuation in a contractual setting: the perils of
 * ignoring heterogeneity", Marketing Science 29(1), §3 (the residual value of a customer base).
 */
import { requireRange } from '../errors';
import { add, mul, paren, v, type Step } from '../expr';
import { requireCohorts, type CohortCounts } from './cohorts';
import {
	MAX_MONEY,
	periodDiscountRate,
	type DivergentValue,
	type ValueSettings
} from './customer-value';
import { residualLifetimes } from './lifetime';
import type { SbgParams } from './params';

export interface CohortValue {
	/** τ_c: the cohort's age, which is also its customers' number of renewals. */
	readonly age: number;
	/** n_{c,τ_c}: customers active now. */
	readonly active: number;
	/** DERL after τ_c renewals, in periods. */
	readonly residualLifetime: number;
	/** m·n·DERL, in money. */
	readonly value: number;
}

export type BaseValue =
	| {
			readonly kind: 'finite';
			readonly periodDiscountRate: number;
			readonly cohorts: readonly CohortValue[];
			/** Σ of the cohorts' values. */
			readonly value: number;
			/** Customers active now, Σ n_{c,τ_c}. */
			readonly active: number;
			/** 'periodDiscountRate', 'sbg.baseValue'. */
			readonly steps: readonly Step[];
	  }
	| DivergentValue;

/**
 * Residual value of every cohort's active customers, and of the whole base. Acquisition costs are
 * sunk and not deducted.
 *
 * @example
 * customerBaseValue({ alpha: 0.704077, beta: 1.182043 }, [[1000, 631, 468, 382, 326, 289, 262, 241]],
 *   { margin: 1, acquisitionCost: 0, annualDiscountRate: 0.1, unit: 'year' }).value
 * //=> 1649.0… (241 customers × DERL after 7 renewals, 6.8423)
 */
export function customerBaseValue(
	params: SbgParams,
	counts: CohortCounts,
	settings: ValueSettings
): BaseValue {
	requireCohorts(counts);
	requireRange('margin', settings.margin, 0, MAX_MONEY);
	const rate = periodDiscountRate(settings.annualDiscountRate, settings.unit);
	const d = rate.value;
	const oldest = Math.max(...counts.map((row) => row.length - 1));
	const lifetimes = residualLifetimes(params, d, oldest);
	if (!lifetimes)
		return {
			kind: 'divergent',
			reason: 'undiscounted-heavy-tail',
			periodDiscountRate: d,
			steps: rate.steps
		};
	const m = settings.margin;
	const cohorts = counts.map((row): CohortValue => {
		const age = row.length - 1;
		const active = row[age]!;
		const residualLifetime = lifetimes[age]!;
		return { age, active, residualLifetime, value: m * active * residualLifetime };
	});
	const value = cohorts.reduce((sum, cohort) => sum + cohort.value, 0);
	const active = cohorts.reduce((sum, cohort) => sum + cohort.active, 0);
	const terms = cohorts.flatMap((cohort, c) =>
		cohort.active === 0
			? []
			: [mul(v(`n_${c + 1}`, cohort.active, 'count'), v(`DERL_${c + 1}`, cohort.residualLifetime))]
	);
	const total =
		terms.length === 0 ? v('n', 0, 'count') : terms.length === 1 ? terms[0]! : paren(add(...terms));
	const formula = mul(v('m', m, 'money'), total);
	return {
		kind: 'finite',
		periodDiscountRate: d,
		cohorts,
		value,
		active,
		steps: [...rate.steps, { id: 'sbg.baseValue', formula, value }]
	};
}
