import { describe, expect, it } from 'vitest';
import { ModelInputError } from '$lib/model/errors';
import { fieldProblem, type FieldMap } from './field-problem';

const fields: FieldMap = {
	retentionUplift: { input: 'uplift', kind: 'percent', upliftOf: 'retention' },
	referralRateUplift: { input: 'more', kind: 'number', floorOf: 'referrals' },
	horizonYears: { input: 'years', kind: 'count' }
};

describe('fieldProblem', () => {
	it('maps a share uplift out of 0–100% to its input and base', () => {
		const error = new ModelInputError('retentionUplift', 'range', '…', { min: -0.8, max: 0.2 });
		expect(fieldProblem(error, fields)).toEqual({
			input: 'uplift',
			kind: 'uplift',
			format: 'percent',
			base: 'retention',
			min: -0.8,
			max: 0.2
		});
	});

	it('maps a change that would make a rate negative to a floor problem', () => {
		const error = new ModelInputError('referralRateUplift', 'range', '…', { min: -0.05, max: 10 });
		expect(fieldProblem(error, fields)).toMatchObject({ kind: 'floor', base: 'referrals' });
	});

	it('keeps the rule for plain inputs and has no input for unknown fields', () => {
		const integer = new ModelInputError('horizonYears', 'integer', '…', { min: 1, max: 100 });
		expect(fieldProblem(integer, fields)).toMatchObject({ input: 'years', kind: 'integer' });
		const unknown = new ModelInputError('periodMonths', 'range', '…', { min: 1, max: 12 });
		expect(fieldProblem(unknown, fields)).toMatchObject({ input: '', kind: 'other' });
	});

	it('returns undefined for anything that is not a model input error (a bug to rethrow)', () => {
		expect(fieldProblem(new TypeError('x'), fields)).toBeUndefined();
	});
});
