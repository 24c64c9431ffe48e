import { describe, expect, it } from 'vitest';
import { deepFreeze, expectClose, expectStepsEvaluate, thrownField } from '../testing';
import { createRandom } from '../random';
import { FIT_BOUNDS, fitSbg, HOMOGENEOUS_SHAPE, type SbgFit, type SbgFitted } from './fit';
import { simulateCohorts } from './simulate';
import { HIGH_END, HIGH_END_CALIBRATION, REGULAR, REGULAR_CALIBRATION } from './test-fixtures';

function fitted(fit: SbgFit): SbgFitted {
	if (fit.kind !== 'fitted') throw new Error(`not fitted: ${fit.reason}`);
	return fit;
}

/** |estimate − truth| in standard errors. */
function zScore(fit: SbgFitted, truth: { alpha: number; beta: number }) {
	return {
		alpha: Math.abs(fit.alpha.value - truth.alpha) / fit.alpha.standardError!,
		beta: Math.abs(fit.beta.value - truth.beta) / fit.beta.standardError!
	};
}

describe('fitSbg', () => {
	it('reproduces Fader & Hardie (2007): regular α 0.7041, β 1.1820, LL −1680.27', () => {
		const fit = fitted(fitSbg([REGULAR_CALIBRATION]));
		expectClose(fit.alpha.value, 0.7041, 1e-3);
		expectClose(fit.beta.value, 1.182, 1e-3);
		expect(fit.logLikelihood).toBeCloseTo(-1680.27, 2);
		expect(fit.converged).toBe(true);
		expect(fit.atBound).toEqual({ alpha: 0, beta: 0 });
		expect(fit.periods).toBe(7);
		expectStepsEvaluate(fit.steps);
	});

	it('reproduces Fader & Hardie (2007): high end α 0.6681, β 3.8061, LL −1611.16', () => {
		const fit = fitted(fitSbg([HIGH_END_CALIBRATION]));
		expectClose(fit.alpha.value, 0.6681, 1e-3);
		expectClose(fit.beta.value, 3.8061, 1e-3);
		expect(fit.logLikelihood).toBeCloseTo(-1611.16, 2);
	});

	it('holding back years 8–12 of the full series gives the same fit as years 0–7 alone', () => {
		const held = fitted(fitSbg([REGULAR], { holdout: 5 }));
		const calibration = fitted(fitSbg([REGULAR_CALIBRATION]));
		expectClose(held.alpha.value, calibration.alpha.value, 1e-9);
		expect(held.holdout).toBe(5);
		expect(fitted(fitSbg([HIGH_END], { holdout: 5 })).periods).toBe(7);
	});

	it('gradient is zero at the estimate and the standard errors are the inverse information', () => {
		const fit = fitted(fitSbg([REGULAR_CALIBRATION, [700, 450, 330]]));
		const [[vaa, vab], [, vbb]] = fit.covariance!;
		expect(vaa).toBeGreaterThan(0);
		expect(vaa * vbb - vab * vab).toBeGreaterThan(0);
		expectClose(fit.alpha.standardError!, Math.sqrt(vaa), 1e-12);
		const [lo, hi] = fit.alpha.interval!;
		expect(lo).toBeLessThan(fit.alpha.value);
		expect(hi).toBeGreaterThan(fit.alpha.value);
		expectClose(Math.log(hi) - Math.log(fit.alpha.value), Math.log(fit.alpha.value) - Math.log(lo));
	});

	it('recovers known α, β from simulated triangles within 3 standard errors (fixed seeds)', () => {
		const cases = [
			{ alpha: 0.7, beta: 1.2, seed: 1 },
			{ alpha: 0.67, beta: 3.8, seed: 2 },
			{ alpha: 2, beta: 6, seed: 3 },
			{ alpha: 0.3, beta: 0.9, seed: 4 },
			{ alpha: 5, beta: 20, seed: 5 }
		];
		for (const { seed, ...truth } of cases) {
			const counts = simulateCohorts(
				truth,
				{ cohorts: 24, size: 1000, ages: 24 },
				createRandom(seed)
			);
			const fit = fitted(fitSbg(counts));
			const z = zScore(fit, truth);
			expect(z.alpha, `α for ${JSON.stringify(truth)}`).toBeLessThan(3);
			expect(z.beta, `β for ${JSON.stringify(truth)}`).toBeLessThan(3);
		}
	});

	it('its 95% intervals cover the truth about 95% of the time (60 simulated tables)', () => {
		const truth = { alpha: 1.1, beta: 2.5 };
		const random = createRandom(2024);
		let covered = 0;
		const runs = 60;
		for (let run = 0; run < runs; run++) {
			const counts = simulateCohorts(truth, { cohorts: 12, size: 300, ages: 12 }, random);
			const [lo, hi] = fitted(fitSbg(counts)).alpha.interval!;
			if (lo <= truth.alpha && truth.alpha <= hi) covered++;
		}
		// Binomial(60, 0.95): mean 57, sd 1.7; 52 is 3 sd below.
		expect(covered).toBeGreaterThanOrEqual(52);
	});

	it('customers who all churn alike: α, β run up the ridge, α/(α + β) = churn, no SE', () => {
		const row = Array.from({ length: 13 }, (_, t) => 1000 * 0.8 ** t);
		const fit = fitted(fitSbg([row]));
		expect(fit.homogeneous).toBe(true);
		expect(fit.alpha.value + fit.beta.value).toBeGreaterThan(HOMOGENEOUS_SHAPE);
		expect(fit.alpha.value).toBeLessThanOrEqual(FIT_BOUNDS.max);
		expect(fit.alpha.standardError).toBeNull();
		expect(fit.beta.interval).toBeNull();
		expect(fit.covariance).toBeNull();
		expectClose(fit.alpha.value / (fit.alpha.value + fit.beta.value), 0.2, 1e-5);
		expect(fitted(fitSbg([REGULAR_CALIBRATION])).homogeneous).toBe(false);
	});

	it('says why a table cannot be fitted', () => {
		expect(fitSbg([[100], [90]])).toMatchObject({ kind: 'unfit', reason: 'no-periods' });
		expect(fitSbg([[100, 100, 100]])).toMatchObject({ kind: 'unfit', reason: 'no-losses' });
		expect(
			fitSbg([
				[100, 0, 0],
				[50, 0]
			])
		).toMatchObject({ kind: 'unfit', reason: 'no-renewals' });
		expect(fitSbg([[100, 80, 70]], { holdout: 2 })).toMatchObject({ reason: 'no-periods' });
	});

	it('does not mutate its input and refuses invalid tables', () => {
		const counts = deepFreeze([REGULAR_CALIBRATION.slice(), [500, 300]]);
		expect(() => fitSbg(counts)).not.toThrow();
		expect(thrownField(() => fitSbg([[100, 120]]))).toBe('counts');
		expect(thrownField(() => fitSbg([[100, -1]]))).toBe('counts');
		expect(thrownField(() => fitSbg([]))).toBe('counts');
		expect(thrownField(() => fitSbg([[2e12, 1e12]]))).toBe('counts');
		expect(thrownField(() => fitSbg([[100, 50]], { holdout: -1 }))).toBe('holdout');
	});
});
