import { describe, expect, it } from 'vitest';
import { deepFreeze, expectClose, thrownField } from '../testing';
import { fitSbg } from './fit';
import { projectCohorts } from './projection';
import { survivalCurve } from './survival';
import { REGULAR } from './test-fixtures';

const params = { alpha: 0.9, beta: 2 };

describe('projectCohorts', () => {
	it('fitted counts n₀·S(t), forecasts from the last calibration count, observed shares and rates', () => {
		const counts = deepFreeze([
			[1000, 600, 450, 380, 330],
			[800, 500, 390],
			[600, 360]
		]);
		const result = projectCohorts(params, counts, { horizon: 6, holdout: 1 });
		const s = survivalCurve(params, 12);
		const [oldest, middle, young] = result.cohorts;
		expect(oldest!.fittedActive).toHaveLength(7);
		expectClose(oldest!.fittedActive[5]!, 1000 * s[5]!);
		expect(oldest!.calibrationAge).toBe(3);
		expectClose(oldest!.forecastActive[0]!, 380);
		expectClose(oldest!.forecastActive[1]!, (380 * s[4]!) / s[3]!);
		expect(oldest!.forecastActive).toHaveLength(4); // ages 3 … 6
		expect(middle!.observedSurvival).toEqual([1, 500 / 800, 390 / 800]);
		expect(middle!.observedRetention).toEqual([500 / 800, 390 / 500]);
		expect(young!.calibrationAge).toBe(0);
		expect(result.survival).toHaveLength(7);
		expect(result.retention).toHaveLength(6);
		result.retention.slice(1).forEach((r, k) => expect(r).toBeGreaterThan(result.retention[k]!));
	});

	it('the base forecast adds the cohorts after the calibration end; the holdout is observed', () => {
		const counts = [[1000, 600, 450, 380], [800, 500, 390], [600]];
		const result = projectCohorts(params, counts, { horizon: 3, holdout: 1 });
		const s = survivalCurve(params, 10);
		// calibration ends at ages 2, 1 (the 600 cohort started during the holdout)
		expectClose(result.base.forecast[0]!, 450 + 500);
		expectClose(result.base.forecast[1]!, (450 * s[3]!) / s[2]! + (500 * s[2]!) / s[1]!);
		expect(result.base.observed).toEqual([950, 380 + 390]);
	});

	it('Fader & Hardie (2007): fitted on years 1–7, the projection tracks the holdout years 8–12', () => {
		const fit = fitSbg([REGULAR], { holdout: 5 });
		if (fit.kind !== 'fitted') throw new Error();
		const result = projectCohorts({ alpha: fit.alpha.value, beta: fit.beta.value }, [REGULAR], {
			horizon: 12,
			holdout: 5
		});
		result.base.observed.forEach((actual, k) =>
			expect(Math.abs(result.base.forecast[k]! - actual) / actual).toBeLessThan(0.04)
		);
	});

	it('refuses a bad horizon or holdout', () => {
		expect(thrownField(() => projectCohorts(params, [[10, 5]], { horizon: 0 }))).toBe('horizon');
		expect(thrownField(() => projectCohorts(params, [[10, 5]], { horizon: 3, holdout: 0.5 }))).toBe(
			'holdout'
		);
	});
});
