import { describe, expect, it } from 'vitest';
import { expectClose, thrownField } from '../testing';
import { analyzeRetention } from './analysis';
import { REGULAR } from './test-fixtures';

const settings = {
	margin: 100,
	acquisitionCost: 50,
	annualDiscountRate: 0.1,
	unit: 'year' as const
};

describe('analyzeRetention', () => {
	it('fits, projects and values the regular customers in one call, no NaN or Infinity anywhere', () => {
		const result = analyzeRetention({
			counts: [REGULAR],
			holdout: 5,
			horizon: 36,
			settings,
			renewals: 7
		});
		if (result.kind !== 'fitted') throw new Error();
		expectClose(result.fit.alpha.value, 0.7041, 1e-3);
		expect(result.renewedCustomer.kind === 'finite' && result.renewedCustomer.value).toBeCloseTo(
			684.23,
			1
		);
		expect(result.newCustomer.kind === 'finite' && result.newCustomer.value).toBeCloseTo(
			369.49 - 50,
			1
		);
		expect(result.projection.survival).toHaveLength(37);
		expect(result.constantChurn.survival.map((s) => s.period)).toEqual([24, 36]);
		expect(result.warnings.tooYoung).toBe(false);
		const numbers: number[] = [];
		JSON.stringify(result, (_, value) => {
			if (typeof value === 'number') numbers.push(value);
			return value;
		});
		expect(numbers.length).toBeGreaterThan(100);
		expect(numbers.every(Number.isFinite)).toBe(true);
	});

	it('explains a table it cannot fit, with the age warnings', () => {
		const result = analyzeRetention({ counts: [[100, 100, 100]], horizon: 12, settings });
		expect(result).toMatchObject({ kind: 'unfit', reason: 'no-losses' });
		expect(result.warnings.tooYoung).toBe(true);
	});

	it('refuses invalid input', () => {
		expect(
			thrownField(() =>
				analyzeRetention({ counts: [[100, 50]], horizon: 12, settings, renewals: -1 })
			)
		).toBe('renewals');
		expect(thrownField(() => analyzeRetention({ counts: [[100, 50]], horizon: 0, settings }))).toBe(
			'horizon'
		);
	});
});
