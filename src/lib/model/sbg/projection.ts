/**
 * Projecting a cohort table with a fitted sBG model: what each cohort was expected to do (to set
 * beside what it did), where it goes from its last calibration period, and what the whole group of
 * customers active then becomes.
 *
 * For cohort c of size n_{c,0}, observed to age τ_c and fitted up to age τ'_c = τ_c − h (h periods
 * held out):
 *
 * - fitted: n_{c,0}·S(t) for t = 0 … horizon, the curve to compare with the observed counts;
 * - forecast: n_{c,τ'}·S(t)/S(τ') for t ≥ τ', starting from the customers still there at the end of
 *   the calibration, whose churn probabilities are now beta(α, β + τ') (the loyal ones are left);
 * - observed retention n_{c,t}/n_{c,t−1} next to the fitted r_t, which rises with t.
 *
 * The base forecast adds the cohorts' forecasts period by period after the calibration end, and
 * the observed counts of the same cohorts over the holdout periods. It assumes every row ends at
 * the same calendar period, as in the usual triangle.
 *
 * Source: Fader & Hardie (2007), "How to project customer retention", §3 (Figures 2–3: fitted and
 * projected survival and retention against the holdout years).
 */
import { requireInteger } from '../errors';
import { calibrationAge, requireCohorts, type CohortCounts } from './cohorts';
import { MAX_HORIZON, requireParams, type SbgParams } from './params';
import { retentionCurve, survivalCurve } from './survival';

export interface CohortProjection {
	/** n_{c,0}. */
	readonly size: number;
	/** τ_c: last observed age. */
	readonly age: number;
	/** τ'_c: last age used in the fit (ages above it, up to τ_c, are holdout). */
	readonly calibrationAge: number;
	/** n_{c,t}/n_{c,0}, t = 0 … τ_c. */
	readonly observedSurvival: readonly number[];
	/** n_{c,t}/n_{c,t−1}, t = 1 … τ_c (index t − 1); null where n_{c,t−1} = 0. */
	readonly observedRetention: readonly (number | null)[];
	/** n_{c,0}·S(t), t = 0 … horizon. */
	readonly fittedActive: readonly number[];
	/** n_{c,τ'}·S(t)/S(τ'), t = τ' … max(τ', horizon) (index t − τ'). */
	readonly forecastActive: readonly number[];
}

export interface BaseForecast {
	/** Periods after the calibration end: k = 0 … horizon (index k). */
	readonly forecast: readonly number[];
	/** Observed active customers of the same cohorts, k = 0 … h (index k). */
	readonly observed: readonly number[];
}

export interface Projection {
	readonly horizon: number;
	/** S(t), t = 0 … horizon: a new cohort's survival. */
	readonly survival: readonly number[];
	/** r_t, t = 1 … horizon (index t − 1): a new cohort's retention, rising. */
	readonly retention: readonly number[];
	readonly cohorts: readonly CohortProjection[];
	readonly base: BaseForecast;
}

/** n·S(t)/S(τ), or 0 when S(τ) underflowed to 0 (then so has S(t) for t ≥ τ). */
const carry = (n: number, later: number, now: number): number => (now > 0 ? (n * later) / now : 0);

function projectCohort(
	row: readonly number[],
	holdout: number,
	survival: readonly number[],
	horizon: number
): CohortProjection {
	const size = row[0]!;
	const age = row.length - 1;
	const calibration = calibrationAge(row, holdout);
	const last = Math.max(calibration, horizon);
	const start = row[calibration]!;
	const forecastActive: number[] = [];
	for (let t = calibration; t <= last; t++)
		forecastActive.push(carry(start, survival[t]!, survival[calibration]!));
	return {
		size,
		age,
		calibrationAge: calibration,
		observedSurvival: row.map((n) => n / size),
		observedRetention: row.slice(1).map((n, k) => (row[k]! > 0 ? n / row[k]! : null)),
		fittedActive: survival.slice(0, horizon + 1).map((s) => size * s),
		forecastActive
	};
}

/**
 * Fitted, forecast and observed curves for every cohort, a new cohort and the active base.
 *
 * @example
 * projectCohorts({ alpha: 0.704, beta: 1.182 }, [[1000, 631, 468]], { horizon: 12 }).survival[12]
 * //=> 0.173… (share of a new cohort left after 12 periods)
 */
export function projectCohorts(
	params: SbgParams,
	counts: CohortCounts,
	options: { readonly horizon: number; readonly holdout?: number }
): Projection {
	requireParams(params);
	requireCohorts(counts);
	const { horizon } = options;
	const holdout = options.holdout ?? 0;
	requireInteger('horizon', horizon, 1, MAX_HORIZON);
	requireInteger('holdout', holdout, 0, MAX_HORIZON);
	const oldest = Math.max(...counts.map((row) => row.length - 1));
	const survival = survivalCurve(
		params,
		Math.min(MAX_HORIZON, Math.max(horizon, oldest) + horizon)
	);
	const cohorts = counts.map((row) => projectCohort(row, holdout, survival, horizon));
	const forecast = new Array<number>(horizon + 1).fill(0);
	const observed = new Array<number>(holdout + 1).fill(0);
	for (const [c, row] of counts.entries()) {
		const calibration = cohorts[c]!.calibrationAge;
		if (row.length - 1 - holdout < 0) continue; // started during the holdout
		for (let k = 0; k <= horizon && calibration + k < survival.length; k++)
			forecast[k]! += carry(row[calibration]!, survival[calibration + k]!, survival[calibration]!);
		for (let k = 0; k <= holdout; k++) observed[k]! += row[calibration + k]!;
	}
	return {
		horizon,
		survival: survival.slice(0, horizon + 1),
		retention: retentionCurve(params, horizon),
		cohorts,
		base: { forecast, observed }
	};
}
