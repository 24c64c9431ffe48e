/**
 * The referral calculator's inputs, declared once (kind, limits, slider, the model parameter each
 * fills): the business, its recommendations and market, and how the first and the referred
 * customers buy, stay and refer (the same eight inputs twice, prefixed `f` and `r`). Then how they
 * become the model's nested parameters, and how a change of time unit re-expresses the per-period
 * ones.
 */
import {
	MAX_HORIZON,
	MAX_INITIAL_CUSTOMERS,
	MAX_REFERRAL_RATE,
	type CustomerBehaviour,
	type ReferralParams
} from '$lib/model/referral/params';
import { convertRetention, convertSpend, periodsPerYear, type TimeUnit } from '$lib/model/time';
import { defineFields, fieldMapOf, schemaOf, toModel, type InputsOf } from '$lib/state/fields';
import * as field from '$lib/ui/calculator/field-kinds';

/** A money input whose slider reaches `floor`, or `above(v)` once a larger amount is typed. */
const money = (floor: number, step: number, above: (v: number) => number) =>
	field.money({ max: (v: number) => (v > floor ? above(v) : floor), step });

/** A per-customer amount: the slider grows in round steps (a power of ten) with a larger one. */
const amount = money(5000, 10, (v) => Math.pow(10, Math.ceil(Math.log10(v * 2))));
const share = { ...field.share, slider: { step: 0.1 } } as const;

/** How one kind of customer buys, stays and refers: field name endings, in `CustomerBehaviour` order. */
const behaviour = {
	/** F: first purchase, once. */
	First: amount,
	/** P: repeat purchases per period. */
	Repeat: amount,
	/** U: up-sell in the second period, growing by g per period after. */
	Upsell: amount,
	Growth: { kind: 'percent', min: -0.99, max: 1, slider: { min: -0.2, max: 1 } },
	/** X: cross-sell per period from the second on. */
	Cross: amount,
	/** r: retention per period. */
	Retention: share,
	/** ρ: recommendations per period. */
	Rate: {
		kind: 'number',
		min: 0,
		max: MAX_REFERRAL_RATE,
		slider: { max: (v: number) => (v > 5 ? MAX_REFERRAL_RATE : 5), step: 0.01 }
	},
	/** c: share of recommendations that buy. */
	Conversion: share
} as const;

export type BehaviourKey = keyof typeof behaviour;
export const behaviourKeys = Object.keys(behaviour) as BehaviourKey[];

/** The model's name of each behaviour input (in `first` and `referred`). */
const behaviourModel: Record<BehaviourKey, keyof CustomerBehaviour> = {
	First: 'firstPurchase',
	Repeat: 'repeatPurchase',
	Upsell: 'upsell',
	Growth: 'upsellGrowth',
	Cross: 'crossSell',
	Retention: 'retention',
	Rate: 'referralRate',
	Conversion: 'conversion'
};

/** `f`: the first customers (generation 0); `r`: referred customers (generations ≥ 1). */
export type BehaviourPrefix = 'f' | 'r';

type Prefixed<P extends BehaviourPrefix> = {
	readonly [K in BehaviourKey as `${P}${K}`]: (typeof behaviour)[K];
};

const prefixed = <P extends BehaviourPrefix>(p: P) =>
	Object.fromEntries(behaviourKeys.map((key) => [`${p}${key}`, behaviour[key]])) as Prefixed<P>;

const yesNo = { kind: 'choice', values: ['yes', 'no'] } as const;

export const fields = defineFields({
	/** What one period is; every per-period input is per period of this unit. */
	unit: field.timeUnit,
	currency: field.currency,
	/** Horizon in years (the model counts periods: `horizonOf`). */
	years: { kind: 'count', min: 1, max: MAX_HORIZON / 12 },
	/** N₀: first customers, won by the firm's own marketing. */
	customers: {
		kind: 'count',
		min: 1,
		max: MAX_INITIAL_CUSTOMERS,
		slider: { max: (v: number) => (v > 100 ? MAX_INITIAL_CUSTOMERS : 100) },
		model: 'initialCustomers'
	},
	/** A: acquisition cost per first customer. */
	acquisition: { ...money(10_000, 10, () => 100_000), model: 'acquisitionCost' },
	/** m: gross margin. */
	margin: { ...field.share, model: 'grossMargin' },
	/** Discount rate per year (the model gets it per period: `periodDiscountOf`). */
	discount: field.annualDiscount,
	/** L: cycle time in periods. */
	lag: {
		kind: 'count',
		min: 1,
		max: MAX_HORIZON,
		slider: { max: (v: number) => (v > 24 ? MAX_HORIZON : 24) },
		model: 'lag'
	},
	/** R: reward per converted referral. */
	reward: { ...money(2000, 5, () => 100_000), model: 'referralReward' },
	/** Whether the market is capped at `cap` customers. */
	capped: yesNo,
	cap: {
		kind: 'count',
		min: 1,
		max: 1e12,
		slider: { max: (v: number) => (v > 10_000 ? 1_000_000 : 10_000) }
	},
	/** Whether referred customers behave like the first ones (the `r…` fields are then unused). */
	same: yesNo,
	...prefixed('f'),
	...prefixed('r')
});

