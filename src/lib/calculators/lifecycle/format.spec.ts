import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/model/expr';
import { projectCohort } from '$lib/model/lifecycle';
import { buildChain, cohortOf } from './compute';
import { abbreviate, MAX_TERMS, stateRoles } from './format';
import { presetInputs } from './presets';

describe('abbreviate', () => {
	it('shortens a 60-term sum to five terms that add up to the same value', () => {
		const inputs = presetInputs('retail-recency', 'en', (s) => s);
		const projection = projectCohort(buildChain(inputs), cohortOf(inputs));
		const step = projection.steps.find((s) => s.id === 'lifecycle.cohortValue')!;
		const short = abbreviate(step.formula);
		expect(short.op === 'add' && short.args.length).toBe(5);
		if (short.op === 'add') {
			const middle = short.args[3]!;
			expect(middle.op === 'var' && middle.name).toBe('Σ_3..58');
		}
		expect(evaluate(short)).toBeCloseTo(step.value, 6);
	});

	it('leaves short sums alone', () => {
		const inputs = { ...presetInputs('retail-recency', 'en', (s) => s), months: MAX_TERMS };
		const projection = projectCohort(buildChain(inputs), cohortOf(inputs));
		const step = projection.steps.find((s) => s.id === 'lifecycle.cohortValue')!;
		expect(abbreviate(step.formula)).toEqual(step.formula);
	});
});

describe('stateRoles', () => {
	it('greys out lost states and colours the others in order', () => {
		expect(stateRoles([false, false, true, false])).toEqual([
			'state1',
			'state2',
			'neutral',
			'state3'
		]);
	});
});
