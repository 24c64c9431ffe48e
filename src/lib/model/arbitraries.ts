/**
 * Generators of test inputs shared by the model's property tests (fast-check; test code only, not
 * exported from the model's index). The assertions are in `./testing`.
 */
import fc from 'fast-check';

/** Any double from `min` to `max` (never NaN; the finite bounds keep out ±∞). */
export const doubleIn = (min: number, max: number) => fc.double({ min, max, noNaN: true });
