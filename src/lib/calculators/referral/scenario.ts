/**
 * The referral calculator's inputs as a shareable scenario: a flat record (so it fits the URL
 * codec), its versioned schema, the conversion to the model's parameters and the re-expression of
 * per-period inputs when the reader changes the time unit.
 */
import type { Currency } from '$lib/i18n/format';
import type { CustomerBehaviour, ReferralParams } from '$lib/model/referral';
import {
	convertDiscountRate,
	convertRetention,
	convertSpend,
	periodsPerYear,
	type TimeUnit
} from '$lib/model/time';
import type { FieldSpec, Schema } from '$lib/state/codec';

/** Field name endings of a customer group's behaviour, in `CustomerBehaviour` order. */
const behaviourKeys = [
	'First',
	'Repeat',
	'Upsell',
	'Growth',
	'Cross',
	'Retention',
	'Rate',
	'Conversion'
] as const;

export type BehaviourKey = (typeof behaviourKeys)[number];

/** `f`: the first customers (generation 0); `r`: referred customers (generations ≥ 1). */
export type BehaviourPrefix = 'f' | 'r';

export interface ReferralInputs extends Record<string, string | number> {
	/** What one period is; every per-period input is per period of this unit. */
	unit: TimeUnit;
	currency: Currency;
	/** Horizon in years (periods = years × periods per year, at most 600). */
	years: number;
	/** N₀: first customers, won by the firm's own marketing. */
	customers: number;
	/** A: acquisition cost per first customer. */
	acquisition: number;
	/** m: gross margin, 0–1. */
	margin: number;
	/** Discount rate per year (converted to per period by compounding). */
	discount: number;
	/** L: cycle time in periods, ≥ 1. */
	lag: number;
	/** R: reward per converted referral. */
	reward: number;
	/** Whether the market is capped at `cap` customers. */
	capped: 'yes' | 'no';
	cap: number;
	/** Whether referred customers behave like the first ones (the `r…` fields are then unused). */
	same: 'yes' | 'no';
	/** First customers: first purchase F, repeat P, up-sell U and its growth g, cross-sell X … */
	fFirst: number;
	fRepeat: number;
	fUpsell: number;
	fGrowth: number;
	fCross: number;
	/** … retention r, recommendations per period ρ and their conversion c. */
	fRetention: number;
	fRate: number;
	fConversion: number;
	/** Referred customers, the same fields. */
	rFirst: number;
	rRepeat: number;
	rUpsell: number;
	rGrowth: number;
	rCross: number;
	rRetention: number;
	rRate: number;
	rConversion: number;
}

/** Bump when a field's meaning changes: older links then load the defaults with a notice. */
export const scenarioVersion = 1;

export const limits = {
	years: { min: 1, max: 50 },
	customers: { min: 1, max: 1_000_000 },
	lag: { min: 1, max: 600 },
	money: { min: 0, max: 1e9 },
	growth: { min: -0.99, max: 1 },
	rate: { min: 0, max: 100 },
	cap: { min: 1, max: 1e12 }
} as const;

const money: FieldSpec = { kind: 'number', ...limits.money };
const share: FieldSpec = { kind: 'number', min: 0, max: 1 };
const behaviourSpecs: readonly FieldSpec[] = [
	money,
	money,
	money,
	{ kind: 'number', ...limits.growth },
	money,
	share,
	{ kind: 'number', ...limits.rate },
	share
];
const behaviourSchema = (p: BehaviourPrefix) =>
	Object.fromEntries(behaviourKeys.map((key, i) => [`${p}${key}`, behaviourSpecs[i]!]));

const schema: Record<string, FieldSpec> = {
	unit: { kind: 'enum', values: ['month', 'quarter', 'year'] },
	currency: { kind: 'enum', values: ['CNY', 'USD', 'EUR'] },
	years: { kind: 'number', ...limits.years, integer: true },
	customers: { kind: 'number', ...limits.customers, integer: true },
	acquisition: money,
	margin: share,
	discount: share,
	lag: { kind: 'number', ...limits.lag, integer: true },
	reward: money,
	capped: { kind: 'enum', values: ['yes', 'no'] },
	cap: { kind: 'number', ...limits.cap },
	same: { kind: 'enum', values: ['yes', 'no'] },
	...behaviourSchema('f'),
	...behaviourSchema('r')
};

