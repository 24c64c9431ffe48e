/**
 * The common shortcut, computed on the same data: one churn rate for everyone, the same in every
 * period, "lifetime = 1/churn". Set beside the sBG it shows how much the shortcut under-values a
 * subscription business.
 *
 * - Churn c = Σ_t D_t / Σ_t N_t: customers lost over customer-periods at risk in the calibration
 *   (the maximum-likelihood churn of the constant-churn, i.e. geometric, model, right-censoring
 *   included). When every customer really has the same churn, the sBG fit tends to the same model
 *   (α, β → ∞ with α/(α + β) = c) and the gap closes.
 * - Survival (1 − c)^t; expected lifetime 1/c periods (counting the first).
 * - DEL_c = Σ_{t≥0} (1 − c)^t/(1 + d)^t = (1 + d)/(d + c); DERL_c = (1 − c)(1 + d)/(d + c), the same
 *   at every age: the shortcut forgets that the customers still here are the loyal ones.
 * - Base value m·Σ_c n_{c,τ_c}·DERL_c, and the gap to the sBG base value.
 *
 * Source: Fader & Hardie (2010), "Customer-base valuation in a contractual setting: the perils of
 * ignoring heterogeneity", Marketing Science 29(1), §4 (the under-valuation of a customer base when
 * heterogeneity is ignored); geometric lifetimes as in Gupta & Lehmann (2003).
 */
import { ModelInputError, requireInteger } from '../errors';
import { add, c, div, mul, paren, pow, sub, v, type Step } from '../expr';
import { customerBaseValue } from './base-value';
import { requireCohorts, type CohortCounts, type RiskSets } from './cohorts';
import { periodDiscountRate, type ValueSettings } from './customer-value';
import { discountedExpectedLifetime } from './lifetime';
import { MAX_HORIZON, type SbgParams } from './params';
import { survival } from './survival';

export interface SurvivalComparison {
	readonly period: number;
	/** S(t) under the sBG. */
	readonly sbg: number;
	/** (1 − c)^t. */
	readonly constant: number;
}

export interface ConstantChurnComparison {
	/** c per period. */
	readonly churn: number;
	readonly survival: readonly SurvivalComparison[];
	/** 1/c, in periods. */
	readonly lifetime: number;
	/** The sBG's expected (undiscounted) lifetime, or null when infinite (α ≤ 1). */
	readonly sbgLifetime: number | null;
	readonly periodDiscountRate: number;
	/** DEL under constant churn, (1 + d)/(d + c). */
	readonly discountedLifetime: number;
	/** DERL under constant churn, the same at every age. */
	readonly residualLifetime: number;
	/** Base value under constant churn. */
	readonly baseValue: number;
	/** Base value under the sBG, or null when infinite (d = 0, α ≤ 1). */
	readonly sbgBaseValue: number | null;
	/** sBG − constant, or null with sbgBaseValue. */
	readonly gap: number | null;
	/** gap / sBG value: the share of the base's value the shortcut misses; null if undefined. */
	readonly understatement: number | null;
	readonly steps: readonly Step[];
}

/** c = Σ D / Σ N over the calibration, with its step 'sbg.constantChurn'. */
function pooledChurn(sets: RiskSets): { value: number; step: Step } {
	const atRisk = sets.atRisk.reduce((sum, n) => sum + n, 0);
	const lost = atRisk - sets.survived.reduce((sum, n) => sum + n, 0);
	if (!(atRisk > 0) || !(lost > 0))
		throw new ModelInputError('counts', 'custom', 'needs at least one customer lost');
	const value = lost / atRisk;
	const formula = div(v('D', lost, 'count'), v('N', atRisk, 'count'));
	return { value, step: { id: 'sbg.constantChurn', formula, value } };
}

/**
 * The constant-churn shortcut on the same calibration data, next to the sBG fit: survival at the
 * given periods (24 and 36 by default), lifetime, DEL, DERL, base value, and the gap.
 *
 * @example
 * const counts = [[1000, 631, 468, 382, 326, 289, 262, 241]];
 * compareConstantChurn({ alpha: 0.704077, beta: 1.182043 }, riskSets(counts), counts,
 *   { margin: 1, acquisitionCost: 0, annualDiscountRate: 0.1, unit: 'year' }).churn
 * //=> 0.2259… (759 lost / 3358 customer-years)
 */
export function compareConstantChurn(
	params: SbgParams,
	sets: RiskSets,
	counts: CohortCounts,
	settings: ValueSettings,
	periods: readonly number[] = [24, 36]
): ConstantChurnComparison {
	requireCohorts(counts);
	periods.forEach((t) => requireInteger('periods', t, 0, MAX_HORIZON));
	const churn = pooledChurn(sets);
	const rate = periodDiscountRate(settings.annualDiscountRate, settings.unit);
	const d = rate.value;
	const cc = v('c', churn.value, 'rate');
	const dd = v('d', d, 'rate');
	const keep = paren(sub(c(1), cc));
	const survivalSteps: Step[] = [];
	const comparison = periods.map((t): SurvivalComparison => {
		const constant = Math.pow(1 - churn.value, t);
		survivalSteps.push({ id: 'sbg.constantSurvival', formula: pow(keep, c(t)), value: constant });
		return { period: t, sbg: survival(params, t).value, constant };
	});
	const lifetime = 1 / churn.value;
	const del = (1 + d) / (d + churn.value);
	const derl = ((1 - churn.value) * (1 + d)) / (d + churn.value);
	const active = counts.reduce((sum, row) => sum + row[row.length - 1]!, 0);
	const baseValue = settings.margin * active * derl;
	const sbgBase = customerBaseValue(params, counts, settings);
	const sbgBaseValue = sbgBase.kind === 'finite' ? sbgBase.value : null;
	const gap = sbgBaseValue === null ? null : sbgBaseValue - baseValue;
	const growth = paren(add(c(1), dd));
	const steps: Step[] = [
		churn.step,
		...survivalSteps,
		{ id: 'sbg.constantLifetime', formula: div(c(1), cc), value: lifetime },
		...rate.steps,
		{ id: 'sbg.constantDel', formula: div(growth, paren(add(dd, cc))), value: del },
		{ id: 'sbg.constantDerl', formula: div(mul(keep, growth), paren(add(dd, cc))), value: derl },
		{
			id: 'sbg.constantBaseValue',
			formula: mul(v('m', settings.margin, 'money'), v('n', active, 'count'), v('DERL_c', derl)),
			value: baseValue
		}
	];
	if (gap !== null)
		steps.push({
			id: 'sbg.baseValueGap',
			formula: sub(v('V', sbgBaseValue!, 'money'), v('V_c', baseValue, 'money')),
			value: gap
		});
	const undiscounted = discountedExpectedLifetime(params, 0);
	return {
		churn: churn.value,
		survival: comparison,
		lifetime,
		sbgLifetime: undiscounted.kind === 'finite' ? undiscounted.value : null,
		periodDiscountRate: d,
		discountedLifetime: del,
		residualLifetime: derl,
		baseValue,
		sbgBaseValue,
		gap,
		understatement: gap !== null && sbgBaseValue! > 0 ? gap / sbgBaseValue! : null,
		steps
	};
}
