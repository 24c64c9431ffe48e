import { describe, expect, it } from 'vitest';
import { thrownField } from '../testing';
import { ageWarnings, MIN_TRUSTED_PERIODS } from './warnings';
import { REGULAR } from './test-fixtures';

describe('ageWarnings', () => {
	it('a table with fewer than 4 renewal decisions is too young; young cohorts are named', () => {
		expect(
			ageWarnings([
				[100, 70, 60],
				[90, 60]
			])
		).toEqual({
			tooYoung: true,
			calibrationPeriods: 2,
			minPeriods: MIN_TRUSTED_PERIODS,
			youngCohorts: [0, 1]
		});
		const triangle = ageWarnings([REGULAR, REGULAR.slice(0, 5), REGULAR.slice(0, 2)]);
		expect(triangle.tooYoung).toBe(false);
		expect(triangle.youngCohorts).toEqual([2]);
	});

	it('holding periods back shortens the calibration the rule judges', () => {
		expect(ageWarnings([REGULAR.slice(0, 6)], { holdout: 2 }).tooYoung).toBe(true);
		expect(ageWarnings([REGULAR.slice(0, 6)], { minPeriods: 3, holdout: 2 }).tooYoung).toBe(false);
	});

	it('refuses a bad threshold', () => {
		expect(thrownField(() => ageWarnings([REGULAR], { minPeriods: 0 }))).toBe('minPeriods');
	});
});
