/**
 * What the lifecycle simulator shows and checks without the model's code: the view's shape, the
 * chain and cohort the model is given, and the checks shown beside the editable table (row sums,
 * names). The page's first screen imports this, not `compute.ts` (which holds the model).
 */
import type { CohortSpec, LifecycleChain } from '$lib/model/lifecycle/chain';
import { ROW_SUM_TOLERANCE } from '$lib/model/lifecycle/chain';
import type { TimeToChurn } from '$lib/model/lifecycle/churn-time';
import type { FiniteHorizonValue, InfiniteHorizonValue } from '$lib/model/lifecycle/clv';
import type { CohortProjection } from '$lib/model/lifecycle/projection-series';
import { convertDiscountRate, type Conversion } from '$lib/model/time';
import type { LifecycleInputs } from './scenario';
import { periodsIn } from './scenario-shape';

export interface LifecycleView {
	readonly chain: LifecycleChain;
	/** Whole periods in the horizon. */
	readonly periods: number;
	/** The annual discount rate converted to one period, with its step. */
	readonly periodDiscount: Conversion;
	readonly startId: string;
	readonly cohort: CohortSpec;
	readonly projection: CohortProjection;
	/** V_T by starting state with T = periods − 1 (the same cash flows as the projection). */
	readonly finite: FiniteHorizonValue;
	readonly infinite: InfiniteHorizonValue;
	readonly churn: readonly TimeToChurn[];
	readonly churnedIds: readonly string[];
	/** The cohort's discounted profit over the horizon, and per customer (= V_T of the start). */
	readonly cohortValue: number;
	readonly perCustomer: number;
}

/** The model's chain for the inputs: states as typed, discount rate per period. */
export function buildChain(inputs: LifecycleInputs): LifecycleChain {
	return {
		states: inputs.states.map((s) => ({
			id: s.id,
			name: s.name,
			revenue: s.revenue,
			cost: s.cost,
			churned: s.churned
		})),
		transitions: inputs.transitions.map((row) => [...row]),
		discountRate: convertDiscountRate(inputs.discount, 'year', inputs.unit).value
	};
}

export function cohortOf(inputs: LifecycleInputs): CohortSpec {
	return {
		cohortSize: inputs.cohortSize,
		periods: periodsIn(inputs.months, inputs.unit),
		initial: inputs.states[inputs.start]?.id ?? ''
	};
}

/** Live feedback on one row of the matrix. */
export interface RowCheck {
	readonly sum: number;
	readonly sumsToOne: boolean;
	/** Columns holding a negative probability. */
	readonly negative: readonly number[];
}

export type NameCheck =
	{ readonly kind: 'empty' } | { readonly kind: 'duplicate'; readonly first: number };

export interface InputChecks {
	readonly rows: readonly RowCheck[];
	readonly names: readonly (NameCheck | undefined)[];
	/** Most probability the campaign can move (what the target row has on `from`). */
	readonly campaignMax: number;
	readonly ok: boolean;
}

const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase();

/**
 * Checks every row and name at once (the model stops at the first problem), for the messages next
 * to each row and field.
 *
 * @example
 * checkInputs(inputs).rows[2] //=> { sum: 0.97, sumsToOne: false, negative: [] }
 */
export function checkInputs(inputs: LifecycleInputs): InputChecks {
	const rows = inputs.transitions.map((row): RowCheck => {
		const sum = row.reduce((a, b) => a + b, 0);
		return {
			sum,
			sumsToOne: Math.abs(sum - 1) <= ROW_SUM_TOLERANCE,
			negative: row.flatMap((p, j) => (p < 0 ? [j] : []))
		};
	});
	const seen = new Map<string, number>();
	const names = inputs.states.map((s, i): NameCheck | undefined => {
		if (s.name.trim() === '') return { kind: 'empty' };
		const key = nameKey(s.name);
		const first = seen.get(key);
		if (first !== undefined) return { kind: 'duplicate', first };
		seen.set(key, i);
		return undefined;
	});
	const c = inputs.campaign;
	const campaignMax = Math.max(0, inputs.transitions[c.target]?.[c.from] ?? 0);
	const ok = rows.every((r) => r.sumsToOne && r.negative.length === 0) && names.every((n) => !n);
	return { rows, names, campaignMax, ok };
}
