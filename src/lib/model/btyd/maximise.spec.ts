import { describe, expect, it } from 'vitest';
import { covarianceFromLogHessian, invertPositiveDefinite, numericalHessian } from './hessian';
import { maximise, runToEnd } from './maximise';
import { fitMaximumLikelihood } from './mle';

describe('maximise (BFGS)', () => {
	it('finds the top of a quadratic and of the Rosenbrock valley', () => {
		const quadratic = runToEnd(maximise(([x, y]) => -((x! - 1) ** 2) - 10 * (y! + 2) ** 2, [0, 0]));
		expect(quadratic.point[0]).toBeCloseTo(1, 6);
		expect(quadratic.point[1]).toBeCloseTo(-2, 6);
		expect(quadratic.converged).toBe(true);
		const rosenbrock = runToEnd(
			maximise(([x, y]) => -((1 - x!) ** 2) - 100 * (y! - x! ** 2) ** 2, [-1.2, 1])
		);
		expect(rosenbrock.point[0]).toBeCloseTo(1, 4);
		expect(rosenbrock.point[1]).toBeCloseTo(1, 4);
	});

	it('steps back from where the function has no value, and refuses such a start', () => {
		const f = ([x]: readonly number[]) => (x! > 0 ? Math.log(x!) - x! : NaN);
		expect(runToEnd(maximise(f, [5])).point[0]).toBeCloseTo(1, 6);
		expect(() => runToEnd(maximise(f, [-1]))).toThrow(/start/);
	});

	it('yields its progress once per iteration', () => {
		const steps = [...maximise(([x]) => -((x! - 3) ** 2), [0])];
		expect(steps.length).toBeGreaterThan(0);
		expect(steps.map((s) => s.iteration)).toEqual(steps.map((_, i) => i + 1));
	});
});

describe('Hessian and standard errors', () => {
	it('differentiates a quadratic exactly and inverts it', () => {
		const H = numericalHessian(([x, y]) => -(x! ** 2) - 3 * x! * y! - 5 * y! ** 2, [0.3, -0.2]);
		expect(H[0]![0]).toBeCloseTo(-2, 6);
		expect(H[0]![1]).toBeCloseTo(-3, 6);
		expect(H[1]![1]).toBeCloseTo(-10, 6);
		const inverse = invertPositiveDefinite([
			[4, 2],
			[2, 3]
		])!;
		expect(inverse[0]![0]).toBeCloseTo(0.375, 14);
		expect(inverse[0]![1]).toBeCloseTo(-0.25, 14);
		expect(inverse[1]![1]).toBeCloseTo(0.5, 14);
		expect(
			invertPositiveDefinite([
				[1, 2],
				[2, 1]
			])
		).toBeNull();
		expect(covarianceFromLogHessian([[-400]], [2])![0]![0]).toBeCloseTo(0.01, 14);
	});

	it('gives the textbook MLE and SE of an exponential rate', () => {
		// waiting times 1, 2, 3: λ̂ = 3/6, SE = λ̂/√n
		const fit = runToEnd(
			fitMaximumLikelihood({
				names: ['lambda'],
				start: [1],
				logLikelihood: ([l]) => 3 * Math.log(l!) - 6 * l!
			})
		);
		expect(fit.params.lambda).toBeCloseTo(0.5, 7);
		expect(fit.standardErrors!.lambda).toBeCloseTo(0.5 / Math.sqrt(3), 6);
		expect(fit.converged).toBe(true);
	});
});
