/**
 * Input rules shared by the loyalty models. Each throws `ModelInputError` naming the field. The
 * bounds are generous for real businesses and keep every result finite.
 */
import { requireInteger, requireRange } from '../errors';

/** Largest money amount accepted: 10^12 per period or purchase. */
export const maxMoney = 1e12;
/** Longest horizon accepted, in periods. */
export const maxPeriods = 600;

/** Money that cannot be negative: spend, price, cost, fee. */
export function requireMoney(field: string, value: number): void {
	requireRange(field, value, 0, maxMoney);
}

/** A share between 0 and 1 inclusive: retention, margin, redemption rate. */
export function requireShare(field: string, value: number): void {
	requireRange(field, value, 0, 1);
}

/** A discount rate per period: more than −100%, at most 1000%. */
export function requireDiscountRate(field: string, value: number): void {
	requireRange(field, value, -1, 10, { exclusiveMin: true });
}

/** A whole number of periods, 1 to {@link maxPeriods}. */
export function requirePeriods(field: string, value: number): void {
	requireInteger(field, value, 1, maxPeriods);
}

/**
 * A change in a share (percentage points as a decimal) that keeps `base + uplift` within 0..1.
 *
 * @example
 * requireShareUplift('retentionUplift', 0.3, 0.8) // throws: 0.8 + 0.3 > 1
 */
export function requireShareUplift(field: string, uplift: number, base: number): void {
	requireRange(field, uplift, -base, 1 - base);
}