export type ReferralInputs = InputsOf<typeof fields>;

const keysOf = (p: BehaviourPrefix, keys: readonly BehaviourKey[]) =>
	keys.map((key) => `${p}${key}` as const);

/** The behaviour inputs in the order the page shows them: recommending first, then buying. */
const shown: readonly BehaviourKey[] = [
	'Rate',
	'Conversion',
	'Retention',
	'First',
	'Repeat',
	'Upsell',
	'Growth',
	'Cross'
];

/** The inputs in the order the page shows them, by group (the market cap and `same` are toggles). */
export const groups = {
	business: ['years', 'customers', 'acquisition', 'margin', 'discount'],
	referring: [...keysOf('f', shown.slice(0, 2)), 'lag', 'reward'],
	buying: keysOf('f', shown.slice(2)),
	/** What an article's embed asks. */
	buyingCompact: keysOf('f', shown.slice(2, 4)),
	referred: keysOf('r', shown)
} as const;

/** Bump when a field's meaning changes: older links then load the defaults with a notice. */
export const scenarioVersion = 1;
export const schema = schemaOf(fields);
export const fieldMap = fieldMapOf(fields, {
	horizon: 'years',
	discountRate: 'discount',
	marketCap: 'cap',
	...Object.fromEntries(
		behaviourKeys.flatMap((key) => [
			[`first.${behaviourModel[key]}`, `f${key}`],
			[`referred.${behaviourModel[key]}`, `r${key}`]
		])
	)
});

/** The behaviour inputs of one group as the model's `CustomerBehaviour`. */
export function behaviourOf(inputs: ReferralInputs, p: BehaviourPrefix): CustomerBehaviour {
	return Object.fromEntries(
		behaviourKeys.map((key) => [behaviourModel[key], inputs[`${p}${key}`]])
	) as unknown as CustomerBehaviour;
}

/** The same behaviour as inputs with a prefix. */
export function behaviourInputs<P extends BehaviourPrefix>(
	b: CustomerBehaviour,
	p: P
): Record<`${P}${BehaviourKey}`, number> {
	return Object.fromEntries(
		behaviourKeys.map((key) => [`${p}${key}`, b[behaviourModel[key]]])
	) as Record<`${P}${BehaviourKey}`, number>;
}

/** Periods in the horizon: years × periods per year. */
export const horizonOf = (inputs: ReferralInputs) => inputs.years * periodsPerYear[inputs.unit];

/** Discount rate per period from the annual rate, by compounding. */
export const periodDiscountOf = (inputs: ReferralInputs) => field.perPeriodDiscount(inputs);

/** The model's parameters. Does not validate: `projectReferral` does, naming the field. */
export function toParams(inputs: ReferralInputs): ReferralParams {
	return {
		...toModel(fields, inputs),
		horizon: horizonOf(inputs),
		discountRate: periodDiscountOf(inputs),
		marketCap: inputs.capped === 'yes' ? inputs.cap : null,
		generations: 12,
		first: behaviourOf(inputs, 'f'),
		referred: inputs.same === 'yes' ? null : behaviourOf(inputs, 'r')
	};
}

const round = field.roundTo;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function convertBehaviour(b: CustomerBehaviour, from: TimeUnit, to: TimeUnit): CustomerBehaviour {
	const ratio = periodsPerYear[from] / periodsPerYear[to];
	const spend = (x: number) => clamp(round(convertSpend(x, from, to).value, 2), 0, field.maxMoney);
	const growth = behaviour.Growth;
	return {
		firstPurchase: b.firstPurchase,
		repeatPurchase: spend(b.repeatPurchase),
		upsell: spend(b.upsell),
		upsellGrowth: round(clamp(Math.pow(1 + b.upsellGrowth, ratio) - 1, growth.min, growth.max), 4),
		crossSell: spend(b.crossSell),
		retention: round(convertRetention(b.retention, from, to).value, 4),
		referralRate: round(clamp(b.referralRate * ratio, 0, MAX_REFERRAL_RATE), 4),
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
		...behaviourInputs(convertBehaviour(behaviourOf(inputs, 'f'), from, unit), 'f'),
		...behaviourInputs(convertBehaviour(behaviourOf(inputs, 'r'), from, unit), 'r'),
		unit,
		lag: clamp(Math.round(lagYears * periodsPerYear[unit]), 1, MAX_HORIZON)
	};
}
