import { describe, expect, it } from 'vitest';
import { c, v } from '../expr';
import { closingSteps, finite, step } from './result';
import { expectStepsEvaluate } from '../testing';

describe('finite', () => {
	it('takes the value of the last step', () => {
		const result = finite([step('marginMultiple', c(2.5), 2.5), step('clv', c(250), 250)]);
		expect(result).toMatchObject({ kind: 'finite', value: 250 });
	});

	it('refuses an empty list of steps', () => {
		expect(() => finite([])).toThrow(/at least one step/);
	});
});

describe('closingSteps', () => {
	const pv = v('PV', 350, 'money');

	it('without an acquisition cost: one clv step showing the present value', () => {
		expect(closingSteps(pv, 350, undefined)).toEqual([step('clv', pv, 350)]);
	});

	it('with one (even 0): presentValue, then clv = PV − AC', () => {
		const steps = closingSteps(pv, 350, 50);
		expect(steps.map((s) => [s.id, s.value])).toEqual([
			['presentValue', 350],
			['clv', 300]
		]);
		expectStepsEvaluate(steps);
		expect(closingSteps(pv, 350, 0).map((s) => s.id)).toEqual(['presentValue', 'clv']);
	});
});
