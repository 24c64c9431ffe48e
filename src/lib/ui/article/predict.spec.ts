import { describe, expect, it } from 'vitest';
import { judgeGuess, nearestOption, readNumber } from './predict';

describe('readNumber', () => {
	it.each([
		['1500', 1500],
		['6,500', 6500],
		['６５００', 6500],
		[' 12.5 ', 12.5],
		['-3', -3],
		['1 000', 1000]
	])('reads %j as %d', (text, value) => {
		expect(readNumber(text)).toBe(value);
	});

	it.each(['', 'abc', '1e309', '12abc'])('refuses %j', (text) => {
		expect(readNumber(text)).toBeUndefined();
	});
});

describe('judgeGuess', () => {
	const options = [{ id: 'a' }, { id: 'b' }];

	it('judges options', () => {
		expect(
			judgeGuess({ options, answer: 'a', choice: '', guess: undefined, tolerance: 0 })
		).toEqual({ kind: 'pending' });
		expect(
			judgeGuess({ options, answer: 'a', choice: 'a', guess: undefined, tolerance: 0 }).kind
		).toBe('right');
		expect(
			judgeGuess({ options, answer: 'a', choice: 'b', guess: undefined, tolerance: 0 }).kind
		).toBe('wrong');
	});

	it('says how far a wrong option is when the options carry values', () => {
		const valued = [
			{ id: 'a', value: 0.1 },
			{ id: 'b', value: 0.25 }
		];
		expect(
			judgeGuess({
				options: valued,
				answer: 'b',
				actual: 0.26,
				choice: 'a',
				guess: undefined,
				tolerance: 0
			})
		).toEqual({ kind: 'wrong', chose: 0.1, actual: 0.26 });
		expect(
			judgeGuess({ options: valued, answer: 'b', choice: 'a', guess: undefined, tolerance: 0 })
		).toEqual({ kind: 'wrong' });
	});

	it('judges numbers by relative error', () => {
		expect(judgeGuess({ answer: 100, choice: '', guess: 110, tolerance: 0.2 })).toEqual({
			kind: 'close',
			by: 0.1,
			high: true
		});
		const off = judgeGuess({ answer: 100, choice: '', guess: 150, tolerance: 0.2 });
		expect(off.kind).toBe('off');
		expect(off.kind === 'off' && off.by).toBeCloseTo(0.5);
		expect(off.kind === 'off' && off.high).toBe(true);
		const low = judgeGuess({ answer: 100, choice: '', guess: 40, tolerance: 0.2 });
		expect(low).toEqual({ kind: 'off', by: 0.6, high: false });
		expect(judgeGuess({ answer: 0, choice: '', guess: 0.1, tolerance: 0.2 }).kind).toBe('close');
		expect(judgeGuess({ answer: 100, choice: '', guess: undefined, tolerance: 0.2 }).kind).toBe(
			'pending'
		);
	});
});

describe('nearestOption', () => {
	it('picks the nearest value', () => {
		const options = [
			{ id: 'a', value: 0.1 },
			{ id: 'b', value: 0.25 },
			{ id: 'c', value: 0.5 }
		];
		expect(nearestOption(0.263, options)).toBe('b');
		expect(nearestOption(-1, options)).toBe('a');
		expect(nearestOption(9, options)).toBe('c');
		expect(() => nearestOption(1, [])).toThrow(RangeError);
	});
});
