/**
 * The settings of the CLV over a horizon (`clv.ts`) and their check, apart from the models so that
 * a page can check the reader's settings before it loads them.
 */
import { requireRange } from '../errors';

export interface ClvSettings {
	/** H: the horizon, in the summary's time unit (1 to 10,000). */
	readonly horizon: number;
	/** Share of spend kept as margin, 0 to 1. */
	readonly margin: number;
	/** Discount rate per year, 0 to 1 (0.1 = 10%). */
	readonly annualDiscount: number;
	/** Time units in a year: 365.25 for days, 365.25/7 for weeks, 12 for months. */
	readonly periodsPerYear: number;
}

export function requireClvSettings(settings: ClvSettings): void {
	requireRange('horizon', settings.horizon, 0, 10_000, { exclusiveMin: true });
	requireRange('margin', settings.margin, 0, 1);
	requireRange('annualDiscount', settings.annualDiscount, 0, 1);
	requireRange('periodsPerYear', settings.periodsPerYear, 1, 1000);
}
