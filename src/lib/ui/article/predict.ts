/**
 * The pure part of "predict, then reveal": reading a typed estimate and judging a guess against
 * the answer the article computed from the model.
 */
import { parseField, toHalfWidth } from '../fields/parse';

const anyNumber = { kind: 'number', min: -1e15, max: 1e15 } as const;

/**
 * Reads a typed estimate leniently (a guess, not an input to a model): full-width digits and
 * thousands separators are accepted; anything else that is not a number gives `undefined`.
 *
 * @example
 * readNumber('6,500') //=> 6500
 * readNumber('６５００') //=> 6500
 * readNumber('abc') //=> undefined
 */
export function readNumber(text: string): number | undefined {
	const cleaned = toHalfWidth(text.trim()).replace(/[\s,，_]/g, '');
	const parsed = parseField(cleaned, anyNumber);
	if (parsed.ok) return parsed.value;
	if (parsed.suggestion !== undefined) return readNumber(parsed.suggestion);
	return undefined;
}

export type Verdict =
	| { readonly kind: 'pending' }
	| { readonly kind: 'right' }
	/** A wrong option; `chose` and `actual` when the options carry values, to say how far off. */
	| { readonly kind: 'wrong'; readonly chose?: number; readonly actual?: number }
	/** A number within the tolerance; `by` is the relative error, `high` its direction. */
	| { readonly kind: 'close'; readonly by: number; readonly high: boolean }
	| { readonly kind: 'off'; readonly by: number; readonly high: boolean };

export interface GuessInput {
	/** Choices; a `value` lets a wrong choice be compared with `actual`. */
	readonly options?: readonly { readonly id: string; readonly value?: number }[];
	readonly answer: string | number;
	/** Options mode: the exact number the right option stands for, if any. */
	readonly actual?: number;
	/** The chosen option id ('' for none). */
	readonly choice: string;
	/** The typed number, if any. */
	readonly guess: number | undefined;
	/** Relative error still counted as close. */
	readonly tolerance: number;
}

/**
 * Judges a guess: options are right or wrong (a wrong one that has a value is reported with it and
 * the exact answer, so the reader sees how far off it was); numbers are close when the relative
 * error |guess − answer| / |answer| is within the tolerance, otherwise off by that share, and
 * either way too high or too low.
 *
 * @example
 * judgeGuess({ answer: 100, choice: '', guess: 130, tolerance: 0.2 }) //=> { kind: 'off', by: 0.3, high: true }
 */
export function judgeGuess(input: GuessInput): Verdict {
	const { options, answer, actual, choice, guess, tolerance } = input;
	if (options) {
		if (choice === '') return { kind: 'pending' };
		if (choice === answer) return { kind: 'right' };
		const chose = options.find((o) => o.id === choice)?.value;
		return chose === undefined || actual === undefined
			? { kind: 'wrong' }
			: { kind: 'wrong', chose, actual };
	}
	if (guess === undefined || typeof answer !== 'number') return { kind: 'pending' };
	const scale = Math.abs(answer) > 0 ? Math.abs(answer) : 1;
	const by = Math.abs(guess - answer) / scale;
	const high = guess > answer;
	return by <= tolerance ? { kind: 'close', by, high } : { kind: 'off', by, high };
}

/**
 * The id of the option whose value is nearest to `value`: lets an article turn a number the model
 * computed into the right answer of a multiple-choice prediction.
 *
 * @example
 * nearestOption(0.263, [{ id: 'a', value: 0.1 }, { id: 'b', value: 0.25 }]) //=> 'b'
 */
export function nearestOption(
	value: number,
	options: readonly { readonly id: string; readonly value: number }[]
): string {
	let best = options[0];
	if (!best) throw new RangeError('nearestOption needs at least one option');
	for (const option of options) {
		if (Math.abs(option.value - value) < Math.abs(best.value - value)) best = option;
	}
	return best.id;
}
