import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doubleIn } from '../arbitraries';
import { expectClose, expectStepsEvaluate, thrownField } from '../testing';
import { fitSbg } from './fit';
import {
	discountedExpectedLifetime,
	discountedResidualLifetime,
	residualLifetimes,
	type LifetimeResult
} from './lifetime';
import {
	HIGH_END_CALIBRATION,
	REGULAR_CALIBRATION,
	sumOver,
	survivalByBeta
} from './test-fixtures';

const finite = (result: LifetimeResult): number => {
	if (result.kind !== 'finite') throw new Error('expected a finite lifetime');
	return result.value;
};

function mle(row: readonly number[]) {
	const fit = fitSbg([row]);
	if (fit.kind !== 'fitted') throw new Error('not fitted');
	return { alpha: fit.alpha.value, beta: fit.beta.value };
}

/** Σ_{t≥0} S(t)/(1 + d)^t by beta functions, summed until the terms vanish. */
const delBySum = (alpha: number, beta: number, d: number) =>
	sumOver(0, 4000, (t) => survivalByBeta(alpha, beta, t) / (1 + d) ** t);

/** Σ_{t≥n} S(t)/S(n − 1)/(1 + d)^{t−n}. */
const derlBySum = (alpha: number, beta: number, d: number, n: number) =>
	sumOver(
		n,
		n + 4000,
		(t) => survivalByBeta(alpha, beta, t) / survivalByBeta(alpha, beta, n - 1) / (1 + d) ** (t - n)
	);

describe('DEL and DERL', () => {
	it('Fader & Hardie (2010) at d = 0.10: DEL 3.6949 / 5.9223, DERL after 7 renewals 6.8423 / 7.5296', () => {
		const regular = mle(REGULAR_CALIBRATION);
		const highEnd = mle(HIGH_END_CALIBRATION);
		// published to 4 decimals, from the fitted parameters
		expect(Math.abs(finite(discountedExpectedLifetime(regular, 0.1)) - 3.6949)).toBeLessThan(5e-5);
		expect(Math.abs(finite(discountedExpectedLifetime(highEnd, 0.1)) - 5.9223)).toBeLessThan(5e-5);
		expect(Math.abs(finite(discountedResidualLifetime(regular, 0.1, 7)) - 6.8423)).toBeLessThan(
			5e-5
		);
		expect(Math.abs(finite(discountedResidualLifetime(highEnd, 0.1, 7)) - 7.5296)).toBeLessThan(
			5e-5
		);
	});

	it('the ₂F₁ closed forms equal the defining sums (beta functions) to 1e-9', () => {
		for (const [alpha, beta] of [
			[0.7041, 1.182],
			[0.6681, 3.8061],
			[3, 2],
			[0.2, 0.3]
		] as const) {
			expectClose(
				finite(discountedExpectedLifetime({ alpha, beta }, 0.1)),
				delBySum(alpha, beta, 0.1)
			);
			for (const renewals of [0, 1, 7, 20])
				expectClose(
					finite(discountedResidualLifetime({ alpha, beta }, 0.1, renewals)),
					derlBySum(alpha, beta, 0.1, renewals + 1)
				);
		}
	});

	it('DEL = 1 + DERL(0 renewals)/(1 + d): sign-up payment plus the rest', () => {
		const params = { alpha: 1.3, beta: 2.2 };
		const d = 0.05;
		expectClose(
			finite(discountedExpectedLifetime(params, d)),
			1 + finite(discountedResidualLifetime(params, d, 0)) / (1 + d)
		);
	});

	it('d = 0: plain expected lifetimes when α > 1, divergent when α ≤ 1', () => {
		const params = { alpha: 3, beta: 2 };
		expectClose(finite(discountedExpectedLifetime(params, 0)), (3 + 2 - 1) / (3 - 1));
		expectClose(finite(discountedResidualLifetime(params, 0, 4)), (2 + 4) / (3 - 1));
		// against a long sum: S(t) ≈ 24·t^−4 here, so 20 000 terms leave about 1e-12
		expectClose(
			finite(discountedExpectedLifetime({ alpha: 4, beta: 1 }, 0)),
			sumOver(0, 20_000, (t) => survivalByBeta(4, 1, t)),
			1e-9
		);
		const heavy = discountedExpectedLifetime({ alpha: 0.7041, beta: 1.182 }, 0);
		expect(heavy).toMatchObject({ kind: 'divergent', reason: 'undiscounted-heavy-tail' });
		expect(discountedResidualLifetime({ alpha: 1, beta: 1 }, 0, 3).kind).toBe('divergent');
		expect(residualLifetimes({ alpha: 1, beta: 1 }, 0, 3)).toBeNull();
	});

	it('residualLifetimes (backward recursion) agrees with each DERL', () => {
		const params = { alpha: 0.6681, beta: 3.8061 };
		const all = residualLifetimes(params, 0.0079, 60)!;
		for (const renewals of [0, 1, 12, 59, 60])
			expectClose(
				all[renewals]!,
				finite(discountedResidualLifetime(params, 0.0079, renewals)),
				1e-10
			);
		expectClose(residualLifetimes({ alpha: 3, beta: 2 }, 0, 2)![2]!, 4 / 2);
	});

	it('show their arithmetic (first terms + the rest)', () => {
		const params = { alpha: 0.7041, beta: 1.182 };
		expectStepsEvaluate(discountedExpectedLifetime(params, 0.1).steps);
		expectStepsEvaluate(discountedResidualLifetime(params, 0.1, 7).steps);
		expectStepsEvaluate(discountedExpectedLifetime({ alpha: 3, beta: 2 }, 0).steps);
		expectStepsEvaluate(discountedResidualLifetime({ alpha: 3, beta: 2 }, 0, 3).steps);
	});

	it('property: DERL rises with renewals (the loyal stay) and falls with the discount rate', () => {
		fc.assert(
			fc.property(doubleIn(0.1, 20), doubleIn(0.1, 20), doubleIn(0.01, 1), (alpha, beta, d) => {
				const all = residualLifetimes({ alpha, beta }, d, 10)!;
				all.slice(1).forEach((x, k) => expect(x).toBeGreaterThanOrEqual(all[k]! * (1 - 1e-12)));
				expect(all.every(Number.isFinite)).toBe(true);
				const cheaper = residualLifetimes({ alpha, beta }, d * 1.5, 0)![0]!;
				expect(cheaper).toBeLessThan(all[0]!);
			}),
			{ numRuns: 60 }
		);
	});

	it('refuses a discount rate that is negative, too large, or too small to sum', () => {
		const params = { alpha: 1, beta: 1 };
		expect(thrownField(() => discountedExpectedLifetime(params, -0.1))).toBe('discountRate');
		expect(thrownField(() => discountedExpectedLifetime(params, 1e-7))).toBe('discountRate');
		expect(thrownField(() => discountedResidualLifetime(params, 0.1, 1.5))).toBe('renewals');
		expect(thrownField(() => residualLifetimes(params, 11, 3))).toBe('discountRate');
	});
});
