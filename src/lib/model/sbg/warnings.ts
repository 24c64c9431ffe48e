/**
 * When a table is too young for its projection to be trusted.
 *
 * Retention rises with tenure because the customers likely to leave leave first. How fast it rises
 * (how different customers are, α + β) can only be read from several consecutive renewals: with
 * one or two periods a constant churn and a strongly heterogeneous base fit equally well, and a
 * projection years ahead is a guess. Fader & Hardie (2007, §3) show projections settling only as
 * the calibration grows; this rule asks for `MIN_TRUSTED_PERIODS` renewal decisions before the
 * page presents a long-range projection without a warning, and flags the cohorts younger than that
 * (their own counts say little; their forecast leans on the older cohorts).
 *
 * Source: Fader & Hardie (2007), "How to project customer retention", §3 (fits on the first 3, 4, …
 * years of data); the threshold is this site's teaching choice, not a published constant.
 */
import { requireInteger } from '../errors';
import { calibrationAge, requireCohorts, type CohortCounts } from './cohorts';
import { MAX_HORIZON } from './params';

/** Renewal decisions the calibration should cover before long projections are shown plainly. */
export const MIN_TRUSTED_PERIODS = 4;

export interface AgeWarnings {
	/** The longest calibration (in renewal decisions) is shorter than `minPeriods`. */
	readonly tooYoung: boolean;
	/** Renewal decisions in the longest calibration. */
	readonly calibrationPeriods: number;
	readonly minPeriods: number;
	/** Indices of cohorts whose own calibration covers fewer than `minPeriods` decisions. */
	readonly youngCohorts: readonly number[];
}

/**
 * Applies the rule to a table.
 *
 * @example
 * ageWarnings([[100, 70, 60], [90, 60]]) //=> { tooYoung: true, calibrationPeriods: 2, minPeriods: 4, youngCohorts: [0, 1] }
 */
export function ageWarnings(
	counts: CohortCounts,
	options: { readonly holdout?: number; readonly minPeriods?: number } = {}
): AgeWarnings {
	requireCohorts(counts);
	const holdout = options.holdout ?? 0;
	const minPeriods = options.minPeriods ?? MIN_TRUSTED_PERIODS;
	requireInteger('holdout', holdout, 0, MAX_HORIZON);
	requireInteger('minPeriods', minPeriods, 1, MAX_HORIZON);
	const ages = counts.map((row) => calibrationAge(row, holdout));
	const calibrationPeriods = Math.max(...ages);
	return {
		tooYoung: calibrationPeriods < minPeriods,
		calibrationPeriods,
		minPeriods,
		youngCohorts: ages.flatMap((age, c) => (age < minPeriods ? [c] : []))
	};
}
