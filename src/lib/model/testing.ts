/**
 * Assertions the model's specs share (test code only; not exported from the model's index).
 */
import { expect } from 'vitest';
import { ModelInputError } from './errors';
import { evaluate, type Step } from './expr';

/** Relative difference |actual − expected| / |expected|. */
export const relative = (actual: number, expected: number) =>
	Math.abs(actual - expected) / Math.abs(expected);

/**
 * |actual − expected| ≤ relative × max(1, |expected|): the closed-form tolerance of the model
 * README (1e-9 relative).
 */
export function expectClose(actual: number, expected: number, relative = 1e-9): void {
	const scale = Math.max(1, Math.abs(expected));
	expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).toBeLessThanOrEqual(
		relative * scale
	);
}

/**
 * The formula shown is the formula used: every step's value is finite and its tree evaluates to
 * it, within `relative` × max(1, |value|).
 */
export function expectStepsEvaluate(steps: readonly Step[], relative = 1e-9): void {
	for (const step of steps) {
		expect(Number.isFinite(step.value), `${step.id} is finite`).toBe(true);
		const scale = Math.max(1, Math.abs(step.value));
		expect(
			Math.abs(evaluate(step.formula) - step.value),
			`${step.id}: its formula evaluates to ${step.value}`
		).toBeLessThan(relative * scale);
	}
}

/** Freezes a value and everything inside it, so a test fails if a model writes to its input. */
export function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object') {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value;
}

/** Runs `fn` and returns the `field` of the ModelInputError it throws (fails if none). */
export function thrownField(fn: () => unknown): string {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(ModelInputError);
		return (error as ModelInputError).field;
	}
	throw new Error('expected a ModelInputError');
}

/**
 * `model` leaves its input alone: called on a frozen deep copy (so a write throws), it leaves the
 * copy equal to the input. Returns the model's result, for the test to go on with.
 */
export function expectInputUntouched<T, R>(model: (input: T) => R, input: T): R {
	const frozen = deepFreeze(structuredClone(input));
	const result = model(frozen);
	expect(frozen).toEqual(input);
	return result;
}

/**
 * Each `[field, value]` put into an otherwise valid input makes `model` throw a ModelInputError that
 * names that field.
 */
export function expectRejects<T extends object>(
	model: (input: T) => unknown,
	valid: NoInfer<T>,
	bad: readonly (readonly [field: keyof T & string, value: unknown])[]
): void {
	for (const [field, value] of bad) {
		expect(
			thrownField(() => model({ ...valid, [field]: value })),
			`${field} = ${value}`
		).toBe(field);
	}
}
