/**
 * The lifecycle simulator's inputs as a shareable scenario. Flat settings (period, currency, cohort,
 * horizon, discount, campaign) are declared in `fields.ts`; the start state and the campaign's
 * states are indices into the chain; the chain itself (states with their names, money and
 * transition probabilities) is packed into one versioned text field, `chain`, with its own strict
 * validator: a link either restores exactly a valid chain or is refused.
 *
 * The kit keeps these flat values (`FlatScenario`); the page and the model read them as
 * `LifecycleInputs`, the chain unpacked.
 *
 * Chain format (version 1): states separated by `;`, each `id:name:revenue:cost:lost:p1,p2,…` with
 * probabilities as decimals (written exactly, so a link restores the very same numbers) and `lost`
 * 1 or 0. In names, `%`, `:`, `;` and `,` are percent-escaped.
 */
import type { Currency } from '$lib/i18n/format';
import { ROW_SUM_TOLERANCE } from '$lib/model/lifecycle';
import type { TimeUnit } from '$lib/model/time';
import type { Schema } from '$lib/state/codec';
import { schemaOf } from '$lib/state/fields';
import { fields, MAX_MONEY_UI, type LifecycleFields } from './fields';

/** A state as the reader edits it. */
export interface DraftState {
	/** Stable id: a preset's (translated by id) or one made up for an added state. */
	id: string;
	name: string;
	/** Money per customer per period. */
	revenue: number;
	cost: number;
	/** A lost (churned) state: time to churn counts periods until one is entered. */
	churned: boolean;
}

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

export const scenarioVersion = 1;
export const MIN_STATES = 2;
export const MAX_STATES_UI = 12;
export const MAX_NAME_LENGTH = 40;

/** Months in one period of each unit. */
export const monthsPerPeriod: Readonly<Record<TimeUnit, number>> = {
	month: 1,
	quarter: 3,
	year: 12
};

/** Whole periods in a horizon of `months` (at least one). */
export const periodsIn = (months: number, unit: TimeUnit) =>
	Math.max(1, Math.floor(months / monthsPerPeriod[unit]));

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

const index = { kind: 'number', min: 0, max: MAX_STATES_UI - 1, integer: true } as const;

export const lifecycleSchema: Schema<FlatScenario> = {
	...schemaOf(fields),
	s: index,
	chain: { kind: 'text', maxLength: 4000, valid: (raw) => decodeChain(raw) !== undefined },
	ct: index,
	cf: index,
	cto: index
};

const escapeName = (name: string) => name.replace(/[%:;,]/g, (ch) => encodeURIComponent(ch));
const unescapeName = (text: string) =>
	text.replace(/%(25|3A|3B|2C)/gi, (code) => decodeURIComponent(code));

/** Packs states and P into the `chain` field. */
export function encodeChain(
	states: readonly DraftState[],
	transitions: readonly (readonly number[])[]
): string {
	return states
		.map((s, i) =>
			[
				s.id,
				escapeName(s.name),
				String(s.revenue),
				String(s.cost),
				s.churned ? '1' : '0',
				(transitions[i] ?? []).map((p) => String(p)).join(',')
			].join(':')
		)
		.join(';');
}

const idPattern = /^[a-z0-9-]{1,24}$/;
const numberPattern = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase();

