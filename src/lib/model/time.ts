/**
 * Time units and the conversions between them.
 *
 * The CLV formulas are unit-free: they step in "periods". A manager thinks in a month, a quarter or
 * a year, and quotes a discount rate per year. This module turns per-year inputs into per-period
 * inputs (and back), each conversion returning its value and the step that produced it, so the page
 * can show "(1 + 0.10)^(1/12) − 1 = 0.797%" instead of a silent number.
 *
 * Variable names carry the unit id as a subscript (`i_year`, `r_month`); the UI may translate the
 * subscript by that id.
 */
import {
	ModelInputError,
	maxPeriods,
	requireDiscountRate,
	requireMoney,
	requireRange,
	requireShare
} from './errors';
import { add, c, div, mul, paren, pow, sub, v, type Expr, type Step } from './expr';

/** The period a model steps in. */
export type TimeUnit = 'month' | 'quarter' | 'year';

export const timeUnits: readonly TimeUnit[] = ['month', 'quarter', 'year'];

/** k: how many periods of each unit make one year. */
export const periodsPerYear: Readonly<Record<TimeUnit, number>> = {
	month: 12,
	quarter: 4,
	year: 1
};

/** A converted quantity and the step that shows how it was converted. */
export interface Conversion {
	readonly value: number;
	readonly steps: readonly Step[];
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The length of a `to` period measured in `from` periods, as a reduced fraction: k_from / k_to.
 * year → month is 1/12, month → year is 12, quarter → month is 1/3.
 */
function lengthRatio(
	from: TimeUnit,
	to: TimeUnit
): { readonly value: number; readonly expr: Expr } {
	const kFrom = periodsPerYear[from];
	const kTo = periodsPerYear[to];
	const divisor = gcd(kFrom, kTo);
	const num = kFrom / divisor;
	const den = kTo / divisor;
	return { value: num / den, expr: den === 1 ? c(num) : div(c(num), c(den)) };
}

/**
 * Converts a discount rate between time units by compounding, so that money discounted period by
 * period over a year is discounted exactly as much as with the annual rate.
 *
 * Formula: i_to = (1 + i_from)^(k_from / k_to) − 1, where k is periods per year. From a year to a
 * month that is (1 + d)^(1/12) − 1, **not** d/12 (which would overstate the annual rate once
 * compounded: (1 + 0.10/12)^12 − 1 = 10.47%). Rates are decimals per period of their unit.
 *
 * Source: the standard equivalent-rate identity of compound interest (e.g. Brealey, Myers & Allen,
 * Principles of Corporate Finance, on compound interest and discounting).
 *
 * @example
 * convertDiscountRate(0.1, 'year', 'month').value
 * //=> 0.007974140428903764 (0.797% per month)
 */
export function convertDiscountRate(rate: number, from: TimeUnit, to: TimeUnit): Conversion {
	requireDiscountRate('discountRate', rate);
	const i = v(`i_${from}`, rate, 'rate');
	if (from === to)
		return { value: rate, steps: [{ id: 'periodDiscountRate', formula: i, value: rate }] };
	const exponent = lengthRatio(from, to);
	const value = Math.pow(1 + rate, exponent.value) - 1;
	const formula = sub(pow(paren(add(c(1), i)), exponent.expr), c(1));
	return { value, steps: [{ id: 'periodDiscountRate', formula, value }] };
}

/**
 * Converts a retention rate (the share of customers still active after one period) between time
 * units, assuming the same chance of staying in every sub-period.
 *
 * Formula: r_to = r_from^(k_from / k_to). Keeping 80% of customers over a year means keeping
 * 0.8^(1/12) = 98.16% each month, because twelve monthly survivals multiply to the annual one.
 *
 * Source: constant-hazard (geometric) retention, as in Gupta & Lehmann (2003) and Fader & Hardie
 * (2012), where survival to t is r^t.
 *
 * @example
 * convertRetention(0.8, 'year', 'month').value
 * //=> 0.9815765298737517 (98.16% per month)
 */
export function convertRetention(retention: number, from: TimeUnit, to: TimeUnit): Conversion {
	requireShare('retention', retention);
	const r = v(`r_${from}`, retention, 'rate');
	if (from === to)
		return { value: retention, steps: [{ id: 'periodRetention', formula: r, value: retention }] };
	const exponent = lengthRatio(from, to);
	const value = Math.pow(retention, exponent.value);
	const formula = pow(r, exponent.expr);
	return { value, steps: [{ id: 'periodRetention', formula, value }] };
}

/**
 * Converts an amount spent per period (revenue or margin) between time units, assuming spending is
 * spread evenly over the year.
 *
 * Formula: S_to = S_from × k_from / k_to; per year to per month is S / 12. Money per period.
 *
 * @example
 * convertSpend(1200, 'year', 'month').value
 * //=> 100
 */
export function convertSpend(spend: number, from: TimeUnit, to: TimeUnit): Conversion {
	requireMoney('spend', spend);
	const kFrom = periodsPerYear[from];
	const kTo = periodsPerYear[to];
	const value = (spend * kFrom) / kTo;
	const S = v(`S_${from}`, spend, 'money');
	const formula = kFrom === kTo ? S : kFrom > kTo ? mul(S, c(kFrom / kTo)) : div(S, c(kTo / kFrom));
	return { value, steps: [{ id: 'periodSpend', formula, value }] };
}

/**
 * The number of periods N in a horizon given in years: N = years × k. Throws when that is not a
 * whole number of periods (e.g. 0.1 years in months), because the finite-horizon sums need one.
 *
 * @example
 * horizonPeriods(5, 'month').value
 * //=> 60
 */
export function horizonPeriods(years: number, unit: TimeUnit): Conversion {
	const k = periodsPerYear[unit];
	requireRange('years', years, 0, maxPeriods / k);
	const periods = Math.round(years * k);
	if (Math.abs(periods - years * k) > 1e-9) {
		throw new ModelInputError(
			'years',
			'custom',
			`${years} years is not a whole number of ${unit}s`
		);
	}
	const formula = mul(v('Y', years, 'number'), v('k', k, 'count'));
	return { value: periods, steps: [{ id: 'horizonPeriods', formula, value: periods }] };
}
