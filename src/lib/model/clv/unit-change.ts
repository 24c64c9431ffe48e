/**
 * What changing the period length (month, quarter, year) does to retention-based CLV.
 *
 * Converting the inputs keeps the same customer: the same spend per year, the same chance of still
 * being a customer after a year, the same yearly discount rate. The value still moves, because
 * the formulas step in whole periods: retention is applied once per period (a customer who would
 * leave in March stays, in yearly steps, until December), and each period's margin arrives in one
 * lump at its start or its end. Which way it moves follows from the timing convention.
 */
import { convertRetention, convertSpend, periodsPerYear, type TimeUnit } from '../time';
import type { ClvResult } from './result';
import { clvSideBySide, type ClvScenario } from './scenario';
import type { RetentionTiming } from './timing';

/**
 * How a longer period moves CLV under each timing: `higher` when a whole period's margin arrives
 * at its start (start of period), `lower` when the customer must stay a whole period before its
 * margin arrives at the end (end of period), `either` when the first margin is certain but late
 * (the earlier certain margin and the later later ones pull both ways).
 */
export type UnitEffect = 'higher' | 'lower' | 'either';

export const unitEffect: Readonly<Record<RetentionTiming, UnitEffect>> = {
	'start-of-period': 'higher',
	'end-of-period': 'lower',
	'end-first-certain': 'either'
};

/**
 * The same customer in another time unit, exactly: spend scaled by the period's length, retention
 * compounded (r_to = r_from^(k_from/k_to)), the yearly discount rate, the acquisition cost and the
 * horizon in years unchanged.
 *
 * Source: the conversions of `../time` (equal spending through the year, constant-hazard
 * retention as in Gupta & Lehmann 2003).
 *
 * @example
 * sameCustomerIn({ unit: 'month', spendPerPeriod: 40, retention: 0.96, … }, 'year')
 * //=> { unit: 'year', spendPerPeriod: 480, retention: 0.6127…, … }
 */
export function sameCustomerIn(scenario: ClvScenario, unit: TimeUnit): ClvScenario {
	if (unit === scenario.unit) return scenario;
	return {
		...scenario,
		unit,
		spendPerPeriod: convertSpend(scenario.spendPerPeriod, scenario.unit, unit).value,
		retention: convertRetention(scenario.retention, scenario.unit, unit).value
	};
}

export interface UnitChange {
	readonly from: TimeUnit;
	readonly to: TimeUnit;
	/** The longer of the two periods, and the shorter. */
	readonly longer: TimeUnit;
	readonly shorter: TimeUnit;
	/** CLV (net of acquisition cost) in the old unit and in the new one. */
	readonly before: ClvResult;
	readonly after: ClvResult;
	/** Which way the longer period moves CLV under this timing. */
	readonly effect: UnitEffect;
}

/**
 * CLV of one customer before and after a change of time unit, under the same timing and horizon,
 * and which way the longer period moves it.
 *
 * Formulas: the inputs as in `sameCustomerIn`; CLV as `clvSideBySide`'s retention-based value
 * (finite horizon of `horizonYears`, or infinite). For start of period, CLV in the longer unit is
 * at least CLV in the shorter one (each year's margin m·k arrives whole at the year's start, while
 * in months it arrives over the year and only while the customer stays); for end of period it is
 * at most (in years a customer must stay the whole year before any margin arrives).
 *
 * Source: Fader & Hardie, "Reconciling and Clarifying CLV Formulas" (2012), on how the timing of
 * cash flows changes the value of the same customer.
 *
 * @example
 * // Issue 14's customer: 1,200 a year, half stay each year, 10% a year, first margin now
 * compareUnits(yearly, 'start-of-period', 'infinite', 'month')
 * //=> { before: 2200, after: 1572.51…, longer: 'year', effect: 'higher', … }
 */
export function compareUnits(
	scenario: ClvScenario,
	timing: RetentionTiming,
	horizon: 'finite' | 'infinite',
	to: TimeUnit
): UnitChange {
	const value = (s: ClvScenario) => clvSideBySide(s).retention[timing][horizon];
	const from = scenario.unit;
	const longerFirst = periodsPerYear[from] <= periodsPerYear[to];
	return {
		from,
		to,
		longer: longerFirst ? from : to,
		shorter: longerFirst ? to : from,
		before: value(scenario),
		after: value(sameCustomerIn(scenario, to)),
		effect: unitEffect[timing]
	};
}
