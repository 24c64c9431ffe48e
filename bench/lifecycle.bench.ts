/**
 * How long the lifecycle simulator's work takes. The closed-form projection of a 20-state chain
 * over 120 periods must fit comfortably in one 16 ms frame; the full recompute for one input event
 * (projection, values by state, time to churn, campaign) is measured on the largest chain the page
 * allows (12 states, 240 months). The Monte-Carlo run (100,000 customers × 120 months) happens in
 * a Web Worker; it is timed here in Node for reference.
 */
import { bench, describe } from 'vitest';
import {
	projectCohort,
	simulateCohort,
	type LifecycleChain,
	type LifecycleState
} from '../src/lib/model/lifecycle';
import { computeCampaign, computeLifecycle } from '../src/lib/calculators/lifecycle/compute';
import { withStateAdded } from '../src/lib/calculators/lifecycle/edit';
import { presetInputs } from '../src/lib/calculators/lifecycle/presets';

/** A dense chain of n states: each row spreads over every state, the last state absorbing. */
function denseChain(n: number): LifecycleChain {
	const states: LifecycleState[] = Array.from({ length: n }, (_, i) => ({
		id: `s${i}`,
		name: `State ${i + 1}`,
		revenue: 100 - 4 * i,
		cost: 20 + i,
		churned: i === n - 1
	}));
	const transitions = states.map((_, i) => {
		if (i === n - 1) return states.map((__, j) => (j === i ? 1 : 0));
		const raw = states.map((__, j) => 1 + ((i * 7 + j * 3) % 5) + (j === i ? 10 : 0));
		const sum = raw.reduce((a, b) => a + b, 0);
		return raw.map((x) => x / sum);
	});
	return { states, transitions, discountRate: 0.008 };
}

describe('lifecycle closed form', () => {
	const chain20 = denseChain(20);
	let size = 1000;
	bench('projectCohort, 20 states × 120 periods', () => {
		size = size === 1000 ? 1001 : 1000;
		projectCohort(chain20, { cohortSize: size, periods: 120, initial: 's0' });
	});

	let twelve = presetInputs('retail-recency', 'en', (id) => id);
	for (let k = 5; k <= 12; k++) twelve = withStateAdded(twelve, `Stage ${k}`);
	twelve = { ...twelve, months: 240 };
	const retail = presetInputs('retail-recency', 'en', (id) => id);
	let discount = 0.1;
	bench('page recompute, retail preset (4 states × 60 months), with campaign', () => {
		discount = discount > 0.2 ? 0.1 : discount + 0.001;
		computeLifecycle({ ...retail, discount });
		computeCampaign({ ...retail, discount });
	});
	bench('page recompute, 12 states × 240 months, with campaign', () => {
		discount = discount > 0.2 ? 0.1 : discount + 0.001;
		computeLifecycle({ ...twelve, discount });
		computeCampaign({ ...twelve, discount });
	});
});

describe('lifecycle Monte-Carlo (runs in a worker on the page)', () => {
	const retail = presetInputs('retail-recency', 'en', (id) => id);
	const view = computeLifecycle({ ...retail, months: 120 });
	bench(
		'100,000 customers × 120 months (100 cohorts of 1,000)',
		() => {
			simulateCohort({
				chain: view.chain,
				cohort: { ...view.cohort, cohortSize: 1000 },
				runs: 100,
				seed: 7
			});
		},
		{ iterations: 5, time: 0 }
	);
});
