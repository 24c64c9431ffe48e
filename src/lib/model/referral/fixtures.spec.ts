import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../testing';
import { testParams } from './fixtures';
import { resolveReferralParams } from './params';

describe('test fixtures', () => {
	it('are valid inputs of the model', () => {
		expect(() => resolveReferralParams(testParams())).not.toThrow();
	});

	it('deepFreeze freezes nested objects', () => {
		const params = deepFreeze(testParams());
		expect(Object.isFrozen(params.first)).toBe(true);
	});
});
