import { describe, expect, it } from 'vitest';
import { ModelInputError } from '$lib/model/errors';
import { computeReferral } from './compute';
import { presetInputs } from './presets';
import { changeUnit } from './fields';
import { summarizeReferral } from './summary';

const metricOf = (summary: ReturnType<typeof summarizeReferral>) => (id: string) =>
	summary.metrics.find((m) => m.id === id)!;

describe('summarizeReferral', () => {
	const inputs = presetInputs('software-vendor', 'en');
	const summary = summarizeReferral(inputs, 'en');
	const metric = metricOf(summary);

	it('reports the headline and values the calculator shows', () => {
		const { totals } = computeReferral(inputs).projection;
		expect(totals.valueMultiplier.kind).toBe('finite');
		if (totals.valueMultiplier.kind === 'finite')
			expect(metric('multiplier').value).toBe(totals.valueMultiplier.value);
		expect(metric('total').value).toBe(totals.totalValue);
		expect(metric('own').value! + metric('referral').value!).toBeCloseTo(
			totals.totalValue + totals.acquisitionCost,
			6
		);
		expect(metric('customers').value).toBe(totals.customersAcquired);
		expect(metric('total').format).toEqual({ kind: 'money', currency: 'USD' });
	});

	it('charts cumulative profit from minus the acquisition cost to the total value', () => {
		const [profit, customers] = summary.series;
		expect(profit!.labels).toEqual([0, 1, 2, 3, 4, 5]);
		expect(profit!.data[0]).toBe(-inputs.customers * inputs.acquisition);
		expect(profit!.data.at(-1)).toBeCloseTo(metric('total').value!, 6);
		expect(customers!.data[0]).toBe(inputs.customers);
		expect(customers!.data.at(-1)).toBeCloseTo(metric('customers').value!, 9);
		for (let i = 1; i < customers!.data.length; i++)
			expect(customers!.data[i]).toBeGreaterThanOrEqual(customers!.data[i - 1]!);
	});

	it('puts a monthly scenario on a yearly footing, so it lines up with a yearly one', () => {
		const monthly = presetInputs('subscription-app', 'zh');
		expect(monthly.unit).toBe('month');
		const s = summarizeReferral(monthly, 'zh');
		const m = metricOf(s);
		expect(m('rate').value).toBeCloseTo(monthly.fRate * 12, 9);
		expect(m('retention').value).toBeCloseTo(Math.pow(monthly.fRetention, 12), 9);
		expect(m('lag').value).toBeCloseTo(monthly.lag / 12, 9);
		expect(s.series[0]!.labels).toHaveLength(monthly.years + 1);
		expect(s.series.every((series) => series.data.every(Number.isFinite))).toBe(true);
		expect(s.metrics[0]!.label).toBe('价值倍数');
		expect(s.series[0]!.xTitle).toBe('年');
	});

	it('gives the same per-year levers after the reader switches the time unit', () => {
		const quarterly = changeUnit(inputs, 'quarter');
		const before = metric;
		const after = metricOf(summarizeReferral(quarterly, 'en'));
		for (const id of ['rate', 'lag', 'horizon', 'conversion', 'reward'])
			expect(after(id).value).toBeCloseTo(before(id).value!, 2);
		expect(after('retention').value).toBeCloseTo(before('retention').value!, 3);
	});

	it('reports K even when it is 1 or more, none for an endless lifetime, and refuses a runaway', () => {
		const viral = { ...inputs, same: 'yes' as const, fRate: 3, fConversion: 0.5, fRetention: 0.9 };
		const capped = summarizeReferral({ ...viral, capped: 'yes', cap: 10_000 }, 'en');
		expect(metricOf(capped)('k').value).toBeCloseTo((3 * 0.5) / (1 - 0.9), 9);
		expect(capped.series[1]!.data.at(-1)).toBeLessThanOrEqual(10_000);
		const endless = summarizeReferral(
			{ ...viral, fRetention: 1, capped: 'yes', cap: 10_000 },
			'en'
		);
		expect(metricOf(endless)('k').value).toBeNull();
		expect(() =>
			summarizeReferral({ ...viral, capped: 'no', years: 50, fRate: 100 }, 'en')
		).toThrow(ModelInputError);
	});
});
