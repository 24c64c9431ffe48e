import { describe, expect, it } from 'vitest';
import { evaluate } from '../expr';
import { bellmanFormula, discountFactorStep, retentionClosedFormStep, rewardStep } from './bellman';
import { prepareChain } from './validate';
import { expectStepsMatch, recencyChain, twoStateChain } from './test-fixtures';

describe('bellman steps', () => {
	it('discount factor β = 1/(1+d)', () => {
		const step = discountFactorStep(0.2);
		expect(step.id).toBe('lifecycle.discountFactor');
		expect(step.value).toBe(1 / 1.2);
		expectStepsMatch([step]);
	});

	it('reward R_s = rev_s − cost_s', () => {
		const step = rewardStep(prepareChain(recencyChain()), 0);
		expect(step.value).toBe(36);
		expectStepsMatch([step]);
	});

	it('Bellman equation for state 1 of Pfeifer & Carraway (2000) with V substituted', () => {
		const values = [
			52.31960943856794, 5.553783563873068, 1.2507729861676158, -1.8200162733930025, 0
		];
		const formula = bellmanFormula(prepareChain(recencyChain()), 0, values, (j) => `V_${j + 1}`);
		// V_1 = 36 + (1/1.2)(0.3 · V_1 + 0.7 · V_2)
		expect(evaluate(formula)).toBeCloseTo(52.3196, 4);
		expect(JSON.stringify(formula)).toContain('"P_1,2"');
		expect(JSON.stringify(formula)).not.toContain('"P_1,3"');
	});

	it('two-state closed form V = m(1+d)/(1+d−r) = 350 (the start-of-period retention formula)', () => {
		const chain = prepareChain(twoStateChain());
		const step = retentionClosedFormStep(chain, 0, [350, 0])!;
		expect(step.id).toBe('lifecycle.retentionClosedForm');
		expect(Math.abs(evaluate(step.formula) - 350) / 350).toBeLessThan(1e-9);
		expect(retentionClosedFormStep(chain, 1, [350, 0])).toBeUndefined(); // R = 0
		const recency = prepareChain(recencyChain());
		expect(retentionClosedFormStep(recency, 3, [52, 5.5, 1.25, -1.82, 0])).toBeUndefined();
	});
});
