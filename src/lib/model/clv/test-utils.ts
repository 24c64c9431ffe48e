/**
 * Assertions shared by the CLV specs (test code only; not exported from the model's index).
 */
import { expect } from 'vitest';
import { ModelInputError } from '../errors';
import { evaluate, type Step } from '../expr';
import type { ClvResult } from './result';

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

/** The formula shown is the formula used: every step's tree evaluates to its value. */
export function expectStepsEvaluate(steps: readonly Step[], relative = 1e-9): void {
	for (const step of steps) {
		expect(Number.isFinite(step.value), `${step.id} is finite`).toBe(true);
		expectClose(evaluate(step.formula), step.value, relative);
	}
}

/** Freezes an object and everything inside it, so a mutation throws in strict mode. */
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

/** The value of a result that must be finite (fails the test otherwise). */
export function finiteValue(result: ClvResult): number {
	if (result.kind !== 'finite') throw new Error(`expected a finite result, got ${result.reason}`);
	return result.value;
}
