/**
 * The CLV calculator's inputs as a shareable scenario: the URL schema (versioned), the defaults and
 * how a change of time unit converts per-period inputs so the economics stay the same.
 */
import type { Currency } from '$lib/i18n/format';
import { convertRetention, convertSpend, type TimeUnit } from '$lib/model/time';
import type { RetentionTiming } from '$lib/model/clv/timing';
import type { Schema } from '$lib/state/codec';

export interface ClvInputs extends Record<string, string | number> {
	/** Period length for the per-period inputs and sums. */
	unit: TimeUnit;
	currency: Currency;
	/** Spend per period, money. */
	spend: number;
	/** Gross margin, 0–1. */
	margin: number;
	/** Retention per period, 0–0.99. */
	retention: number;
	/** Discount rate per year (converted to per period by compounding). */
	discount: number;
	acquisition: number;
	/** Finite horizon in years. */
	years: number;
	/** 'finite' or 'infinite' for the headline. */
	horizon: string;
	timing: RetentionTiming;
	/** Spend growth per year, for the discounted cash-flow formula. */
	growth: number;
	/** Purchases per period, for the continuing-value formula. */
	purchases: number;
	/** Net income from referred customers, for the continuing-value formula. */
	referral: number;
}

export const scenarioVersion = 1;

export const maxRetention = 0.99;

export const clvSchema: Schema<ClvInputs> = {
	unit: { kind: 'enum', values: ['month', 'quarter', 'year'] },
	currency: { kind: 'enum', values: ['CNY', 'USD', 'EUR'] },
	spend: { kind: 'number', min: 0, max: 1e9 },
	margin: { kind: 'number', min: 0, max: 1 },
	retention: { kind: 'number', min: 0, max: maxRetention },
	discount: { kind: 'number', min: 0, max: 1 },
	acquisition: { kind: 'number', min: 0, max: 1e9 },
	years: { kind: 'number', min: 1, max: 60, integer: true },
	horizon: { kind: 'enum', values: ['finite', 'infinite'] },
	timing: { kind: 'enum', values: ['start-of-period', 'end-of-period', 'end-first-certain'] },
	growth: { kind: 'number', min: -0.5, max: 1 },
	purchases: { kind: 'number', min: 0.01, max: 1000 },
	referral: { kind: 'number', min: 0, max: 1e9 }
};

/** Re-expresses per-period inputs in another time unit, keeping the same customer. */
export function changeUnit(inputs: ClvInputs, unit: TimeUnit): ClvInputs {
	if (unit === inputs.unit) return inputs;
	const round = (x: number, digits: number) => Number(x.toFixed(digits));
	return {
		...inputs,
		unit,
		spend: round(convertSpend(inputs.spend, inputs.unit, unit).value, 2),
		retention: Math.min(
			maxRetention,
			round(convertRetention(inputs.retention, inputs.unit, unit).value, 4)
		),
		purchases: Math.max(0.01, round(convertSpend(inputs.purchases, inputs.unit, unit).value, 2))
	};
}
