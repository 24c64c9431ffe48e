import { describe, expect, it } from 'vitest';
import { expectClose, expectStepsEvaluate, thrownField } from '../testing';
import { churnDistribution } from './churn-distribution';

describe('churnDistribution', () => {
	it('mean α/(α + β), spread and polarization of the regular customers’ churn', () => {
		const result = churnDistribution({ alpha: 0.7041, beta: 1.182 });
		expectClose(result.mean, 0.7041 / 1.8861);
		expectClose(result.standardDeviation, Math.sqrt((0.7041 * 1.182) / (1.8861 ** 2 * 2.8861)));
		expectClose(result.polarization, 1 / 2.8861);
		expect(result.meanStandardError).toBeNull();
		expectStepsEvaluate(result.steps);
	});

	it('the density integrates to 1 and has the beta mean and variance (midpoint rule)', () => {
		const result = churnDistribution({ alpha: 2.5, beta: 4 }, { points: 4000 });
		const width = 1 / 4000;
		const mass = result.density.reduce((sum, p) => sum + p.density * width, 0);
		const mean = result.density.reduce((sum, p) => sum + p.churn * p.density * width, 0);
		const second = result.density.reduce((sum, p) => sum + p.churn ** 2 * p.density * width, 0);
		expectClose(mass, 1, 1e-6);
		expectClose(mean, result.mean, 1e-6);
		expectClose(Math.sqrt(second - mean * mean), result.standardDeviation, 1e-5);
		expect(
			churnDistribution({ alpha: 1, beta: 1 }, { points: 5 }).density.map((p) => p.density)
		).toEqual([1, 1, 1, 1, 1].map((x) => expect.closeTo(x, 12)));
	});

	it('stays finite for a core that almost never leaves (α < 1) and for alike customers (α, β large)', () => {
		const steep = churnDistribution({ alpha: 0.05, beta: 0.05 });
		expect(steep.density.every((p) => Number.isFinite(p.density))).toBe(true);
		const alike = churnDistribution({ alpha: 2e5, beta: 8e5 });
		expect(alike.density.every((p) => Number.isFinite(p.density))).toBe(true);
		expect(alike.polarization).toBeLessThan(1e-5);
	});

	it('delta-method standard error of the mean from the covariance of (α, β)', () => {
		const covariance = [
			[0.0043, 0.0089],
			[0.0089, 0.0232]
		];
		const result = churnDistribution({ alpha: 0.7041, beta: 1.182 }, { covariance });
		const g = [1.182 / 1.8861 ** 2, -0.7041 / 1.8861 ** 2];
		const variance = g[0]! ** 2 * 0.0043 + 2 * g[0]! * g[1]! * 0.0089 + g[1]! ** 2 * 0.0232;
		expectClose(result.meanStandardError!, Math.sqrt(variance));
	});

	it('refuses bad parameters and point counts', () => {
		expect(thrownField(() => churnDistribution({ alpha: 0, beta: 1 }))).toBe('alpha');
		expect(thrownField(() => churnDistribution({ alpha: 1, beta: 1 }, { points: 1 }))).toBe(
			'points'
		);
	});
});
