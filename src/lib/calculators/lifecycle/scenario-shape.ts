/**
 * The parts of the lifecycle scenario (`scenario.ts`) the page's first screen needs without the
 * chain's link codec (`chain.ts`, which holds the presets' chains): the schema's shape, the
 * horizon in periods, and the inputs from the flat form once its chain is read.
 */
import type { TimeUnit } from '$lib/model/time';
import type { Schema } from '$lib/state/codec';
import { schemaOf } from '$lib/state/fields';
import type { Chain } from './chain-shape';
import { fields } from './fields';
import { MAX_STATES_UI } from './limits';
import type { FlatScenario, LifecycleInputs } from './scenario';

export const scenarioVersion = 1;

/** Months in one period of each unit. */
export const monthsPerPeriod: Readonly<Record<TimeUnit, number>> = {
	month: 1,
	quarter: 3,
	year: 12
};

/** Whole periods in a horizon of `months` (at least one). */
export const periodsIn = (months: number, unit: TimeUnit) =>
	Math.max(1, Math.floor(months / monthsPerPeriod[unit]));

const index = { kind: 'number', min: 0, max: MAX_STATES_UI - 1, integer: true } as const;

/** The URL schema, `valid` telling whether a `chain` text is a valid chain. */
export const schemaWith = (valid: (raw: string) => boolean): Schema<FlatScenario> => ({
	...schemaOf(fields),
	s: index,
	chain: { kind: 'text', maxLength: 4000, valid },
	ct: index,
	cf: index,
	cto: index
});

/** The inputs from the flat form and its chain, read. */
export function unpacked(flat: FlatScenario, chain: Chain): LifecycleInputs {
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

const keys = Object.keys(schemaWith(() => true)) as (keyof FlatScenario)[];

/**
 * What tells presets apart: every input but the state names and the currency, which follow the
 * page's language (a compact chain names a state only once it is renamed: its `n` tokens go).
 */
export function presetKey(values: FlatScenario): string {
	const unnamed = values.chain
		.split('*')
		.filter((token) => !/^n\d/.test(token))
		.join('*');
	return JSON.stringify(keys.map((k) => (k === 'cur' ? '' : k === 'chain' ? unnamed : values[k])));
}
