/**
 * Boundary checks for a lifecycle chain and a cohort. Everything the lifecycle model computes goes
 * through `prepareChain` (and `prepareCohort`) once, which throws a `ChainInputError` naming the
 * field, the rule and, for a state or a matrix cell, the row and column, so the UI can highlight the
 * exact cell and explain the fix in the page's language.
 */
import {
	ModelInputError,
	requireInteger,
	requireRange,
	requireShare,
	requireSignedMoney,
	type InputRule
} from '../errors';
import {
	MAX_COHORT_SIZE,
	MAX_PERIODS,
	MAX_STATES,
	MIN_POSITIVE_DISCOUNT_RATE,
	ROW_SUM_TOLERANCE,
	type CohortSpec,
	type LifecycleChain
} from './chain';
import { preparedArrays } from './prepared';

/** Where in the chain an input error sits: a state (row) and, for a matrix cell, a column. */
export interface ChainErrorLocation {
	/** Index of the state (row of P) at fault, 0-based. */
	readonly row: number;
	/** Index of the column of P at fault, for a single cell. */
	readonly column?: number;
	/** The row sum found, for rule 'rowSum'. */
	readonly rowSum?: number;
}

/**
 * A `ModelInputError` that also says which state (row) and which transition (column) is wrong.
 * `stateId`/`stateName` describe the row, `columnStateId`/`columnStateName` the column.
 *
 * @example
 * // transitions: row 2 ("Silent") sums to 0.95, must sum to 1 (within 0.000001)
 * err.field === 'transitions' && err.rule === 'rowSum' && err.row === 2 && err.rowSum === 0.95
 */
export class ChainInputError extends ModelInputError {
	readonly row: number;
	readonly column: number | undefined;
	readonly rowSum: number | undefined;
	readonly stateId: string;
	readonly stateName: string;
	readonly columnStateId: string | undefined;
	readonly columnStateName: string | undefined;

	constructor(
		chain: LifecycleChain,
		field: string,
		rule: InputRule,
		message: string,
		location: ChainErrorLocation,
		limits: { min?: number; max?: number } = {}
	) {
		super(field, rule, message, limits);
		this.name = 'ChainInputError';
		this.row = location.row;
		this.column = location.column;
		this.rowSum = location.rowSum;
		this.stateId = String(chain.states[location.row]?.id ?? '');
		this.stateName = String(chain.states[location.row]?.name ?? '');
		const columnState = location.column === undefined ? undefined : chain.states[location.column];
		this.columnStateId = columnState?.id;
		this.columnStateName = columnState?.name;
	}
}

/** A validated chain as plain arrays: rows of P rescaled to sum to exactly 1, R = revenue − cost. */
export interface PreparedChain {
	readonly size: number;
	readonly ids: readonly string[];
	readonly names: readonly string[];
	readonly revenue: readonly number[];
	readonly cost: readonly number[];
	/** R_s = revenue_s − cost_s, money per customer per period. */
	readonly reward: readonly number[];
	readonly transitions: readonly (readonly number[])[];
	readonly discountRate: number;
	readonly churned: readonly boolean[];
}

/** A validated cohort: counts of customers per state at period 0. */
export interface PreparedCohort {
	readonly cohortSize: number;
	readonly periods: number;
	/** x: share of the cohort starting in each state (sums to 1). */
	readonly initialShares: readonly number[];
}

const label = (chain: LifecycleChain, row: number): string => {
	const name = chain.states[row]?.name;
	return typeof name === 'string' && name.trim() !== '' ? `row ${row} ("${name}")` : `row ${row}`;
};

const nameKey = (name: string): string => name.normalize('NFC').trim().toLowerCase();

function checkStates(chain: LifecycleChain): void {
	const { states } = chain;
	if (!Array.isArray(states) || states.length === 0) {
		throw new ModelInputError('states', 'nonEmpty', 'needs at least one state');
	}
	if (states.length > MAX_STATES) {
		throw new ModelInputError(
			'states',
			'max',
			`at most ${MAX_STATES} states, got ${states.length}`,
			{
				max: MAX_STATES
			}
		);
	}
	const seenIds = new Map<string, number>();
	const seenNames = new Map<string, number>();
	states.forEach((state, row) => {
		const fail = (field: string, rule: InputRule, message: string) =>
			new ChainInputError(chain, field, rule, `${label(chain, row)}: ${message}`, { row });
		if (typeof state.id !== 'string' || state.id.trim() === '') {
			throw fail('states.id', 'nonEmpty', 'the state needs an id');
		}
		if (typeof state.name !== 'string' || state.name.trim() === '') {
			throw fail('states.name', 'nonEmpty', 'the state needs a name');
		}
		const firstId = seenIds.get(state.id);
		if (firstId !== undefined) {
			throw fail('states.id', 'unique', `id "${state.id}" is already used by row ${firstId}`);
		}
		const firstName = seenNames.get(nameKey(state.name));
		if (firstName !== undefined) {
			throw fail(
				'states.name',
				'unique',
				`name "${state.name}" is already used by row ${firstName}`
			);
		}
		seenIds.set(state.id, row);
		seenNames.set(nameKey(state.name), row);
		for (const key of ['revenue', 'cost'] as const) {
			try {
				requireSignedMoney(`states.${key}`, state[key]);
			} catch (error) {
				if (!(error instanceof ModelInputError)) throw error;
				const message = `${label(chain, row)}: ${key} ${error.detail}`;
				throw new ChainInputError(chain, error.field, error.rule, message, { row }, error);
			}
		}
	});
}

