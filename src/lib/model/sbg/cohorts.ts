/**
 * Cohort data as the sBG model reads it, and the sums the likelihood needs.
 *
 * A cohort is the group of customers who started in the same period. `counts[c][t]` is how many of
 * cohort c are still active at age t (after t renewal decisions): counts[c][0] is the cohort's size,
 * and a row is as long as the cohort is old (a young cohort has fewer cells: the usual triangle). A
 * single survival series is a table with one row. Counts may be fractional when they come from
 * percentages of a known size.
 *
 * Holding periods back: with `holdout` = h, the last h observations of every cohort are kept out of
 * the fit (calibration) so the projection can be checked against them. When the rows end at the
 * same calendar period (the usual triangle), that is "fit on what was known h periods ago".
 *
 * Source: Fader & Hardie (2007), "How to project customer retention", §3 (calibration years 1–7 and
 * holdout years 8–12); the same likelihood pools cohorts of different ages, each right-censored at
 * its age, as in Fader & Hardie (2010), "Customer-base valuation in a contractual setting: the perils
 * of ignoring heterogeneity", Marketing Science 29(1).
 */
import { ModelInputError, requireInteger } from '../errors';
import { MAX_HORIZON } from './params';

/** counts[c][t]: customers of cohort c active at age t = 0, 1, …; rows may differ in length. */
export type CohortCounts = readonly (readonly number[])[];

/** Most cohorts (rows) a table may have. */
export const MAX_COHORTS = 1000;
/** Largest count accepted (10¹² customers), so every sum and product stays finite. */
export const MAX_COUNT = 1e12;

/**
 * The sufficient statistics of the likelihood, per period t = 1, …, T (index t − 1):
 * `atRisk[t−1]` = N_t, customers active at age t − 1 in a cohort observed at age t (they face the
 * renewal decision of period t); `survived[t−1]` = A_t, those of them still active at age t. The
 * customers lost in period t are D_t = N_t − A_t.
 */
export interface RiskSets {
	readonly atRisk: readonly number[];
	readonly survived: readonly number[];
}

/**
 * Throws `ModelInputError` (field `counts`, rule `custom`) unless every row has at least one cell,
 * every count is finite, ≥ 0 and ≤ 10¹², the first is > 0, and no count is above the one before
 * it.
 * The cohort-table parser reports these cell by cell; this is the model's own safety net.
 */
export function requireCohorts(counts: CohortCounts): void {
	if (counts.length === 0 || counts.length > MAX_COHORTS)
		throw new ModelInputError('counts', 'range', 'needs 1 to 1000 cohorts', {
			min: 1,
			max: MAX_COHORTS
		});
	counts.forEach((row, c) => {
		if (row.length === 0 || row.length > MAX_HORIZON + 1)
			throw new ModelInputError('counts', 'custom', `cohort ${c + 1} has no cells or too many`);
		row.forEach((n, t) => {
			if (!Number.isFinite(n) || n < 0 || n > MAX_COUNT || (t === 0 && n === 0))
				throw new ModelInputError('counts', 'custom', `cohort ${c + 1}, age ${t}: bad count ${n}`);
			if (t > 0 && n > row[t - 1]! * (1 + 1e-12))
				throw new ModelInputError('counts', 'custom', `cohort ${c + 1}, age ${t}: count rises`);
		});
	});
}

/** The age of cohort c's last observation used in the fit: its age minus the holdout, ≥ 0. */
export const calibrationAge = (row: readonly number[], holdout: number): number =>
	Math.max(0, row.length - 1 - holdout);

/**
 * Sums the cohorts into the likelihood's risk sets over the calibration cells.
 *
 * N_t = Σ_c n_{c,t−1} and A_t = Σ_c n_{c,t} over the cohorts c whose calibration reaches age t.
 *
 * @example
 * riskSets([[100, 60, 45], [80, 50]], 0)
 * //=> { atRisk: [180, 60], survived: [110, 45] }
 */
export function riskSets(counts: CohortCounts, holdout = 0): RiskSets {
	requireCohorts(counts);
	requireInteger('holdout', holdout, 0, MAX_HORIZON);
	const atRisk: number[] = [];
	const survived: number[] = [];
	for (const row of counts) {
		const last = calibrationAge(row, holdout);
		for (let t = 1; t <= last; t++) {
			atRisk[t - 1] = (atRisk[t - 1] ?? 0) + row[t - 1]!;
			survived[t - 1] = (survived[t - 1] ?? 0) + row[t]!;
		}
	}
	return { atRisk, survived };
}
