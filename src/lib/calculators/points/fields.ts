/**
 * The points calculator's inputs, declared once (kind, limits, slider, the model parameter each
 * fills), how they become the model's inputs, and how a change of time unit re-expresses them.
 */
import type { PointsProgrammeInput } from '$lib/model/loyalty';
import { convertRetention, convertSpend, periodsPerYear, type TimeUnit } from '$lib/model/time';
import { defineFields, fieldMapOf, schemaOf, toModel, type InputsOf } from '$lib/state/fields';
import * as field from '$lib/ui/calculator/field-kinds';

/** Longest horizon: 50 years is 600 monthly periods, the model's limit. */
export const maxYears = 50;

/** A money input whose slider reaches twice the value typed, and at least `floor`. */
const money = <M extends string>(model: M, max: number, floor: number, step?: number) =>
	({ ...field.money(field.doublingSlider(floor, step), max), model }) as const;

const share = <M extends string>(model: M) => ({ ...field.share, model }) as const;

export const fields = defineFields({
	/** Length of a period: spend, costs, retention and its uplift are per period. */
	unit: field.timeUnit,
	currency: field.currency,
	/** s: spend per active member per period. */
	spend: {
		...field.money(field.doublingSlider(20_000, (v: number) => (v * 2 > 20_000 ? 100 : 10))),
		model: 'spendPerPeriod'
	},
	/** κ: points earned per unit of money spent. */
	earn: {
		kind: 'number',
		min: 0,
		max: 1000,
		slider: { max: (v: number) => Math.max(5, v * 2), step: 0.05 },
		model: 'earnRate'
	},
	/** v: cost to the firm of a point when it is redeemed. */
	pointValue: money('pointValue', 1e4, 0.2, 0.001),
	/** ρ: share of points redeemed if they never expired. */
	redemption: share('redemptionRate'),
	/** Whether points expire. */
	expires: { kind: 'choice', values: ['never', 'after'] },
	/** E: months after which points expire (also the rule compared with "never"). */
	expiry: { kind: 'count', min: 1, max: 240, slider: { max: 60 }, unit: 'months' },
	/** L: average months from earning a point to redeeming it. */
	lag: {
		kind: 'number',
		min: 0.1,
		max: 240,
		slider: { min: 0.5, max: 60, step: 0.5 },
		unit: 'months',
		model: 'redemptionLagMonths'
	},
	/** c: running cost per active member per period. */
	running: money('runningCostPerPeriod', 1e9, 200),
	/** Δr: retention uplift per period, percentage points as a decimal. */
	retentionUplift: { ...field.shareUplift('retention', 0.2), model: 'retentionUplift' },
	/** Δs: spend uplift (frequency × basket). */
	spendUplift: {
		kind: 'percent',
		min: -0.9,
		max: 5,
		slider: { min: -0.2, max: 0.5 },
		model: 'spendUplift'
	},
	/** λ: share of the retention effect that works through the points balance. */
	balanceEffect: share('retentionEffectLostWithExpiry'),
	/** g: gross margin on spend. */
	margin: share('grossMargin'),
	/** r: retention per period without the programme. */
	retention: share('baseRetention'),
	/** Discount rate per year (the model gets it per period: `perPeriodDiscount`). */
	discount: field.annualDiscount,
	/** Horizon in years (the model counts periods). */
	years: field.years(maxYears, 30)
});

export type PointsInputs = InputsOf<typeof fields>;

/** The inputs in the order the page shows them, by group. */
export const groups = [
	{ id: 'members', keys: ['spend', 'margin', 'retention', 'discount', 'years'] },
	{
		id: 'programme',
		keys: ['earn', 'pointValue', 'redemption', 'lag', 'expires', 'expiry', 'running']
	},
	{ id: 'effects', keys: ['retentionUplift', 'spendUplift', 'balanceEffect'] }
] as const;

export const scenarioVersion = 1;
export const schema = schemaOf(fields);
export const fieldMap = fieldMapOf(fields, {
	expiryMonths: 'expiry',
	discountRate: 'discount',
	horizon: 'years'
});

/** The yearly discount rate compounded to the period's rate. */
export const perPeriodDiscount = (inputs: PointsInputs) => field.perPeriodDiscount(inputs);

/** The model's inputs for an expiry rule (`'never'` or months). */
export function modelInput(
	inputs: PointsInputs,
	expiry: number | 'never' = inputs.expires === 'never' ? 'never' : inputs.expiry
): PointsProgrammeInput {
	return {
		...toModel(fields, inputs),
		expiryMonths: expiry,
		discountRate: perPeriodDiscount(inputs),
		horizon: inputs.years * periodsPerYear[inputs.unit],
		periodMonths: 12 / periodsPerYear[inputs.unit]
	};
}

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
		spend: field.roundTo(convertSpend(inputs.spend, from, unit).value, 2),
		running: field.roundTo(convertSpend(inputs.running, from, unit).value, 2),
		retention: field.roundTo(retention, 4),
		retentionUplift: field.roundTo(withProgramme - field.roundTo(retention, 4), 4)
	};
}
