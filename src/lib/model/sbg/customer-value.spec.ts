import { describe, expect, it } from 'vitest';
import { expectClose, expectStepsEvaluate, thrownField } from '../testing';
import {
	newCustomerValue,
	periodDiscountRate,
	renewedCustomerValue,
	type CustomerValue
} from './customer-value';
import { discountedExpectedLifetime, discountedResidualLifetime } from './lifetime';

const regular = { alpha: 0.704077, beta: 1.182043 };
const yearly = { margin: 100, acquisitionCost: 50, annualDiscountRate: 0.1, unit: 'year' as const };

const value = (result: CustomerValue) => {
	if (result.kind !== 'finite') throw new Error('expected a finite value');
	return result;
};

describe('customer values', () => {
	it('CLV = m·DEL − AC with the annual rate as is for yearly periods', () => {
		const result = value(newCustomerValue(regular, yearly));
		const del = discountedExpectedLifetime(regular, 0.1);
		if (del.kind !== 'finite') throw new Error();
		expectClose(result.value, 100 * del.value - 50);
		expect(result.periodDiscountRate).toBe(0.1);
		expect(result.steps.map((s) => s.id)).toEqual(['periodDiscountRate', 'sbg.del', 'sbg.clv']);
		expectStepsEvaluate(result.steps);
	});

	it('monthly periods: the annual rate is compounded down, (1.1)^(1/12) − 1, shown as a step', () => {
		const result = value(newCustomerValue(regular, { ...yearly, unit: 'month' }));
		expectClose(result.periodDiscountRate, Math.pow(1.1, 1 / 12) - 1);
		expectClose(periodDiscountRate(0.1, 'quarter').value, Math.pow(1.1, 1 / 4) - 1);
		expectStepsEvaluate(result.steps);
	});

	it('residual value = m·DERL, no acquisition cost', () => {
		const result = value(renewedCustomerValue(regular, yearly, 7));
		const derl = discountedResidualLifetime(regular, 0.1, 7);
		if (derl.kind !== 'finite') throw new Error();
		expectClose(result.value, 100 * derl.value);
		expect(result.steps.at(-1)!.id).toBe('sbg.residualValue');
		expectStepsEvaluate(result.steps);
	});

	it('no discounting with α ≤ 1 has no finite value, and says why', () => {
		const result = newCustomerValue(regular, { ...yearly, annualDiscountRate: 0 });
		expect(result).toMatchObject({ kind: 'divergent', reason: 'undiscounted-heavy-tail' });
		expect(renewedCustomerValue(regular, { ...yearly, annualDiscountRate: 0 }, 2).kind).toBe(
			'divergent'
		);
		const finiteCase = value(
			newCustomerValue({ alpha: 3, beta: 2 }, { ...yearly, annualDiscountRate: 0 })
		);
		expectClose(finiteCase.value, 100 * 2 - 50);
	});

	it('names the input to fix', () => {
		expect(thrownField(() => newCustomerValue(regular, { ...yearly, margin: -1 }))).toBe('margin');
		expect(thrownField(() => newCustomerValue(regular, { ...yearly, acquisitionCost: NaN }))).toBe(
			'acquisitionCost'
		);
		expect(
			thrownField(() => newCustomerValue(regular, { ...yearly, annualDiscountRate: 11 }))
		).toBe('annualDiscountRate');
		expect(thrownField(() => periodDiscountRate(0.00005, 'month'))).toBe('annualDiscountRate');
		expect(thrownField(() => renewedCustomerValue(regular, yearly, -1))).toBe('renewals');
		expect(thrownField(() => newCustomerValue({ alpha: -1, beta: 1 }, yearly))).toBe('alpha');
	});
});
