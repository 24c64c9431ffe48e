/**
 * Everything the retention page shows, from one cohort table and the money settings: the fit, the
 * spread of churn, the projection, the value of a new and of a renewed customer, the value of the
 * current base, the constant-churn shortcut beside it, and the age warnings. One call, so the page
 * recomputes it in a single `$derived`.
 *
 * Source: Fader & Hardie (2007), "How to project customer retention"; Fader & Hardie (2010),
 * "Customer-base valuation in a contractual setting: the perils of ignoring heterogeneity".
 */
import { requireInteger } from '../errors';
import { customerBaseValue, type BaseValue } from './base-value';
import { churnDistribution, type ChurnDistribution } from './churn-distribution';
import { requireCohorts, type CohortCounts } from './cohorts';
import { compareConstantChurn, type ConstantChurnComparison } from './constant-churn';
import {
	newCustomerValue,
	renewedCustomerValue,
	type CustomerValue,
	type ValueSettings
} from './customer-value';
import { fitSbg, type SbgFitted, type UnfitReason } from './fit';
import { MAX_HORIZON } from './params';
import { projectCohorts, type Projection } from './projection';
import { ageWarnings, type AgeWarnings } from './warnings';

export interface RetentionInput {
	readonly counts: CohortCounts;
	/** Periods held back at the end of every cohort (default 0). */
	readonly holdout?: number;
	/** Ages the projection reaches, in periods. */
	readonly horizon: number;
	readonly settings: ValueSettings;
	/** Renewals made by the customer whose residual value is shown (default: 1). */
	readonly renewals?: number;
	/** Periods at which the two models' survival is compared (default [24, 36]). */
	readonly comparePeriods?: readonly number[];
	/** Renewal decisions needed before a projection is trusted (default 4). */
	readonly minPeriods?: number;
}

export type RetentionAnalysis =
	| {
			readonly kind: 'fitted';
			readonly fit: SbgFitted;
			readonly churn: ChurnDistribution;
			readonly projection: Projection;
			readonly newCustomer: CustomerValue;
			readonly renewedCustomer: CustomerValue;
			readonly base: BaseValue;
			readonly constantChurn: ConstantChurnComparison;
			readonly warnings: AgeWarnings;
	  }
	| { readonly kind: 'unfit'; readonly reason: UnfitReason; readonly warnings: AgeWarnings };

/**
 * Fits and values a cohort table in one pass. Throws `ModelInputError` for invalid inputs; a table
 * that is valid but cannot be fitted (nobody lost, nobody renewed, no period after the first)
 * returns `kind: 'unfit'` with the reason.
 *
 * @example
 * analyzeRetention({ counts: [[1000, 631, 468, 382, 326, 289, 262, 241]], horizon: 12,
 *   settings: { margin: 1, acquisitionCost: 0, annualDiscountRate: 0.1, unit: 'year' } }).kind
 * //=> 'fitted'
 */
export function analyzeRetention(input: RetentionInput): RetentionAnalysis {
	requireCohorts(input.counts);
	const holdout = input.holdout ?? 0;
	const renewals = input.renewals ?? 1;
	requireInteger('renewals', renewals, 0, MAX_HORIZON);
	const warnings = ageWarnings(input.counts, { holdout, minPeriods: input.minPeriods });
	const fit = fitSbg(input.counts, { holdout });
	if (fit.kind === 'unfit') return { kind: 'unfit', reason: fit.reason, warnings };
	const params = { alpha: fit.alpha.value, beta: fit.beta.value };
	return {
		kind: 'fitted',
		fit,
		churn: churnDistribution(params, { covariance: fit.covariance }),
		projection: projectCohorts(params, input.counts, { horizon: input.horizon, holdout }),
		newCustomer: newCustomerValue(params, input.settings),
		renewedCustomer: renewedCustomerValue(params, input.settings, renewals),
		base: customerBaseValue(params, input.counts, input.settings),
		constantChurn: compareConstantChurn(
			params,
			fit.riskSets,
			input.counts,
			input.settings,
			input.comparePeriods
		),
		warnings
	};
}
