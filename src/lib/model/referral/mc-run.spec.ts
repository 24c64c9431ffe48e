import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { discountFactors } from './discount';
import { projectReferral } from './expected';
import { testBehaviour, testParams } from './fixtures';
import { createScratch, simulateRun, type RunOutput } from './mc-run';
import { resolveReferralParams, type ReferralParams } from './params';
import { spendByAge } from './spend';

function runOnce(params: ReferralParams, seed = 1): RunOutput {
	const p = resolveReferralParams(params);
	const tables = {
		firstSpend: spendByAge(p.first, p.horizon),
		referredSpend: spendByAge(p.referred, p.horizon),
		discount: discountFactors(p.discountRate, p.horizon)
	};
	const row = () => new Float64Array(p.horizon);
	const out = { cumulativeProfit: row(), activeCustomers: row(), everAcquired: row() };
	simulateRun(p, tables, createScratch(p.horizon), createRandom(seed), out);
	return out;
}

describe('simulateRun', () => {
	it('equals the expected-value model when nothing is random (retention 1, no referrals)', () => {
		const params = testParams({
			initialCustomers: 4,
			first: testBehaviour({ retention: 1, referralRate: 0 })
		});
		const run = runOnce(params);
		const { series } = projectReferral(params);
		run.cumulativeProfit.forEach((x, t) => expect(x).toBeCloseTo(series.cumulativeProfit[t]!, 9));
		expect(Array.from(run.activeCustomers)).toEqual(Array.from(series.activeCustomers));
	});

	it('loses every customer after one period with retention 0', () => {
		const run = runOnce(testParams({ first: testBehaviour({ retention: 0, referralRate: 0 }) }));
		expect(Array.from(run.activeCustomers.slice(0, 3))).toEqual([1, 0, 0]);
		expect(run.cumulativeProfit[5]).toBeCloseTo(0.6 * 100 - 150, 12);
	});

	it('counts whole customers and never passes the market cap', () => {
		const params = testParams({
			horizon: 60,
			marketCap: 20,
			first: testBehaviour({ referralRate: 2 })
		});
		for (let seed = 1; seed <= 20; seed++) {
			const run = runOnce(params, seed);
			expect(run.everAcquired.every((x) => Number.isInteger(x) && x <= 20)).toBe(true);
		}
	});

	it('is the same for the same seed', () => {
		expect(runOnce(testParams(), 9)).toEqual(runOnce(testParams(), 9));
	});
});
