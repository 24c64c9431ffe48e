import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../errors';
import type { LifecycleChain, LifecycleState } from './chain';
import { ChainInputError, prepareChain, prepareCohort, validateChain } from './validate';
import { deepFreeze } from '../testing';
import { recencyChain } from './test-fixtures';

const state = (id: string, name = id): LifecycleState => ({ id, name, revenue: 10, cost: 2 });

const threeStates = (transitions: number[][]): LifecycleChain => ({
	states: [state('active', 'Active'), state('silent', 'Silent'), state('lost', 'Lost')],
	transitions,
	discountRate: 0.1
});

/** Runs `fn`, expecting a ChainInputError, and returns it. */
function chainError(fn: () => unknown): ChainInputError {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(ChainInputError);
		expect(error).toBeInstanceOf(ModelInputError);
		return error as ChainInputError;
	}
	throw new Error('expected a ChainInputError');
}

describe('validateChain: transition rows', () => {
	it('names the row whose probabilities do not sum to 1', () => {
		const error = chainError(() =>
			validateChain(
				threeStates([
					[0.5, 0.5, 0],
					[0.2, 0.5, 0.25],
					[0, 0, 1]
				])
			)
		);
		expect(error.field).toBe('transitions');
		expect(error.rule).toBe('rowSum');
		expect(error.row).toBe(1);
		expect(error.column).toBeUndefined();
		expect(error.stateId).toBe('silent');
		expect(error.stateName).toBe('Silent');
		expect(error.rowSum).toBeCloseTo(0.95, 12);
		expect(error.message).toMatch(/row 1 \("Silent"\) sums to 0\.95/);
	});

	it('accepts rows within the documented tolerance (1e-6) and rescales them to sum to 1', () => {
		const chain = threeStates([
			[0.3333333, 0.3333333, 0.3333334],
			[0, 0.5000004, 0.5],
			[0, 0, 1]
		]);
		expect(() => validateChain(chain)).not.toThrow();
		const sums = prepareChain(chain).transitions.map((row) => row.reduce((a, b) => a + b, 0));
		sums.forEach((sum) => expect(sum).toBeCloseTo(1, 15));
	});

	it('rejects a row just outside the tolerance', () => {
		const error = chainError(() =>
			validateChain(
				threeStates([
					[0.5, 0.5, 0.000002],
					[0, 1, 0],
					[0, 0, 1]
				])
			)
		);
		expect([error.rule, error.row]).toEqual(['rowSum', 0]);
	});

	it('names the row and column of a negative probability', () => {
		const error = chainError(() =>
			validateChain(
				threeStates([
					[1, 0, 0],
					[0.6, 0.6, -0.2],
					[0, 0, 1]
				])
			)
		);
		expect(error.field).toBe('transitions');
		expect(error.rule).toBe('range');
		expect([error.row, error.column]).toEqual([1, 2]);
		expect([error.stateId, error.columnStateId, error.columnStateName]).toEqual([
			'silent',
			'lost',
			'Lost'
		]);
		expect([error.min, error.max]).toEqual([0, 1]);
		expect(error.message).toMatch(/row 1 \("Silent"\), column 2 \("Lost"\).*negative/);
	});

	it('rejects probabilities above 1 and non-numbers, naming the cell', () => {
		const above = chainError(() =>
			validateChain(
				threeStates([
					[1.2, -0.2, 0],
					[0, 1, 0],
					[0, 0, 1]
				])
			)
		);
		expect([above.rule, above.row, above.column]).toEqual(['range', 0, 0]);
		const nan = chainError(() =>
			validateChain(
				threeStates([
					[1, 0, 0],
					[0, 1, 0],
					[0, Number.NaN, 1]
				])
			)
		);
		expect([nan.rule, nan.row, nan.column]).toEqual(['finite', 2, 1]);
	});

	it('rejects a matrix of the wrong shape', () => {
		expect(() => validateChain(threeStates([[1, 0, 0]]))).toThrow(/one row per state \(3\)/);
		const error = chainError(() =>
			validateChain(
				threeStates([
					[1, 0, 0],
					[1, 0],
					[0, 0, 1]
				])
			)
		);
		expect([error.field, error.row]).toEqual(['transitions', 1]);
	});
});

