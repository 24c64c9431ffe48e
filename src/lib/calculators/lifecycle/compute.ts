/**
 * Everything the lifecycle simulator shows, computed from its inputs: the chain in per-period terms,
 * the cohort's expected path, values by starting state, time to churn and the what-if campaign; plus
 * the checks shown beside the editable table (row sums, names). Pure, so it is unit-tested and
 * benchmarked outside the browser.
 */
import {
	ROW_SUM_TOLERANCE,
	churnedStateIds,
	evaluateCampaign,
	expectedTimeToChurn,
	finiteHorizonValue,
	infiniteHorizonValue,
	projectCohort,
	type CohortProjection,
	type CohortSpec,
	type FiniteHorizonValue,
	type InfiniteHorizonValue,
	type InterventionResult,
	type LifecycleChain,
	type TimeToChurn
} from '$lib/model/lifecycle';
import { convertDiscountRate, type Conversion } from '$lib/model/time';
import { periodsIn, type LifecycleInputs } from './scenario';

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

/** Computes the simulator's view; throws `ModelInputError` for inputs the model refuses. */
export function computeLifecycle(inputs: LifecycleInputs): LifecycleView {
	const chain = buildChain(inputs);
	const cohort = cohortOf(inputs);
	const projection = projectCohort(chain, cohort);
	const finite = finiteHorizonValue(chain, cohort.periods - 1);
	const startIndex = inputs.start;
	return {
		chain,
		periods: cohort.periods,
		periodDiscount: convertDiscountRate(inputs.discount, 'year', inputs.unit),
		startId: String(cohort.initial),
		cohort,
		projection,
		finite,
		infinite: infiniteHorizonValue(chain),
		churn: expectedTimeToChurn(chain),
		churnedIds: churnedStateIds(chain),
		cohortValue: projection.totals.discountedProfit,
		perCustomer: finite.values[startIndex]!
	};
}

/** Baseline and what-if projections of the campaign; throws for a campaign the model refuses. */
export function computeCampaign(inputs: LifecycleInputs): InterventionResult {
	const c = inputs.campaign;
	const id = (i: number) => inputs.states[i]?.id ?? '';
	return evaluateCampaign(buildChain(inputs), cohortOf(inputs), {
		targetState: id(c.target),
		costPerCustomer: c.cost,
		durationPeriods: c.duration,
		shifts: [{ from: id(c.from), to: id(c.to), amount: c.amount }]
	});
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
