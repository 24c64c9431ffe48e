/**
 * Input rules shared by the CLV formulas. Each throws `ModelInputError` naming the field, so the UI
 * can say what to fix. The bounds are generous for real businesses and keep every result finite.
 */
import { ModelInputError, requireInteger, requireRange } from '../errors';

/** Largest money amount accepted: 10^15 (a quadrillion in any currency). */
export const maxMoney = 1e15;
/** Largest rate per period accepted: 10, i.e. 1000%. */
export const maxRate = 10;
/** Longest horizon accepted, in periods (the length `evaluate` can expand). */
export const maxPeriods = 10_000;

/** Money that cannot be negative: spend, margin, acquisition cost. */
export function requireMoney(field: string, value: number): void {
	requireRange(field, value, 0, maxMoney);
}

/** Money that may be negative: a period's profit, net referral income. */
export function requireSignedMoney(field: string, value: number): void {
	requireRange(field, value, -maxMoney, maxMoney);
}

/** A share between 0 and 1 inclusive: retention, gross margin. */
export function requireShare(field: string, value: number): void {
	requireRange(field, value, 0, 1);
}

/** A discount rate per period: more than −1 (−100%), at most {@link maxRate}. */
export function requireDiscountRate(field: string, value: number): void {
	requireRange(field, value, -1, maxRate, { exclusiveMin: true });
}

/** A growth rate per period: at least −1 (everything lost), at most {@link maxRate}. */
export function requireGrowth(field: string, value: number): void {
	requireRange(field, value, -1, maxRate);
}

/** A whole number of periods, 1 to {@link maxPeriods}. */
export function requirePeriods(field: string, value: number): void {
	requireInteger(field, value, 1, maxPeriods);
}

/**
 * Throws when a finite-horizon sum is too large for a double (possible only when each period's
 * discounted value grows, e.g. retention above 1 + discount over thousands of periods).
 */
export function requireRepresentable(field: string, value: number): void {
	if (!Number.isFinite(value)) {
		throw new ModelInputError(
			field,
			'custom',
			'the result is too large to represent; shorten the horizon or raise the discount rate'
		);
	}
}
