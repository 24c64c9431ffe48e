/**
 * The points calculator's inputs as a shareable scenario: the URL schema (versioned), how the
 * inputs map to the model's, how a change of time unit re-expresses them, and where each model
 * field is entered (for its error messages).
 */
import type { Currency } from '$lib/i18n/format';
import type { PointsProgrammeInput } from '$lib/model/loyalty';
import {
	convertDiscountRate,
	convertRetention,
	convertSpend,
	periodsPerYear,
	type TimeUnit
} from '$lib/model/time';
import type { Schema } from '$lib/state/codec';
import type { FieldMap } from '../loyalty/field-problem';

export interface PointsInputs extends Record<string, string | number> {
	/** Length of a period: spend, costs, retention and its uplift are per period. */
	unit: TimeUnit;
	currency: Currency;
	/** s: spend per active member per period, money. */
	spend: number;
	/** κ: points earned per unit of money spent. */
	earn: number;
	/** v: cost to the firm of a point when it is redeemed, money. */
	pointValue: number;
	/** ρ: share of points redeemed if they never expired, 0–1. */
	redemption: number;
	/** Whether points expire. */
	expires: 'never' | 'after';
	/** E: months after which points expire (also the rule compared with "never"). */
	expiry: number;
	/** L: average months from earning a point to redeeming it. */
	lag: number;
	/** c: running cost per active member per period, money. */
	running: number;
	/** Δr: retention uplift per period, percentage points as a decimal. */
	retentionUplift: number;
	/** Δs: spend uplift (frequency × basket), as a decimal. */
	spendUplift: number;
	/** λ: share of the retention effect that works through the points balance. */
	balanceEffect: number;
	/** g: gross margin on spend, 0–1. */
	margin: number;
	/** r: retention per period without the programme. */
	retention: number;
	/** Discount rate per year (converted to per period by compounding). */
	discount: number;
	/** Horizon in years. */
	years: number;
}

export const scenarioVersion = 1;

/** Longest horizon: 50 years is 600 monthly periods, the model's limit. */
export const maxYears = 50;

export const pointsSchema: Schema<PointsInputs> = {
	unit: { kind: 'enum', values: ['month', 'quarter', 'year'] },
	currency: { kind: 'enum', values: ['CNY', 'USD', 'EUR'] },
	spend: { kind: 'number', min: 0, max: 1e9 },
	earn: { kind: 'number', min: 0, max: 1000 },
	pointValue: { kind: 'number', min: 0, max: 1e4 },
	redemption: { kind: 'number', min: 0, max: 1 },
	expires: { kind: 'enum', values: ['never', 'after'] },
	expiry: { kind: 'number', min: 1, max: 240, integer: true },
	lag: { kind: 'number', min: 0.1, max: 240 },
	running: { kind: 'number', min: 0, max: 1e9 },
	retentionUplift: { kind: 'number', min: -1, max: 1 },
	spendUplift: { kind: 'number', min: -0.9, max: 5 },
	balanceEffect: { kind: 'number', min: 0, max: 1 },
	margin: { kind: 'number', min: 0, max: 1 },
	retention: { kind: 'number', min: 0, max: 1 },
	discount: { kind: 'number', min: 0, max: 1 },
	years: { kind: 'number', min: 1, max: maxYears, integer: true }
};

/** Where each model field is entered. */
export const pointsFields: FieldMap = {
	spendPerPeriod: { input: 'spend', kind: 'money' },
	earnRate: { input: 'earn', kind: 'number' },
	pointValue: { input: 'pointValue', kind: 'money' },
	redemptionRate: { input: 'redemption', kind: 'percent' },
	expiryMonths: { input: 'expiry', kind: 'count' },
	redemptionLagMonths: { input: 'lag', kind: 'number' },
	runningCostPerPeriod: { input: 'running', kind: 'money' },
	retentionUplift: { input: 'retentionUplift', kind: 'percent', upliftOf: 'retention' },
	spendUplift: { input: 'spendUplift', kind: 'percent' },
	retentionEffectLostWithExpiry: { input: 'balanceEffect', kind: 'percent' },
	grossMargin: { input: 'margin', kind: 'percent' },
	baseRetention: { input: 'retention', kind: 'percent' },
	discountRate: { input: 'discount', kind: 'percent' },
	horizon: { input: 'years', kind: 'count' }
};

/** The model's inputs for an expiry rule (`'never'` or months). */
export function modelInput(
	inputs: PointsInputs,
	expiry: number | 'never' = inputs.expires === 'never' ? 'never' : inputs.expiry
): PointsProgrammeInput {
	return {
		spendPerPeriod: inputs.spend,
		earnRate: inputs.earn,
		pointValue: inputs.pointValue,
		redemptionRate: inputs.redemption,
		expiryMonths: expiry,
		redemptionLagMonths: inputs.lag,
		runningCostPerPeriod: inputs.running,
		retentionUplift: inputs.retentionUplift,
		spendUplift: inputs.spendUplift,
		retentionEffectLostWithExpiry: inputs.balanceEffect,
		grossMargin: inputs.margin,
		baseRetention: inputs.retention,
		discountRate: convertDiscountRate(inputs.discount, 'year', inputs.unit).value,
		horizon: inputs.years * periodsPerYear[inputs.unit],
		periodMonths: 12 / periodsPerYear[inputs.unit]
	};
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * Re-expresses per-period inputs in another time unit, keeping the same member: spend and running
 * cost scale with the period's length, retention compounds, and the retention uplift is carried as
 * the difference between the converted retention with and without the programme.
 */
export function changeUnit(inputs: PointsInputs, unit: TimeUnit): PointsInputs {
	if (unit === inputs.unit) return inputs;
	const from = inputs.unit;
	const retention = convertRetention(inputs.retention, from, unit).value;
	const upliftTarget = Math.min(1, Math.max(0, inputs.retention + inputs.retentionUplift));
	const withProgramme = convertRetention(upliftTarget, from, unit).value;
	return {
		...inputs,
		unit,
		spend: round(convertSpend(inputs.spend, from, unit).value, 2),
		running: round(convertSpend(inputs.running, from, unit).value, 2),
		retention: round(retention, 4),
		retentionUplift: round(withProgramme - round(retention, 4), 4)
	};
}
