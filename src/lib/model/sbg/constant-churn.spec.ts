import { describe, expect, it } from 'vitest';
import { expectClose, expectStepsEvaluate, thrownField } from '../testing';
import { createRandom } from '../random';
import { riskSets } from './cohorts';
import { compareConstantChurn } from './constant-churn';
import { fitSbg } from './fit';
import { REGULAR, REGULAR_CALIBRATION } from './test-fixtures';

const settings = { margin: 1, acquisitionCost: 0, annualDiscountRate: 0.1, unit: 'year' as const };

function compare(counts: number[][]) {
	const fit = fitSbg(counts);
	if (fit.kind !== 'fitted') throw new Error('not fitted');
	return compareConstantChurn(
		{ alpha: fit.alpha.value, beta: fit.beta.value },
		fit.riskSets,
		counts,
		settings
	);
}

describe('compareConstantChurn', () => {
	it('the regular customers: churn 759/3358, the shortcut under-values the base', () => {
		const result = compare([REGULAR_CALIBRATION]);
		expectClose(result.churn, 759 / 3358);
		expectClose(result.lifetime, 3358 / 759);
		expectClose(result.discountedLifetime, 1.1 / (0.1 + 759 / 3358));
		expectClose(result.residualLifetime, ((1 - 759 / 3358) * 1.1) / (0.1 + 759 / 3358));
		expectClose(result.baseValue, 241 * result.residualLifetime);
		expect(result.gap!).toBeGreaterThan(0);
		expect(result.understatement!).toBeGreaterThan(0.3);
		expect(result.sbgLifetime).toBeNull(); // α < 1: infinite undiscounted mean
		const [at24, at36] = result.survival;
		expect(at24!.period).toBe(24);
		expect(at24!.sbg).toBeGreaterThan(at24!.constant * 10);
		expect(at36!.sbg).toBeLessThan(at24!.sbg);
		expectStepsEvaluate(result.steps);
	});

	it('the shortcut’s closed forms equal their sums', () => {
		const result = compare([REGULAR_CALIBRATION]);
		const c = result.churn;
		let del = 0;
		let derl = 0;
		for (let t = 0; t < 2000; t++) {
			del += (1 - c) ** t / 1.1 ** t;
			derl += (1 - c) ** (t + 1) / 1.1 ** t;
		}
		expectClose(result.discountedLifetime, del);
		expectClose(result.residualLifetime, derl);
	});

	it('customers who all churn alike: no gap (expected counts)', () => {
		const row = Array.from({ length: 13 }, (_, t) => 1000 * 0.75 ** t);
		const triangle = [row, row.slice(0, 8), row.slice(0, 4)];
		const result = compare(triangle);
		expectClose(result.churn, 0.25, 1e-12);
		expect(Math.abs(result.gap!)).toBeLessThan(1e-3 * result.baseValue);
		expect(result.survival[0]!.sbg).toBeCloseTo(result.survival[0]!.constant, 5);
	});

	it('customers who all churn alike: no gap beyond noise (simulated, fixed seed)', () => {
		const random = createRandom(11);
		const counts = Array.from({ length: 12 }, (_, c) => {
			let active = 2000;
			const row = [active];
			for (let t = 1; t <= 12 - c; t++) {
				let kept = 0;
				for (let i = 0; i < active; i++) if (random() >= 0.2) kept++;
				active = kept;
				row.push(active);
			}
			return row;
		});
		const result = compare(counts);
		expect(Math.abs(result.churn - 0.2)).toBeLessThan(0.01);
		expect(Math.abs(result.understatement!)).toBeLessThan(0.05);
	});

	it('refuses data in which nobody is lost', () => {
		expect(
			thrownField(() =>
				compareConstantChurn({ alpha: 1, beta: 1 }, riskSets([[10, 10]]), [[10, 10]], settings)
			)
		).toBe('counts');
		expect(
			thrownField(() =>
				compareConstantChurn({ alpha: 1, beta: 1 }, riskSets([REGULAR]), [REGULAR], settings, [-1])
			)
		).toBe('periods');
	});
});
