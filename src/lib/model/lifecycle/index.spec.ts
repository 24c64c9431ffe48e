import { describe, expect, it } from 'vitest';
import * as lifecycle from './index';

describe('lifecycle public API', () => {
	it('exports the model functions', () => {
		for (const name of [
			'validateChain',
			'prepareChain',
			'infiniteHorizonValue',
			'finiteHorizonValue',
			'projectCohort',
			'expectedTimeToChurn',
			'churnedStateIds',
			'createCohortSimulation',
			'runCohortSimulation',
			'simulateCohort',
			'evaluateCampaign',
			'chainFromPreset',
			'lifecyclePreset',
			'classifyStates',
			'matrixPower',
			'solveLinear',
			'invertMatrix'
		]) {
			expect(typeof (lifecycle as Record<string, unknown>)[name], name).toBe('function');
		}
		expect(lifecycle.lifecyclePresets).toHaveLength(5);
		expect(lifecycle.ROW_SUM_TOLERANCE).toBe(1e-6);
	});

	it('runs end to end from a preset', () => {
		const chain = lifecycle.chainFromPreset(lifecycle.lifecyclePreset('pfeifer-carraway'));
		const value = lifecycle.infiniteHorizonValue(chain);
		expect(value.kind === 'finite' && value.values[0]).toBeCloseTo(52.3196, 4);
	});
});
