/**
 * Everything the subscription page shows, from its inputs in one pure pass: the table (from the link
 * or the browser's copy), the sBG fit and valuation (`analyzeRetention`), the curves the charts
 * draw over the longer of the horizon and the oldest cohort, what the whole table shows (all cohorts
 * pooled), the constant-churn forecast of the base, and the steps grouped by section. Throws the
 * model's `ModelInputError` for inputs it refuses, so the page keeps its last valid view.
 */
import { ModelInputError } from '$lib/model/errors';
import type { Step } from '$lib/model/expr';
import {
	analyzeRetention,
	calibrationAge,
	retentionCurve,
	riskSets,
	survivalCurve,
	type RetentionAnalysis,
	type SbgParams
} from '$lib/model/sbg';
import { modelInput, type SubscriptionInputs } from './fields';
import { resolveTable, type ResolvedTable, type TableData } from './table';

export type FittedAnalysis = Extract<RetentionAnalysis, { kind: 'fitted' }>;

/** The whole table read as one group: every cohort's renewal decisions added up, period by period. */
export interface PooledObserved {
	/** A_t/N_t, t = 1 … oldest age (index t − 1): the share of those at risk who renewed. */
	readonly retention: readonly number[];
	/** Products of the retention, t = 0 … oldest age (the Kaplan–Meier survival). */
	readonly survival: readonly number[];
}

export interface Curves {
	/** Ages drawn: the longer of the horizon and the oldest cohort. */
	readonly length: number;
	/** S(t), t = 0 … length. */
	readonly survival: readonly number[];
	/** r_t, t = 1 … length (index t − 1). */
	readonly retention: readonly number[];
	/** (1 − c)^t, t = 0 … length. */
	readonly constantSurvival: readonly number[];
}

export interface SubscriptionView {
	readonly table: ResolvedTable;
	readonly analysis: FittedAnalysis;
	readonly params: SbgParams;
	readonly pooled: PooledObserved;
	readonly curves: Curves;
	/** Active customers of the current cohorts after the calibration end under constant churn. */
	readonly baseConstant: readonly number[];
	/** Periods of the longest calibration (T), where the holdout starts. */
	readonly calibrationPeriods: number;
	/** The oldest cohort's age. */
	readonly oldest: number;
	readonly steps: {
		/** Log-likelihood, customer-periods, the churn distribution. */
		readonly fit: readonly Step[];
		/** The discount conversion, DEL, CLV, DERL, residual value, base value. */
		readonly values: readonly Step[];
		/** The constant-churn shortcut and the gap. */
		readonly lesson: readonly Step[];
	};
}

/** Kaplan–Meier survival and period retention of all cohorts together, over every observed cell. */
function pooledObserved(counts: TableData['counts']): PooledObserved {
	const sets = riskSets(counts, 0);
	const retention = sets.atRisk.map((n, k) => (n > 0 ? sets.survived[k]! / n : 0));
	const survival = [1];
	for (const r of retention) survival.push(survival[survival.length - 1]! * r);
	return { retention, survival };
}

/** Σ_c n_{c,τ'}·(1 − c)^k for k = 0 … horizon: the base as the shortcut sees it. */
function constantBase(
	counts: TableData['counts'],
	holdout: number,
	churn: number,
	horizon: number
) {
	const start = counts.reduce((sum, row) => {
		if (row.length - 1 - holdout < 0) return sum; // started during the holdout
		return sum + row[calibrationAge(row, holdout)]!;
	}, 0);
	return Array.from({ length: horizon + 1 }, (_, k) => start * Math.pow(1 - churn, k));
}

/** Steps with each id once (the discount conversion, or α when a value diverges, is shared). */
const once = (steps: readonly Step[]) =>
	steps.filter((step, i) => steps.findIndex((s) => s.id === step.id) === i);

/**
 * The view of a table and settings; `lookup` finds a table saved in the browser.
 *
 * @example
 * computeSubscription(presetInputs('fh-regular'), tableStore.get).params
 * //=> { alpha: 0.7041…, beta: 1.1820… } (Fader & Hardie 2007, the regular customers)
 */
export function computeSubscription(
	inputs: SubscriptionInputs,
	lookup: (key: string) => TableData | undefined
): SubscriptionView {
	const table = resolveTable(inputs.table, inputs.labels, lookup);
	if (!table) throw new ModelInputError('table', 'custom', 'the table is not in this browser');
	const oldest = Math.max(...table.counts.map((row) => row.length - 1));
	if (oldest < 1) throw new ModelInputError('table', 'custom', 'only one period');
	if (inputs.holdout > oldest - 1)
		throw new ModelInputError('holdout', 'max', `must leave a period to fit`, {
			min: 0,
			max: oldest - 1
		});
	const analysis = analyzeRetention(modelInput(inputs, table.counts));
	if (analysis.kind === 'unfit')
		throw new ModelInputError('calibration', 'custom', analysis.reason);
	const params = { alpha: analysis.fit.alpha.value, beta: analysis.fit.beta.value };
	const length = Math.max(inputs.horizon, oldest);
	const churn = analysis.constantChurn.churn;
	return {
		table,
		analysis,
		params,
		pooled: pooledObserved(table.counts),
		curves: {
			length,
			survival: survivalCurve(params, length),
			retention: retentionCurve(params, length),
			constantSurvival: Array.from({ length: length + 1 }, (_, t) => Math.pow(1 - churn, t))
		},
		baseConstant: constantBase(table.counts, inputs.holdout, churn, inputs.horizon),
		calibrationPeriods: analysis.fit.periods,
		oldest,
		steps: {
			fit: [...analysis.fit.steps, ...analysis.churn.steps],
			values: once([
				...analysis.newCustomer.steps,
				...analysis.renewedCustomer.steps,
				...analysis.base.steps
			]),
			lesson: analysis.constantChurn.steps
		}
	};
}