function checkTransitions(chain: LifecycleChain): void {
	const size = chain.states.length;
	const { transitions } = chain;
	if (!Array.isArray(transitions) || transitions.length !== size) {
		throw new ModelInputError(
			'transitions',
			'custom',
			`needs one row per state (${size}), got ${Array.isArray(transitions) ? transitions.length : 'none'}`
		);
	}
	transitions.forEach((row, i) => {
		if (!Array.isArray(row) || row.length !== size) {
			throw new ChainInputError(
				chain,
				'transitions',
				'custom',
				`${label(chain, i)} needs ${size} probabilities, got ${Array.isArray(row) ? row.length : 'none'}`,
				{ row: i }
			);
		}
		let rowSum = 0;
		row.forEach((p, j) => {
			if (!Number.isFinite(p) || p < 0 || p > 1) {
				const what = Number.isFinite(p)
					? p < 0
						? 'is negative'
						: 'is above 1'
					: 'is not a number';
				throw new ChainInputError(
					chain,
					'transitions',
					Number.isFinite(p) ? 'range' : 'finite',
					`${label(chain, i)}, column ${j} ("${chain.states[j]?.name}"): probability ${what} (${p}), must be between 0 and 1`,
					{ row: i, column: j },
					{ min: 0, max: 1 }
				);
			}
			rowSum += p;
		});
		if (Math.abs(rowSum - 1) > ROW_SUM_TOLERANCE) {
			throw new ChainInputError(
				chain,
				'transitions',
				'rowSum',
				`${label(chain, i)} sums to ${rowSum}, must sum to 1 (within ${ROW_SUM_TOLERANCE})`,
				{ row: i, rowSum },
				{ min: 1 - ROW_SUM_TOLERANCE, max: 1 + ROW_SUM_TOLERANCE }
			);
		}
	});
}

/**
 * Throws unless `chain` is a usable Markov chain: 1–30 states with non-empty, unique ids and names
 * (names compared trimmed and case-insensitively), revenue and cost within ±1e15, a square matrix
 * of probabilities in [0, 1] whose rows sum to 1 within `ROW_SUM_TOLERANCE`, and d = 0 or
 * 1e-9 ≤ d ≤ 10.
 *
 * @example
 * validateChain({ states: [a, b], transitions: [[0.5, 0.4], [0, 1]], discountRate: 0.1 })
 * // throws ChainInputError: transitions: row 0 ("A") sums to 0.9, must sum to 1 (within 0.000001)
 */
export function validateChain(chain: LifecycleChain): void {
	checkStates(chain);
	checkTransitions(chain);
	requireRange('discountRate', chain.discountRate, 0, 10);
	if (chain.discountRate > 0 && chain.discountRate < MIN_POSITIVE_DISCOUNT_RATE) {
		throw new ModelInputError(
			'discountRate',
			'min',
			`must be 0 or at least ${MIN_POSITIVE_DISCOUNT_RATE}, got ${chain.discountRate}`,
			{ min: MIN_POSITIVE_DISCOUNT_RATE, max: 10 }
		);
	}
}

/**
 * Validates `chain` and returns it as plain arrays (never the caller's objects): rows of P
 * rescaled by their sums, R_s = revenue_s − cost_s.
 *
 * @example
 * prepareChain(pfeiferCarrawayChain).reward //=> [36, -4, -4, -4, 0]
 */
export function prepareChain(chain: LifecycleChain): PreparedChain {
	validateChain(chain);
	return preparedArrays(chain);
}

/**
 * Validates a cohort against a prepared chain: whole-number size 1 … 1e9, 1 … 1200 periods, and a
 * start that is a known state id or shares per state (non-negative, summing to 1 within tolerance).
 *
 * @example
 * prepareCohort(prepared, { cohortSize: 100, periods: 12, initial: 'recency-2' }).initialShares
 * //=> [0, 1, 0, 0, 0]
 */
export function prepareCohort(chain: PreparedChain, cohort: CohortSpec): PreparedCohort {
	requireInteger('cohortSize', cohort.cohortSize, 1, MAX_COHORT_SIZE);
	requireInteger('periods', cohort.periods, 1, MAX_PERIODS);
	return {
		cohortSize: cohort.cohortSize,
		periods: cohort.periods,
		initialShares: prepareInitial(chain, cohort.initial)
	};
}

/** Turns a start state id or a vector of shares into validated shares per state. */
export function prepareInitial(chain: PreparedChain, initial: CohortSpec['initial']): number[] {
	if (typeof initial === 'string') {
		const at = chain.ids.indexOf(initial);
		if (at < 0) {
			throw new ModelInputError('initial', 'custom', `unknown state id "${initial}"`);
		}
		return chain.ids.map((_, i) => (i === at ? 1 : 0));
	}
	if (!Array.isArray(initial) || initial.length !== chain.size) {
		throw new ModelInputError('initial', 'custom', `needs one share per state (${chain.size})`);
	}
	initial.forEach((share, i) => {
		requireShare(`initial[${i}]`, share);
	});
	const total = initial.reduce((acc, share) => acc + share, 0);
	if (Math.abs(total - 1) > ROW_SUM_TOLERANCE) {
		throw new ModelInputError('initial', 'rowSum', `shares sum to ${total}, must sum to 1`, {
			min: 1 - ROW_SUM_TOLERANCE,
			max: 1 + ROW_SUM_TOLERANCE
		});
	}
	return initial.map((share) => share / total);
}
