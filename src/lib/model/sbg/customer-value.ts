/**
 * What one customer is worth under the sBG model: the CLV of a new customer and the residual value
 * of one who has already renewed, with the annual discount rate converted to the table's period.
 *
 * - CLV = m·DEL − AC: margin m per period (paid at the start of each active period, the first at
 *   sign-up), times the expected discounted lifetime, less the acquisition cost AC.
 * - Residual value after n − 1 renewals = m·DERL: what the customer is still expected to bring,
 *   valued just before the next renewal decision; acquisition is a sunk cost and not deducted.
 * - The discount rate per period comes from the annual rate by compounding:
 *   d = (1 + d_year)^(1/k) − 1 for k periods a year (12 for months), see `../time`.
 *
 * Source: Fader & Hardie (2010), "Customer-base valuation in a contractual setting: the perils of
 * ignoring heterogeneity", Marketing Science 29(1), eqs. 1, 5 and 7.
 */
import { ModelInputError, requireInteger, requireRange } from '../errors';
import { mul, sub, v, type Step } from '../expr';
import { convertDiscountRate, periodsPerYear, type Conversion, type TimeUnit } from '../time';
import {
	discountedExpectedLifetime,
	discountedResidualLifetime,
	MIN_PERIOD_DISCOUNT,
	requirePeriodDiscount
} from './lifetime';
import { MAX_HORIZON, type SbgParams } from './params';

/** Largest money amount accepted for a margin or a cost. */
export const MAX_MONEY = 1e12;

/** The money and time settings shared by the value functions. */
export interface ValueSettings {
	/** m: margin per customer per period, in money. */
	readonly margin: number;
	/** AC: cost of acquiring one customer, in money. */
	readonly acquisitionCost: number;
	/** Discount rate per year as a decimal (0.1 = 10%). */
	readonly annualDiscountRate: number;
	/** The length of one period of the table. */
	readonly unit: TimeUnit;
}

/**
 * No finite value: with no discounting (d = 0) and α ≤ 1 the expected lifetime is infinite, so no
 * customer or base value exists.
 */
export interface DivergentValue {
	readonly kind: 'divergent';
	readonly reason: 'undiscounted-heavy-tail';
	readonly periodDiscountRate: number;
	readonly steps: readonly Step[];
}

export type CustomerValue =
	| {
			readonly kind: 'finite';
			/** d, the discount rate per period. */
			readonly periodDiscountRate: number;
			/** DEL or DERL, in periods. */
			readonly lifetime: number;
			/** CLV (new customer) or residual value (renewed customer), in money. */
			readonly value: number;
			readonly steps: readonly Step[];
	  }
	| DivergentValue;

/**
 * The discount rate per period from the annual one (step 'periodDiscountRate'). Throws
 * `ModelInputError` (field `annualDiscountRate`) outside [0, 10] or when the period rate would be
 * positive but below 10⁻⁵ (too slow a series).
 *
 * @example
 * periodDiscountRate(0.1, 'month').value //=> 0.00797414… ((1.1)^(1/12) − 1)
 */
export function periodDiscountRate(annualRate: number, unit: TimeUnit): Conversion {
	requireRange('annualDiscountRate', annualRate, 0, 10);
	const conversion = convertDiscountRate(annualRate, 'year', unit);
	if (conversion.value > 0 && conversion.value < MIN_PERIOD_DISCOUNT) {
		const min = Math.pow(1 + MIN_PERIOD_DISCOUNT, periodsPerYear[unit]) - 1;
		throw new ModelInputError('annualDiscountRate', 'custom', `must be 0 or at least ${min}`, {
			min,
			max: 10
		});
	}
	requirePeriodDiscount('annualDiscountRate', conversion.value);
	return conversion;
}

function requireSettings(settings: ValueSettings): void {
	requireRange('margin', settings.margin, 0, MAX_MONEY);
	requireRange('acquisitionCost', settings.acquisitionCost, 0, MAX_MONEY);
}

/**
 * CLV of a new customer: m·DEL − AC. Steps: 'periodDiscountRate', 'sbg.del', 'sbg.clv'.
 *
 * @example
 * newCustomerValue({ alpha: 0.704077, beta: 1.182043 },
 *   { margin: 100, acquisitionCost: 0, annualDiscountRate: 0.1, unit: 'year' }).value
 * //=> 369.49… (100 × DEL 3.6949)
 */
export function newCustomerValue(params: SbgParams, settings: ValueSettings): CustomerValue {
	requireSettings(settings);
	const rate = periodDiscountRate(settings.annualDiscountRate, settings.unit);
	const d = rate.value;
	const lifetime = discountedExpectedLifetime(params, d);
	const steps = [...rate.steps, ...lifetime.steps];
	if (lifetime.kind === 'divergent')
		return { kind: 'divergent', reason: lifetime.reason, periodDiscountRate: d, steps };
	const { margin, acquisitionCost } = settings;
	const value = margin * lifetime.value - acquisitionCost;
	const formula = sub(
		mul(v('m', margin, 'money'), v('DEL', lifetime.value)),
		v('AC', acquisitionCost, 'money')
	);
	return {
		kind: 'finite',
		periodDiscountRate: d,
		lifetime: lifetime.value,
		value,
		steps: [...steps, { id: 'sbg.clv', formula, value }]
	};
}

/**
 * Residual value of a customer who has made `renewals` renewals (n − 1): m·DERL. Steps:
 * 'periodDiscountRate', 'sbg.derl', 'sbg.residualValue'.
 *
 * @example
 * renewedCustomerValue({ alpha: 0.704077, beta: 1.182043 },
 *   { margin: 100, acquisitionCost: 0, annualDiscountRate: 0.1, unit: 'year' }, 7).value
 * //=> 684.23… (100 × DERL 6.8423)
 */
export function renewedCustomerValue(
	params: SbgParams,
	settings: ValueSettings,
	renewals: number
): CustomerValue {
	requireSettings(settings);
	requireInteger('renewals', renewals, 0, MAX_HORIZON);
	const rate = periodDiscountRate(settings.annualDiscountRate, settings.unit);
	const d = rate.value;
	const lifetime = discountedResidualLifetime(params, d, renewals);
	const steps = [...rate.steps, ...lifetime.steps];
	if (lifetime.kind === 'divergent')
		return { kind: 'divergent', reason: lifetime.reason, periodDiscountRate: d, steps };
	const value = settings.margin * lifetime.value;
	const formula = mul(v('m', settings.margin, 'money'), v('DERL', lifetime.value));
	return {
		kind: 'finite',
		periodDiscountRate: d,
		lifetime: lifetime.value,
		value,
		steps: [...steps, { id: 'sbg.residualValue', formula, value }]
	};
}
