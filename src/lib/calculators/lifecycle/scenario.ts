/**
 * The lifecycle simulator's inputs as a shareable scenario. Flat settings (period, currency, cohort,
 * horizon, discount, campaign) are declared in `fields.ts`; the start state and the campaign's
 * states are indices into the chain; the chain itself (states with their names, money and
 * transition probabilities) is packed into one text field, `chain` (see `chain.ts`: the preset it
 * starts from and what differs), with its own strict validator: a link either restores exactly a
 * valid chain or is refused.
 *
 * The kit keeps these flat values (`FlatScenario`); the page and the model read them as
 * `LifecycleInputs`, the chain unpacked with preset states named in the page's language.
 */
import type { Currency } from '$lib/i18n/format';
import { locales, type Locale } from '$lib/i18n/locales';
import type { TimeUnit } from '$lib/model/time';
import type { Schema } from '$lib/state/codec';
import { decodeChain, encodeChain, readChain, type DraftState } from './chain';
import type { LifecycleFields } from './fields';
import { schemaWith, unpacked } from './scenario-shape';

export { MAX_NAME_LENGTH, MAX_STATES_UI, MIN_STATES, type DraftState } from './chain';

/** A what-if campaign on one state: indices into `states`. */
export interface CampaignInputs {
	target: number;
	/** Destination that loses probability, e.g. lost. */
	from: number;
	/** Destination that gains it, e.g. active. */
	to: number;
	/** Probability moved, 0–1 (0.05 = 5 percentage points). */
	amount: number;
	/** Money per targeted customer per period while the campaign runs. */
	cost: number;
	/** Periods the campaign runs, from period 0. */
	duration: number;
}

export interface LifecycleInputs {
	/** What one step of the chain means; probabilities and money are per this period. */
	unit: TimeUnit;
	currency: Currency;
	cohortSize: number;
	/** Horizon in months, converted to whole periods. */
	months: number;
	/** Discount rate per year, converted to per period by compounding. */
	discount: number;
	/** Index of the state the cohort starts in. */
	start: number;
	states: DraftState[];
	/** P as decimals: transitions[i][j] = chance of moving from state i to j in one period. */
	transitions: number[][];
	campaign: CampaignInputs;
}

export { monthsPerPeriod, periodsIn, scenarioVersion } from './scenario-shape';

/** The URL form, as the kit keeps it: the flat fields, the chain packed, states by index. */
export type FlatScenario = LifecycleFields & {
	/** Index of the state the cohort starts in. */
	s: number;
	chain: string;
	/** The campaign's target, the destination it takes from and the one it gives to. */
	ct: number;
	cf: number;
	cto: number;
};

// A valid chain in either language (a preset name left out reads as the page's own); whether
// its names are unique in this page's language is the calculator's `check`.
export const lifecycleSchema: Schema<FlatScenario> = schemaWith((raw) =>
	locales.some((locale) => decodeChain(raw, locale) !== undefined)
);

/** The URL form of the inputs, made on a page in `locale` (its preset names are left out). */
export function toFlat(inputs: LifecycleInputs, locale: Locale): FlatScenario {
	const c = inputs.campaign;
	return {
		unit: inputs.unit,
		cur: inputs.currency,
		n: inputs.cohortSize,
		h: inputs.months,
		d: inputs.discount,
		s: inputs.start,
		chain: encodeChain(inputs.states, inputs.transitions, locale),
		ct: c.target,
		cf: c.from,
		cto: c.to,
		ca: c.amount,
		cc: c.cost,
		cd: c.duration
	};
}

/**
 * Inputs from the URL form, or undefined when the chain is not valid in `locale`'s names or the
 * fields do not fit together (a start state or a campaign index beyond the chain, a campaign moving
 * probability from a state to itself).
 */
export function fromFlat(flat: FlatScenario, locale: Locale): LifecycleInputs | undefined {
	const chain = decodeChain(flat.chain, locale);
	if (!chain) return undefined;
	const n = chain.states.length;
	const indices = [flat.s, flat.ct, flat.cf, flat.cto];
	if (indices.some((i) => i >= n) || flat.cf === flat.cto) return undefined;
	return unpacked(flat, chain);
}

/**
 * The inputs as the reader is editing them (a row may not add up yet: the model says so). Throws
 * for a `chain` that is not a packed chain at all, which the page never writes.
 */
export function inputsOf(flat: FlatScenario, locale: Locale): LifecycleInputs {
	const chain = readChain(flat.chain, locale);
	if (!chain) throw new Error(`Not a packed chain: ${flat.chain.slice(0, 40)}`);
	return unpacked(flat, chain);
}