describe('validateChain: states and discount', () => {
	const ok = [
		[1, 0, 0],
		[0, 1, 0],
		[0, 0, 1]
	];
	/** The error a three-state chain with these states (and transitions `ok`) raises. */
	const statesError = (...states: LifecycleState[]) =>
		chainError(() => validateChain({ ...threeStates(ok), states }));

	it('rejects an empty list of states and more than 30 states', () => {
		expect(() => validateChain({ states: [], transitions: [], discountRate: 0.1 })).toThrow(
			expect.objectContaining({ field: 'states', rule: 'nonEmpty' })
		);
		const many = Array.from({ length: 31 }, (_, i) => state(`s${i}`));
		const identity = many.map((_, i) => many.map((__, j) => (i === j ? 1 : 0)));
		expect(() => validateChain({ states: many, transitions: identity, discountRate: 0 })).toThrow(
			expect.objectContaining({ field: 'states', rule: 'max', max: 30 })
		);
	});

	it('rejects empty names and ids, naming the row', () => {
		const blankName = statesError(state('a', 'A'), state('b', '   '), state('c', 'C'));
		expect([blankName.field, blankName.rule, blankName.row]).toEqual([
			'states.name',
			'nonEmpty',
			1
		]);
		const blankId = statesError(state('a', 'A'), state('b', 'B'), state('', 'C'));
		expect([blankId.field, blankId.rule, blankId.row]).toEqual(['states.id', 'nonEmpty', 2]);
	});

	it('rejects duplicate names (trimmed, case-insensitive) and duplicate ids', () => {
		const names = statesError(state('a', 'Active'), state('b', 'Dormant'), state('c', ' active '));
		expect([names.field, names.rule, names.row, names.stateId]).toEqual([
			'states.name',
			'unique',
			2,
			'c'
		]);
		expect(names.message).toMatch(/already used by row 0/);
		const chinese = statesError(state('a', '活跃'), state('b', '沉默'), state('c', '沉默'));
		expect([chinese.rule, chinese.row]).toEqual(['unique', 2]);
		const ids = statesError(state('a', 'A'), state('a', 'B'), state('c', 'C'));
		expect([ids.field, ids.rule, ids.row]).toEqual(['states.id', 'unique', 1]);
	});

	it('rejects non-finite revenue or cost, naming the row', () => {
		const error = statesError(
			state('a'),
			{ ...state('b'), cost: Number.POSITIVE_INFINITY },
			state('c')
		);
		expect([error.field, error.rule, error.row]).toEqual(['states.cost', 'finite', 1]);
	});

	it('rejects revenue or cost beyond ±maxMoney (1e15), naming the row', () => {
		const error = statesError(state('a'), state('b'), { ...state('c'), revenue: 2e15 });
		expect([error.field, error.rule, error.row, error.max]).toEqual([
			'states.revenue',
			'range',
			2,
			1e15
		]);
		expect(error.message).toBe(
			'states.revenue: row 2 ("c"): revenue must be at least -1000000000000000 and at most 1000000000000000, got 2000000000000000'
		);
	});

	it('accepts d = 0 and d = 1e-9', () => {
		expect(() => validateChain({ ...threeStates(ok), discountRate: 0 })).not.toThrow();
		expect(() => validateChain({ ...threeStates(ok), discountRate: 1e-9 })).not.toThrow();
	});

	it.each([-0.01, Number.NaN, 11, 1e-12, 7e-323])('rejects discount rate %f', (discountRate) => {
		expect(() => validateChain({ ...threeStates(ok), discountRate })).toThrow(
			expect.objectContaining({ field: 'discountRate' })
		);
	});
});

describe('prepareChain', () => {
	it('computes R = revenue − cost and copies everything', () => {
		const chain = deepFreeze(recencyChain());
		const prepared = prepareChain(chain);
		expect(prepared.reward).toEqual([36, -4, -4, -4, 0]);
		expect(prepared.transitions).not.toBe(chain.transitions);
		expect(prepared.transitions[0]).not.toBe(chain.transitions[0]);
		expect(prepared.churned).toEqual([false, false, false, false, true]);
	});
});

describe('prepareCohort', () => {
	const chain = prepareChain(recencyChain());

	it('turns a state id into a one-hot start and keeps shares', () => {
		expect(
			prepareCohort(chain, { cohortSize: 10, periods: 3, initial: 'recency-2' }).initialShares
		).toEqual([0, 1, 0, 0, 0]);
		expect(
			prepareCohort(chain, { cohortSize: 10, periods: 3, initial: [0.5, 0.5, 0, 0, 0] })
				.initialShares
		).toEqual([0.5, 0.5, 0, 0, 0]);
	});

	it.each([
		[{ cohortSize: 0, periods: 3, initial: 'lost' }, 'cohortSize'],
		[{ cohortSize: 2.5, periods: 3, initial: 'lost' }, 'cohortSize'],
		[{ cohortSize: 10, periods: 0, initial: 'lost' }, 'periods'],
		[{ cohortSize: 10, periods: 1201, initial: 'lost' }, 'periods'],
		[{ cohortSize: 10, periods: 3, initial: 'nobody' }, 'initial'],
		[{ cohortSize: 10, periods: 3, initial: [0.5, 0.4, 0, 0, 0] }, 'initial'],
		[{ cohortSize: 10, periods: 3, initial: [1, 0] }, 'initial'],
		[{ cohortSize: 10, periods: 3, initial: [1.5, -0.5, 0, 0, 0] }, 'initial[0]']
	])('rejects %j (field %s)', (cohort, field) => {
		expect(() => prepareCohort(chain, cohort)).toThrow(expect.objectContaining({ field }));
	});
});