export const referralSchema = schema as Schema<ReferralInputs>;

/** The behaviour fields of one group as the model's `CustomerBehaviour`. */
export function behaviourOf(inputs: ReferralInputs, p: BehaviourPrefix): CustomerBehaviour {
	const get = (key: BehaviourKey) => inputs[`${p}${key}`] as number;
	return {
		firstPurchase: get('First'),
		repeatPurchase: get('Repeat'),
		upsell: get('Upsell'),
		upsellGrowth: get('Growth'),
		crossSell: get('Cross'),
		retention: get('Retention'),
		referralRate: get('Rate'),
		conversion: get('Conversion')
	};
}

/** The same behaviour as input fields with a prefix. */
export function behaviourFields(b: CustomerBehaviour, p: BehaviourPrefix): Record<string, number> {
	const values = [
		b.firstPurchase,
		b.repeatPurchase,
		b.upsell,
		b.upsellGrowth,
		b.crossSell,
		b.retention,
		b.referralRate,
		b.conversion
	];
	return Object.fromEntries(behaviourKeys.map((key, i) => [`${p}${key}`, values[i]!]));
}

/** Periods in the horizon: years × periods per year. */
export const horizonOf = (inputs: ReferralInputs) => inputs.years * periodsPerYear[inputs.unit];

/** Discount rate per period from the annual rate, by compounding. */
export const periodDiscountOf = (inputs: ReferralInputs) =>
	convertDiscountRate(inputs.discount, 'year', inputs.unit).value;

/** The model's parameters. Does not validate: `projectReferral` does, naming the field. */
export function toParams(inputs: ReferralInputs): ReferralParams {
	return {
		initialCustomers: inputs.customers,
		horizon: horizonOf(inputs),
		lag: inputs.lag,
		grossMargin: inputs.margin,
		discountRate: periodDiscountOf(inputs),
		acquisitionCost: inputs.acquisition,
		referralReward: inputs.reward,
		marketCap: inputs.capped === 'yes' ? inputs.cap : null,
		generations: 12,
		first: behaviourOf(inputs, 'f'),
		referred: inputs.same === 'yes' ? null : behaviourOf(inputs, 'r')
	};
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function convertBehaviour(b: CustomerBehaviour, from: TimeUnit, to: TimeUnit): CustomerBehaviour {
	const ratio = periodsPerYear[from] / periodsPerYear[to];
	const spend = (x: number) =>
		clamp(round(convertSpend(x, from, to).value, 2), 0, limits.money.max);
	return {
		firstPurchase: b.firstPurchase,
		repeatPurchase: spend(b.repeatPurchase),
		upsell: spend(b.upsell),
		upsellGrowth: round(clamp(Math.pow(1 + b.upsellGrowth, ratio) - 1, -0.99, 1), 4),
		crossSell: spend(b.crossSell),
		retention: round(convertRetention(b.retention, from, to).value, 4),
		referralRate: round(clamp(b.referralRate * ratio, 0, limits.rate.max), 4),
		conversion: b.conversion
	};
}

/**
 * Re-expresses the per-period inputs in another time unit, keeping roughly the same customer:
 * retention compounds, per-period amounts and recommendations scale with the period's length, the
 * cycle time is rounded to whole periods (at least one). One-off amounts stay as they are.
 */
export function changeUnit(inputs: ReferralInputs, unit: TimeUnit): ReferralInputs {
	if (unit === inputs.unit) return inputs;
	const from = inputs.unit;
	const lagYears = inputs.lag / periodsPerYear[from];
	return {
		...inputs,
		...behaviourFields(convertBehaviour(behaviourOf(inputs, 'f'), from, unit), 'f'),
		...behaviourFields(convertBehaviour(behaviourOf(inputs, 'r'), from, unit), 'r'),
		unit,
		lag: clamp(Math.round(lagYears * periodsPerYear[unit]), 1, limits.lag.max)
	};
}
