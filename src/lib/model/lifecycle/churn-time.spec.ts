import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LifecycleChain } from './chain';
import { churnedStateIds, expectedTimeToChurn } from './churn-time';
import { projectCohort } from './projection';
import { chainFromPreset, lifecyclePreset } from './presets';
import { deepFreeze } from '../testing';
import { chainArbitrary, expectStepsMatch, recencyChain, twoStateChain } from './test-fixtures';

/** Σ_t P(not yet churned at the start of period t), with churned states made absorbing. */
function survivalSum(chain: LifecycleChain, start: string, churned: readonly string[]): number {
	const transitions = chain.transitions.map((row, i) =>
		churned.includes(chain.states[i]!.id) ? row.map((_, j) => (i === j ? 1 : 0)) : [...row]
	);
	const projection = projectCohort(
		{ ...chain, transitions },
		{ cohortSize: 1, periods: 1200, initial: start }
	);
	const churnedIndex = chain.states.flatMap((s, i) => (churned.includes(s.id) ? [i] : []));
	return projection.counts.reduce(
		(acc, row) => acc + 1 - churnedIndex.reduce((sum, i) => sum + row[i]!, 0),
		0
	);
}

describe('expectedTimeToChurn', () => {
	it('two states: active with retention 0.8 churns after 1/(1 − 0.8) = 5 periods on average', () => {
		const result = expectedTimeToChurn(twoStateChain());
		expect(result[1]).toEqual({ kind: 'churned', id: 'lost' });
		const active = result[0]!;
		if (active.kind !== 'finite') throw new Error('expected a finite time');
		expect(active.periods).toBeCloseTo(5, 12);
		expect(active.visits[0]).toBeCloseTo(5, 12);
		expect(active.visits[1]).toBe(0);
		expect(active.steps.map((s) => s.id)).toEqual(['lifecycle.timeToChurn']);
		expectStepsMatch(active.steps);
	});

	it('matches the sum of survival probabilities for Pfeifer & Carraway’s chain', () => {
		const chain = recencyChain();
		const result = expectedTimeToChurn(chain);
		result.slice(0, 4).forEach((r, i) => {
			if (r.kind !== 'finite') throw new Error('expected a finite time');
			expect(r.periods).toBeCloseTo(survivalSum(chain, chain.states[i]!.id, ['lost']), 8);
			expectStepsMatch(r.steps);
		});
	});

	it('counts time to first churn when churned customers can be won back (telecom preset)', () => {
		const chain = chainFromPreset(lifecyclePreset('telecom'));
		const result = expectedTimeToChurn(chain);
		expect(result[4]).toEqual({ kind: 'churned', id: 'churn' });
		const acquisition = result[0]!;
		if (acquisition.kind !== 'finite') throw new Error('expected a finite time');
		expect(acquisition.periods).toBeCloseTo(survivalSum(chain, 'acquisition', ['churn']), 6);
	});

	it('flags states that never churn, with their probability of ever churning', () => {
		const chain: LifecycleChain = {
			states: [
				{ id: 'new', name: 'New', revenue: 1, cost: 0 },
				{ id: 'vip', name: 'VIP', revenue: 1, cost: 0 },
				{ id: 'lost', name: 'Lost', revenue: 0, cost: 0, churned: true }
			],
			transitions: [
				[0.5, 0.2, 0.3],
				[0, 1, 0],
				[0, 0, 1]
			],
			discountRate: 0.1
		};
		const result = expectedTimeToChurn(chain);
		expect(result[1]).toEqual({ kind: 'never', id: 'vip', churnProbability: 0 });
		expect(result[0]!.kind).toBe('never');
		// h = 0.3 + 0.5 h → h = 0.6
		if (result[0]!.kind === 'never') expect(result[0]!.churnProbability).toBeCloseTo(0.6, 12);
	});

	it('uses marked churned states, else absorbing ones, unless told otherwise', () => {
		expect(churnedStateIds(chainFromPreset(lifecyclePreset('retail-recency')))).toEqual(['lost']);
		const unmarked = {
			...recencyChain(),
			states: recencyChain().states.map((s) => ({ ...s, churned: false }))
		};
		expect(churnedStateIds(unmarked)).toEqual(['lost']);
		const custom = expectedTimeToChurn(recencyChain(), ['recency-4', 'lost']);
		expect(custom.map((r) => r.kind)).toEqual(['finite', 'finite', 'finite', 'churned', 'churned']);
		expect(expectedTimeToChurn(recencyChain(), []).every((r) => r.kind === 'never')).toBe(true);
	});

	it('a sticky chain found by fast-check: the solve matches the long survival sum closely', () => {
		const names = ['s0', 's1', 's2', 's3', 's4'];
		const chain: LifecycleChain = {
			states: names.map((id, i) => ({ id, name: id, revenue: 0, cost: 0, churned: i === 4 })),
			transitions: [
				[0, 0, 0, 1, 0],
				[0.22003358802664577, 0.22003358802664577, 0, 0, 0.5599328239467084],
				[0, 0.1302237943851528, 0, 0.8341654764571876, 0.035610729157659615],
				[0, 0, 0.108898960261768, 0.8911010397382321, 0],
				[1 / 3, 0, 1 / 3, 0, 1 / 3]
			],
			discountRate: 0.01
		};
		const result = expectedTimeToChurn(chain)[0]!;
		if (result.kind !== 'finite') throw new Error('expected a finite time');
		const reference = survivalSum(chain, 's0', ['s4']);
		expect(result.periods).toBeGreaterThan(reference);
		expect(Math.abs(result.periods - reference)).toBeLessThan(1e-5 * reference);
	});

	it('property: finite times are at least 1 period and match the survival sums; input untouched', () => {
		fc.assert(
			fc.property(chainArbitrary({ maxStates: 5 }), (raw) => {
				const chain = deepFreeze({
					...raw,
					states: raw.states.map((s, i) => ({ ...s, churned: i === raw.states.length - 1 }))
				});
				const churned = churnedStateIds(chain);
				expectedTimeToChurn(chain).forEach((r, i) => {
					if (r.kind !== 'finite') return;
					expect(r.periods).toBeGreaterThanOrEqual(1 - 1e-12);
					// the survival sum converges slowly for sticky chains, so only check fast ones
					if (r.periods < 50) {
						// relative: for a sticky chain the 1,200-period reference sum leaves out a small tail
						const reference = survivalSum(chain, chain.states[i]!.id, churned);
						expect(Math.abs(r.periods - reference)).toBeLessThan(1e-5 * reference);
					}
				});
			}),
			{ numRuns: 40 }
		);
	});
});
