import { describe, expect, it } from 'vitest';
import { ModelInputError } from '$lib/model/errors';
import { ChainInputError } from '$lib/model/lifecycle';
import { checkInputs, computeCampaign, computeLifecycle } from './compute';
import { presetIds, presetInputs } from './presets';
import type { LifecycleInputs } from './scenario';
import { twoStates } from './test-fixtures';

const named = (id: string) => id;

/** What `compute` throws. */
function thrown(compute: () => unknown): unknown {
	try {
		compute();
	} catch (error) {
		return error;
	}
	return undefined;
}
const preset = (id: string): LifecycleInputs => presetInputs(id, 'en', named);

/** Pfeifer & Carraway (2000): the recency chain at d = 0.2 per year. */
const recency = (): LifecycleInputs => ({ ...preset('pfeifer-carraway'), cohortSize: 1000 });

describe('computeLifecycle', () => {
	it('reproduces Pfeifer & Carraway’s values through the page inputs', () => {
		const view = computeLifecycle(recency());
		// yearly steps, 20% a year: no conversion
		expect(view.periodDiscount.value).toBeCloseTo(0.2, 12);
		expect(view.infinite.kind).toBe('finite');
		if (view.infinite.kind === 'finite') {
			const expected = [52.3196, 5.5538, 1.2508, -1.82, 0];
			view.infinite.values.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 4));
		}
		// 120 months = 10 yearly steps, T = 9
		expect(view.periods).toBe(10);
		expect(view.cohortValue).toBeCloseTo(1000 * view.finite.values[0]!, 6);
		expect(view.perCustomer).toBeCloseTo(view.finite.values[0]!, 12);
	});

	it('matches Pfeifer & Carraway’s V_5 for a six-year horizon', () => {
		const view = computeLifecycle({ ...recency(), months: 72 });
		const expected = [50.9904, 4.7472, 0.8618, -1.9119, 0];
		view.finite.values.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 4));
	});

	it('converts the yearly discount rate to months by compounding', () => {
		const view = computeLifecycle({ ...preset('retail-recency'), discount: 0.1 });
		expect(view.periodDiscount.value).toBeCloseTo(Math.pow(1.1, 1 / 12) - 1, 12);
		expect(view.chain.discountRate).toBeCloseTo(0.007974140428903764, 12);
	});

	it('computes every preset to finite numbers', () => {
		for (const id of presetIds) {
			const view = computeLifecycle(preset(id));
			expect(Number.isFinite(view.cohortValue)).toBe(true);
			expect(view.projection.counts.flat().every(Number.isFinite)).toBe(true);
			const campaign = computeCampaign(preset(id));
			expect(Number.isFinite(campaign.totals.netGain)).toBe(true);
		}
	});

	it('reports an absorbing state that earns for ever at 0% discount, without a number', () => {
		const inputs = preset('crm');
		inputs.discount = 0;
		inputs.states[4]!.revenue = 10; // "lost" keeps earning 10 a month
		const view = computeLifecycle(inputs);
		expect(view.infinite.kind).toBe('divergent');
		if (view.infinite.kind === 'divergent') {
			expect(view.infinite.reason).toBe('absorbing-state-earns-forever');
			expect(view.infinite.state).toBe('lost');
			expect(view.infinite.rewardPerPeriod).toBe(10);
		}
		expect(Number.isFinite(view.cohortValue)).toBe(true);
	});

	it('throws the model’s error for a row that does not sum to 100%, naming the row and its sum', () => {
		const inputs = preset('retail-recency');
		inputs.transitions[2]![0] = 0.07;
		const error = thrown(() => computeLifecycle(inputs));
		expect(error).toBeInstanceOf(ChainInputError);
		expect(error).toMatchObject({ rule: 'rowSum', row: 2 });
		expect((error as ChainInputError).rowSum).toBeCloseTo(0.97, 12);
	});

	it('names the cell of a negative probability and the row of an empty or repeated name', () => {
		const attempt = (edit: (x: LifecycleInputs) => void) => {
			const inputs = preset('retail-recency');
			edit(inputs);
			return thrown(() => computeLifecycle(inputs));
		};
		const negative = attempt((x) => {
			x.transitions[1]![0] = -0.1;
			x.transitions[1]![1]! += 0.1 + 0.25;
		});
		expect(negative).toBeInstanceOf(ChainInputError);
		expect(negative).toMatchObject({ field: 'transitions', row: 1, column: 0 });
		const empty = attempt((x) => (x.states[1]!.name = '  '));
		expect(empty).toMatchObject({ field: 'states.name', row: 1 });
		expect(empty).not.toMatchObject({ rule: 'unique' });
		const repeated = attempt((x) => (x.states[3]!.name = 'ACTIVE '));
		expect(repeated).toMatchObject({ field: 'states.name', rule: 'unique', row: 3 });
	});
});

describe('checkInputs', () => {
	it('checks every row and name at once', () => {
		const inputs = preset('retail-recency');
		inputs.transitions[0]![0] = 0.5;
		inputs.transitions[3]![1] = -0.01;
		inputs.states[2]!.name = '';
		inputs.states[3]!.name = 'silent';
		const checks = checkInputs(inputs);
		expect(checks.ok).toBe(false);
		expect(checks.rows[0]!.sumsToOne).toBe(false);
		expect(checks.rows[0]!.sum).toBeCloseTo(0.82, 12);
		expect(checks.rows[1]!.sumsToOne).toBe(true);
		expect(checks.rows[3]!.negative).toEqual([1]);
		expect(checks.names).toEqual([
			undefined,
			undefined,
			{ kind: 'empty' },
			{ kind: 'duplicate', first: 1 }
		]);
	});

	it('accepts the presets and knows how much the campaign can move', () => {
		const inputs = preset('retail-recency');
		const checks = checkInputs(inputs);
		expect(checks.ok).toBe(true);
		// dormant → lost: (1 − 0.1) × 1/3 = 0.3
		expect(checks.campaignMax).toBeCloseTo(0.3, 12);
	});
});

describe('computeCampaign', () => {
	it('matches the model’s worked example (the two-state chain)', () => {
		const inputs: LifecycleInputs = {
			unit: 'year',
			currency: 'USD',
			cohortSize: 1000,
			months: 36,
			discount: 0.12,
			...twoStates(0.8),
			campaign: { target: 0, from: 1, to: 0, amount: 0.1, cost: 5, duration: 3 }
		};
		const result = computeCampaign(inputs);
		expect(result.totals.baselineValue).toBeCloseTo(222448.98, 2);
		expect(result.totals.whatIfGrossValue).toBeCloseTo(244929.85, 2);
		// no charge for the last year, whose effect would fall after the horizon (issue 14)
		expect(result.totals.campaignCost).toBeCloseTo(9017.86, 2);
		expect(result.roi.kind === 'finite' && result.roi.value).toBeCloseTo(1.4929, 4);
	});

	it('has no ROI for a free campaign and refuses to move more than the row holds', () => {
		const inputs = preset('retail-recency');
		inputs.campaign.cost = 0;
		expect(computeCampaign(inputs).roi.kind).toBe('undefined');
		inputs.campaign.amount = 0.5;
		const error = thrown(() => computeCampaign(inputs));
		expect(error).toBeInstanceOf(ModelInputError);
		expect(error).toMatchObject({ field: 'campaign.shifts[0].amount', rule: 'range' });
		expect((error as ModelInputError).max).toBeCloseTo(0.3, 12);
	});
});
