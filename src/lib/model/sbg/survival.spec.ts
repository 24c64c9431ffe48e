import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doubleIn } from '../arbitraries';
import { deepFreeze, expectClose, expectStepsEvaluate, thrownField } from '../testing';
import {
	churnProbability,
	retentionCurve,
	retentionRate,
	survival,
	survivalCurve
} from './survival';
import { churnByBeta, survivalByBeta } from './test-fixtures';

const regular = { alpha: 0.7041, beta: 1.182 };
const shape = doubleIn(0.05, 50);

describe('sBG curves', () => {
	it('match the beta-function forms of Fader & Hardie (2007, eqs. 4–6) to 1e-9', () => {
		for (const t of [1, 2, 5, 7, 12, 60]) {
			expectClose(survival(regular, t).value, survivalByBeta(0.7041, 1.182, t));
			expectClose(churnProbability(regular, t).value, churnByBeta(0.7041, 1.182, t));
			expectClose(retentionRate(regular, t).value, (1.182 + t - 1) / (0.7041 + 1.182 + t - 1));
		}
	});

	it('α = β = 1 gives S(t) = 1/(t + 1), P(T = t) = 1/(t(t + 1)), r_t = t/(t + 1)', () => {
		const uniform = { alpha: 1, beta: 1 };
		expect(survivalCurve(uniform, 4)).toEqual(
			[1, 1 / 2, 1 / 3, 1 / 4, 1 / 5].map((x) => expect.closeTo(x, 14))
		);
		expectClose(churnProbability(uniform, 3).value, 1 / 12);
		expect(retentionCurve(uniform, 3)).toEqual(
			[1 / 2, 2 / 3, 3 / 4].map((x) => expect.closeTo(x, 14))
		);
		expect(survival(uniform, 0).value).toBe(1);
	});

	it('show their arithmetic: every step evaluates to its value', () => {
		expectStepsEvaluate(survival(regular, 7).steps);
		expectStepsEvaluate(churnProbability(regular, 1).steps);
		expectStepsEvaluate(churnProbability(regular, 9).steps);
		expectStepsEvaluate(retentionRate(regular, 1).steps);
		expect(survival(regular, 7).steps.map((s) => s.id)).toEqual(['sbg.retention', 'sbg.survival']);
	});

	it('property: losses up to τ plus survivors at τ account for everyone; retention rises', () => {
		fc.assert(
			fc.property(shape, shape, fc.integer({ min: 1, max: 80 }), (alpha, beta, tau) => {
				const params = deepFreeze({ alpha, beta });
				let lost = 0;
				for (let t = 1; t <= tau; t++) lost += churnProbability(params, t).value;
				expectClose(lost + survival(params, tau).value, 1, 1e-12);
				const rates = retentionCurve(params, tau + 1);
				rates.slice(1).forEach((r, k) => expect(r).toBeGreaterThan(rates[k]!));
			})
		);
	});

	it('refuses invalid parameters and periods, naming them', () => {
		expect(thrownField(() => survival({ alpha: 0, beta: 1 }, 1))).toBe('alpha');
		expect(thrownField(() => survival({ alpha: 1, beta: Number.NaN }, 1))).toBe('beta');
		expect(thrownField(() => survival(regular, -1))).toBe('t');
		expect(thrownField(() => churnProbability(regular, 0))).toBe('t');
		expect(thrownField(() => retentionRate(regular, 1.5))).toBe('t');
		expect(thrownField(() => survivalCurve(regular, 5000))).toBe('horizon');
	});
});
