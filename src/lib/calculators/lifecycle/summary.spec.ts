import { describe, expect, it } from 'vitest';
import { computeCampaign, computeLifecycle } from './compute';
import { presetInputs } from './presets';
import type { LifecycleInputs } from './scenario';
import { summarizeLifecycle } from './summary';
import { twoStates as twoStateChain } from './test-fixtures';

const named = (id: string) => presetInputs(id, 'en', (s) => `${s}: 1; 2, 3 % done`);

/** Two states, active (margin 100 per step) and lost, keeping `retention` per step. */
const twoStates = (unit: LifecycleInputs['unit'], retention: number): LifecycleInputs => ({
	...named('retail-recency'),
	unit,
	months: 36,
	discount: 0.1,
	...twoStateChain(retention),
	campaign: { target: 0, from: 1, to: 0, amount: 0.01, cost: 1, duration: 3 }
});

describe('summarizeLifecycle', () => {
	const inputs = presetInputs('retail-recency', 'en', (s) => s);
	const summary = summarizeLifecycle(inputs, 'en');
	const metric = (id: string, s = summary) => s.metrics.find((m) => m.id === id)!;

	it('reports the headline and the value per customer the calculator shows', () => {
		const view = computeLifecycle(inputs);
		expect(metric('value').value).toBe(view.cohortValue);
		expect(metric('per-customer').value).toBe(view.perCustomer);
		expect(metric('value').format).toEqual({ kind: 'money', currency: inputs.currency });
		expect(metric('customers').value).toBe(inputs.cohortSize);
		expect(metric('horizon').value).toBe(5);
	});

	it('puts cumulative profit on a yearly axis ending at the cohort value', () => {
		const [cumulative, notLost] = summary.series;
		expect(cumulative!.labels).toEqual([0, 1, 2, 3, 4, 5]);
		expect(cumulative!.data[0]).toBe(0);
		expect(cumulative!.data.at(-1)).toBeCloseTo(computeLifecycle(inputs).cohortValue, 6);
		expect(notLost!.data[0]).toBe(1);
		expect(notLost!.data[1]).toBe(metric('not-lost-year').value);
		expect(notLost!.data.at(-1)).toBeCloseTo(metric('not-lost-end').value!, 12);
	});

	it('states a monthly and a yearly chain per year, so they line up', () => {
		const monthly = summarizeLifecycle(twoStates('month', 0.9), 'en');
		const yearly = summarizeLifecycle(twoStates('year', 0.9 ** 12), 'en');
		expect(metric('not-lost-year', monthly).value).toBeCloseTo(0.9 ** 12, 12);
		expect(metric('not-lost-year', yearly).value).toBeCloseTo(0.9 ** 12, 12);
		expect(metric('horizon', monthly).value).toBe(3);
		expect(metric('horizon', yearly).value).toBe(3);
		expect(monthly.series[0]!.labels).toEqual(yearly.series[0]!.labels);
		// Expected steps before churn: 1 / (1 − 0.9) = 10 months.
		expect(metric('churn-years', monthly).value).toBeCloseTo(10 / 12, 12);
	});

	it('ends a horizon that is not a whole number of years at the horizon', () => {
		const s = summarizeLifecycle({ ...twoStates('month', 0.9), months: 18 }, 'en');
		const view = computeLifecycle({ ...twoStates('month', 0.9), months: 18 });
		expect(s.series[0]!.labels).toEqual([0, 1, 2]);
		expect(s.series[0]!.data[2]).toBeCloseTo(view.cohortValue, 6);
		expect(metric('not-lost-end', s).value).toBeCloseTo(0.9 ** 18, 12);
		expect(metric('horizon', s).value).toBe(1.5);
	});

	it('reports the campaign’s net gain, and no ROI for a free campaign', () => {
		expect(metric('campaign-net').value).toBe(computeCampaign(inputs).totals.netGain);
		const free = { ...inputs, campaign: { ...inputs.campaign, cost: 0 } };
		expect(metric('campaign-roi', summarizeLifecycle(free, 'en')).value).toBeNull();
	});

	it('speaks the page’s language', () => {
		expect(summarizeLifecycle(inputs, 'zh').metrics[0]!.label).toBe('这批客户的现值');
	});
});