function readNumber(text: string, min = -Infinity, max = Infinity): number | undefined {
	if (!numberPattern.test(text)) return undefined;
	const value = Number(text);
	return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

interface Chain {
	states: DraftState[];
	transitions: number[][];
}

/** Reads a packed chain; `strict` also asks for a complete, valid one (see `decodeChain`). */
function parseChain(text: string, strict: boolean): Chain | undefined {
	const parts = text.split(';');
	if (strict && (parts.length < MIN_STATES || parts.length > MAX_STATES_UI)) return undefined;
	const money = (raw: string) => (strict ? readNumber(raw, 0, MAX_MONEY_UI) : readNumber(raw));
	const probability = (raw: string) => (strict ? readNumber(raw, 0, 1) : readNumber(raw));
	const states: DraftState[] = [];
	const transitions: number[][] = [];
	const ids = new Set<string>();
	const names = new Set<string>();
	for (const part of parts) {
		const fields = part.split(':');
		if (fields.length !== 6) return undefined;
		const [id, rawName, rawRevenue, rawCost, lost, rawRow] = fields as [
			string,
			string,
			string,
			string,
			string,
			string
		];
		const name = unescapeName(rawName);
		const revenue = money(rawRevenue);
		const cost = money(rawCost);
		if (revenue === undefined || cost === undefined || (lost !== '0' && lost !== '1')) {
			return undefined;
		}
		const row = rawRow.split(',').map(probability);
		if (row.length !== parts.length || row.some((p) => p === undefined)) return undefined;
		const probabilities = row as number[];
		if (strict) {
			if (!idPattern.test(id) || ids.has(id)) return undefined;
			if (/%/.test(rawName.replace(/%(25|3A|3B|2C)/gi, ''))) return undefined;
			if (name.trim() === '' || name.length > MAX_NAME_LENGTH || names.has(nameKey(name))) {
				return undefined;
			}
			const sum = probabilities.reduce((a, b) => a + b, 0);
			if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) return undefined;
		}
		ids.add(id);
		names.add(nameKey(name));
		states.push({ id, name, revenue, cost, churned: lost === '1' });
		transitions.push(probabilities);
	}
	return { states, transitions };
}

/**
 * Reads the `chain` field, or undefined unless it is a complete, valid chain: 2–12 states with
 * unique ids, non-empty unique names, money within limits, and rows of probabilities (0–1)
 * summing to 1.
 *
 * @example
 * decodeChain('a:Active:100:0:0:0.8,0.2;b:Lost:0:0:1:0,1')?.transitions //=> [[0.8, 0.2], [0, 1]]
 */
export function decodeChain(text: string): Chain | undefined {
	return parseChain(text, true);
}

/**
 * Reads the `chain` field as the reader left it: rows need not add up yet, names may be empty or
 * repeated (the page says what to fix). Undefined only for text that is not a packed chain.
 */
export function readChain(text: string): Chain | undefined {
	return parseChain(text, false);
}

/** The URL form of the inputs. */
export function toFlat(inputs: LifecycleInputs): FlatScenario {
	const c = inputs.campaign;
	return {
		unit: inputs.unit,
		cur: inputs.currency,
		n: inputs.cohortSize,
		h: inputs.months,
		d: inputs.discount,
		s: inputs.start,
		chain: encodeChain(inputs.states, inputs.transitions),
		ct: c.target,
		cf: c.from,
		cto: c.to,
		ca: c.amount,
		cc: c.cost,
		cd: c.duration
	};
}

function unpacked(flat: FlatScenario, chain: Chain): LifecycleInputs {
	return {
		unit: flat.unit,
		currency: flat.cur,
		cohortSize: flat.n,
		months: flat.h,
		discount: flat.d,
		start: flat.s,
		states: chain.states,
		transitions: chain.transitions,
		campaign: {
			target: flat.ct,
			from: flat.cf,
			to: flat.cto,
			amount: flat.ca,
			cost: flat.cc,
			duration: flat.cd
		}
	};
}

/**
 * Inputs from the URL form, or undefined when the fields do not fit together (a start state or a
 * campaign index beyond the chain, a campaign moving probability from a state to itself).
 */
export function fromFlat(flat: FlatScenario): LifecycleInputs | undefined {
	const chain = decodeChain(flat.chain);
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
export function inputsOf(flat: FlatScenario): LifecycleInputs {
	const chain = readChain(flat.chain);
	if (!chain) throw new Error(`Not a packed chain: ${flat.chain.slice(0, 40)}`);
	return unpacked(flat, chain);
}
