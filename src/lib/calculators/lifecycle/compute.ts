/**
 * Everything the lifecycle simulator shows, computed from its inputs: the chain in per-period terms,
 * the cohort's expected path, values by starting state, time to churn and the what-if campaign; plus
 * the checks shown beside the editable table (row sums, names). Pure, so it is unit-tested and
 * benchmarked outside the browser.
 */
import { churnedStateIds, expectedTimeToChurn } from '$lib/model/lifecycle/churn-time';
import { finiteHorizonValue, infiniteHorizonValue } from '$lib/model/lifecycle/clv';
import { evaluateCampaign, type InterventionResult } from '$lib/model/lifecycle/intervention';
import { projectCohort } from '$lib/model/lifecycle/projection';
import { convertDiscountRate } from '$lib/model/time';
import type { LifecycleInputs } from './scenario';
import { buildChain, cohortOf, type LifecycleView } from './view';

export {
	buildChain,
	checkInputs,
	cohortOf,
	type InputChecks,
	type LifecycleView,
	type NameCheck,
	type RowCheck
} from './view';

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
