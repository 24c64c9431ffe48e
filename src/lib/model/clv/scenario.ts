/**
 * One scenario, every formula: the calculator shows simple, margin, discounted and the three
 * retention-based CLVs side by side on the same inputs, so a student sees why they differ.
 */
import {
	maxPeriods,
	ModelInputError,
	requireDiscountRate,
	requireMoney,
	requireRange,
	requireShare
} from '../errors';
import type { Step } from '../expr';
import { convertDiscountRate, horizonPeriods, periodsPerYear, type TimeUnit } from '../time';
import { growingDiscountedClv } from './discounted';
import { retentionClvFromSpend } from './retention';
import type { ClvResult, FiniteResult } from './result';
import { marginClv, simpleClv } from './simple';
import { retentionTimings, type RetentionTiming } from './timing';

/** A customer described in the units a manager uses: money per period, a yearly discount rate. */
export interface ClvScenario {
	/** The period the model steps in. */
	readonly unit: TimeUnit;
	/** S: spend per period (per `unit`), money. */
	readonly spendPerPeriod: number;
	/** GM: gross margin, share of spend kept, 0 to 1. */
	readonly grossMargin: number;
	/** r: retention per period (per `unit`), 0 to 1. */
	readonly retention: number;
	/** d: discount rate per year; converted to i per period by compounding. */
	readonly annualDiscountRate: number;
	/** AC: acquisition cost paid now, money. */
	readonly acquisitionCost: number;
	/** Horizon in years; N = years × periods per year must be a whole number ≥ 1. */
	readonly horizonYears: number;
}

/** The scenario in per-period terms, with the conversion steps. */
export interface PeriodInputs {
	/** m = S × GM, money per period. */
	readonly margin: number;
	/** i = (1 + d)^(1/k) − 1 per period. */
	readonly discountRate: number;
	/** N = years × k. */
	readonly periods: number;
	/** `periodDiscountRate`, `horizonPeriods`. */
	readonly steps: readonly Step[];
}

/**
 * Validates a scenario (naming its fields) and converts it to per-period inputs:
 * m = S × GM, i = (1 + d)^(1/k) − 1 and N = years × k, with k periods per year.
 *
 * @example
 * periodInputs({
 *   unit: 'month',
 *   spendPerPeriod: 100,
 *   grossMargin: 0.3,
 *   retention: 0.95,
 *   annualDiscountRate: 0.1,
 *   acquisitionCost: 50,
 *   horizonYears: 2
 * })
 * //=> { margin: 30, discountRate: 0.0079741…, periods: 24, steps: [ … ] }
 */
export function periodInputs(scenario: ClvScenario): PeriodInputs {
	const { unit, spendPerPeriod, grossMargin, retention, annualDiscountRate, horizonYears } =
		scenario;
	if (!(unit in periodsPerYear))
		throw new ModelInputError('unit', 'custom', `unknown unit "${unit}"`);
	requireMoney('spendPerPeriod', spendPerPeriod);
	requireShare('grossMargin', grossMargin);
	requireShare('retention', retention);
	requireDiscountRate('annualDiscountRate', annualDiscountRate);
	requireMoney('acquisitionCost', scenario.acquisitionCost);
	const k = periodsPerYear[unit];
	requireRange('horizonYears', horizonYears, 1 / k, maxPeriods / k);
	if (Math.abs(Math.round(horizonYears * k) - horizonYears * k) > 1e-9) {
		const message = `${horizonYears} years is not a whole number of ${unit}s`;
		throw new ModelInputError('horizonYears', 'custom', message);
	}
	const rate = convertDiscountRate(annualDiscountRate, 'year', unit);
	const horizon = horizonPeriods(horizonYears, unit);
	return {
		margin: spendPerPeriod * grossMargin,
		discountRate: rate.value,
		periods: horizon.value,
		steps: [...rate.steps, ...horizon.steps]
	};
}

export interface SideBySide {
	readonly periodInputs: PeriodInputs;
	/** S × N − AC. */
	readonly simple: FiniteResult;
	/** S × GM × N − AC. */
	readonly margin: FiniteResult;
	/** Σ_{t=1}^{N} m/(1 + i)^t − AC: discounted, but as if the customer never left. */
	readonly discounted: FiniteResult;
	/** Retention-based CLV − AC for each timing, over N periods and on the infinite horizon. */
	readonly retention: Readonly<
		Record<RetentionTiming, { readonly finite: ClvResult; readonly infinite: ClvResult }>
	>;
}

/**
 * Every CLV formula on one scenario, all net of the same acquisition cost. Spend, margin and
 * retention are per period of `unit`; the yearly discount rate is compounded down to the period.
 *
 * Source: “Customer lifetime value” (Chinese web article, 2025) (simple, margin), the
 * discounted-cash-flow definition, and Gupta & Lehmann (2003) with Fader & Hardie (2012)
 * (retention, three timings). Symbols as in each formula's module.
 *
 * @example
 * clvSideBySide({
 *   unit: 'year',
 *   spendPerPeriod: 100,
 *   grossMargin: 1,
 *   retention: 0.8,
 *   annualDiscountRate: 0.12,
 *   acquisitionCost: 0,
 *   horizonYears: 5
 * }).retention['end-of-period'].infinite.value
 * //=> 250 (Gupta & Lehmann 2003: margin multiple 2.5 × 100)
 */
export function clvSideBySide(scenario: ClvScenario): SideBySide {
	const converted = periodInputs(scenario);
	const { spendPerPeriod, grossMargin, retention, acquisitionCost } = scenario;
	const { discountRate, periods } = converted;
	const spend = { spendPerPeriod, periods, acquisitionCost };
	const perTiming = (timing: RetentionTiming) => {
		const base = { spendPerPeriod, grossMargin, retention, discountRate, timing, acquisitionCost };
		return {
			finite: retentionClvFromSpend({ ...base, horizon: periods }),
			infinite: retentionClvFromSpend({ ...base, horizon: 'infinite' })
		};
	};
	return {
		periodInputs: converted,
		simple: simpleClv(spend),
		margin: marginClv({ ...spend, grossMargin }),
		discounted: growingDiscountedClv({
			profit: converted.margin,
			growth: 0,
			periods,
			discountRate,
			firstPeriod: 1,
			acquisitionCost
		}),
		retention: Object.fromEntries(
			retentionTimings.map((t) => [t, perTiming(t)])
		) as SideBySide['retention']
	};
}
