import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doubleIn } from '../arbitraries';
import { expectClose, expectStepsEvaluate } from '../testing';
import { riskSets } from './cohorts';
import { logLikelihood, logLikelihoodDerivatives } from './likelihood';
import {
	cohortLogLikelihoodByBeta,
	REGULAR_CALIBRATION,
	HIGH_END_CALIBRATION
} from './test-fixtures';

describe('sBG log-likelihood', () => {
	it('Fader & Hardie (2007): −1680.27 and −1611.16 at the published estimates', () => {
		const regular = logLikelihood({ alpha: 0.7041, beta: 1.182 }, riskSets([REGULAR_CALIBRATION]));
		expect(regular.value).toBeCloseTo(-1680.27, 1);
		const highEnd = logLikelihood(
			{ alpha: 0.6681, beta: 3.8061 },
			riskSets([HIGH_END_CALIBRATION])
		);
		expect(highEnd.value).toBeCloseTo(-1611.16, 1);
		expectStepsEvaluate(regular.steps);
		expect(regular.terms.map((term) => term.lost)).toEqual([369, 163, 86, 56, 37, 27, 21]);
	});

	it('pooled over cohorts of different ages equals the sum of each cohort’s eq. 7', () => {
		const table = [REGULAR_CALIBRATION, [800, 520, 400, 330], [500, 330], [450]];
		const expected = table.reduce((sum, row) => sum + cohortLogLikelihoodByBeta(0.9, 2.3, row), 0);
		expectClose(logLikelihood({ alpha: 0.9, beta: 2.3 }, riskSets(table)).value, expected);
		expectClose(logLikelihoodDerivatives(0.9, 2.3, riskSets(table)).value, expected);
	});

	it('holding periods back drops each cohort’s last observations', () => {
		expect(riskSets([[100, 60, 45, 40], [80, 50, 42], [70]], 1)).toEqual({
			atRisk: [180, 60],
			survived: [110, 45]
		});
		expect(riskSets([[100, 60]], 1)).toEqual({ atRisk: [], survived: [] });
	});

	it('property: the analytic gradient and Hessian match central differences', () => {
		const sets = riskSets([REGULAR_CALIBRATION, [500, 400, 350], [300, 210]]);
		fc.assert(
			fc.property(doubleIn(0.1, 20), doubleIn(0.1, 20), (alpha, beta) => {
				const at = logLikelihoodDerivatives(alpha, beta, sets);
				const h = 1e-5;
				const f = (a: number, b: number) => logLikelihoodDerivatives(a, b, sets);
				const ga =
					(f(alpha + h * alpha, beta).value - f(alpha - h * alpha, beta).value) / (2 * h * alpha);
				const gb =
					(f(alpha, beta + h * beta).value - f(alpha, beta - h * beta).value) / (2 * h * beta);
				expectClose(at.gradient[0], ga, 1e-5);
				expectClose(at.gradient[1], gb, 1e-5);
				const haa =
					(f(alpha + h * alpha, beta).gradient[0] - f(alpha - h * alpha, beta).gradient[0]) /
					(2 * h * alpha);
				const hab =
					(f(alpha, beta + h * beta).gradient[0] - f(alpha, beta - h * beta).gradient[0]) /
					(2 * h * beta);
				const hbb =
					(f(alpha, beta + h * beta).gradient[1] - f(alpha, beta - h * beta).gradient[1]) /
					(2 * h * beta);
				expectClose(at.hessian[0][0], haa, 1e-5);
				expectClose(at.hessian[0][1], hab, 1e-5);
				expectClose(at.hessian[1][1], hbb, 1e-5);
			}),
			{ numRuns: 50 }
		);
	});
});
