import { describe, expect, it } from 'vitest';
import { deepFreeze, expectClose, expectStepsEvaluate, thrownField } from '../testing';
import { customerBaseValue } from './base-value';
import { discountedResidualLifetime } from './lifetime';
import { REGULAR_CALIBRATION } from './test-fixtures';

const params = { alpha: 0.704077, beta: 1.182043 };
const settings = {
	margin: 10,
	acquisitionCost: 99,
	annualDiscountRate: 0.1,
	unit: 'year' as const
};
const derl = (renewals: number) => {
	const result = discountedResidualLifetime(params, 0.1, renewals);
	if (result.kind !== 'finite') throw new Error();
	return result.value;
};

describe('customerBaseValue', () => {
	it('one cohort: its 241 active customers × m × DERL after 7 renewals', () => {
		const result = customerBaseValue(params, [REGULAR_CALIBRATION], settings);
		if (result.kind !== 'finite') throw new Error();
		expectClose(result.value, 241 * 10 * derl(7));
		expect(result.active).toBe(241);
		expectStepsEvaluate(result.steps);
	});

	it('a triangle: every cohort at its own age, older cohorts worth more per head', () => {
		const counts = deepFreeze([[1000, 630, 470, 380], [900, 560, 420], [800, 500], [700]]);
		const result = customerBaseValue(params, counts, settings);
		if (result.kind !== 'finite') throw new Error();
		const expected = 10 * (380 * derl(3) + 420 * derl(2) + 500 * derl(1) + 700 * derl(0));
		expectClose(result.value, expected);
		expect(result.cohorts.map((c) => c.age)).toEqual([3, 2, 1, 0]);
		const perHead = result.cohorts.map((c) => c.value / c.active);
		perHead.slice(1).forEach((x, k) => expect(x).toBeLessThan(perHead[k]!));
		expectStepsEvaluate(result.steps);
	});

	it('cohorts with nobody left add nothing; no discount and α ≤ 1 is divergent', () => {
		const result = customerBaseValue(
			params,
			[
				[100, 0],
				[50, 20]
			],
			settings
		);
		if (result.kind !== 'finite') throw new Error();
		expectClose(result.value, 20 * 10 * derl(1));
		expectStepsEvaluate(result.steps);
		expect(
			customerBaseValue(params, [[100, 50]], { ...settings, annualDiscountRate: 0 }).kind
		).toBe('divergent');
	});

	it('refuses bad input', () => {
		expect(thrownField(() => customerBaseValue(params, [[100, 120]], settings))).toBe('counts');
		expect(
			thrownField(() => customerBaseValue(params, [[100, 50]], { ...settings, margin: Infinity }))
		).toBe('margin');
	});
});
