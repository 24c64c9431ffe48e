import { describe, expect, it } from 'vitest';
import { computeClv } from './compute';
import { presetInputs } from './presets';
import { summarizeClv } from './summary';

describe('summarizeClv', () => {
	const inputs = presetInputs('textbook-example', 'en');
	const summary = summarizeClv(inputs, 'en');
	const metric = (id: string) => summary.metrics.find((m) => m.id === id)!;

	it('reports the headline the calculator shows', () => {
		const view = computeClv(inputs);
		expect(view.headline.kind).toBe('finite');
		if (view.headline.kind === 'finite') expect(metric('clv').value).toBe(view.headline.value);
		expect(metric('clv').format).toEqual({ kind: 'money', currency: inputs.currency });
	});

	it('puts the cumulative value on a yearly axis that starts at minus the acquisition cost', () => {
		const [series] = summary.series;
		expect(series!.labels).toHaveLength(inputs.years + 1);
		expect(series!.data[0]).toBe(-inputs.acquisition);
		const view = computeClv(inputs);
		expect(series!.data.at(-1)).toBeCloseTo(view.schedule.cumulativeNet.at(-1)!, 6);
	});

	it('keeps a monthly scenario in months: spend and churn as typed, payback in months', () => {
		const monthly = {
			...inputs,
			unit: 'month' as const,
			spend: 40,
			margin: 0.7,
			retention: 0.96,
			discount: 0.1,
			acquisition: 180,
			horizon: 'infinite' as const,
			timing: 'start-of-period' as const,
			customers: 12_000
		};
		const s = summarizeClv(monthly, 'zh');
		const m = (id: string) => s.metrics.find((x) => x.id === id);
		expect(m('spend-month')!.value).toBe(40);
		expect(m('churn-month')!.value).toBe(0.04);
		expect(m('payback-month')!.value).toBe(7);
		expect(m('spend')).toBeUndefined();
		// a yearly B has its own rows, never a month against a year
		const yearly = summarizeClv({ ...monthly, unit: 'year', spend: 480, retention: 0.6127 }, 'zh');
		expect(yearly.metrics.find((x) => x.id === 'churn-month')).toBeUndefined();
		// 28 × 1.1^(1/12) / (1.1^(1/12) − 0.96) per customer, by hand
		const i = Math.pow(1.1, 1 / 12) - 1;
		const value = (28 * (1 + i)) / (1 + i - 0.96);
		expect(m('equity')!.value).toBeCloseTo(12_000 * value, 4);
		expect(m('ltv-cac')!.value).toBeCloseTo(value / 180, 9);
		expect(s.series[0]!.labels).toHaveLength(monthly.years + 1);
		expect(s.series[0]!.data.every(Number.isFinite)).toBe(true);
		expect(s.metrics[0]!.label).toBe('客户终身价值');
	});

	it('says how much of an infinite headline comes after the chart', () => {
		const s = summarizeClv({ ...inputs, horizon: 'infinite' }, 'en');
		const m = (id: string) => s.metrics.find((x) => x.id === id)!;
		const clv = m('clv').value!;
		const lastYear = s.series[0]!.data.at(-1)!;
		expect(m('beyond').value).toBeCloseTo(clv - lastYear, 9);
		// the chart's share of the value before acquisition cost, and the rest, add up
		const before = clv + inputs.acquisition;
		expect(m('shown').value).toBeCloseTo((lastYear + inputs.acquisition) / before, 9);
		expect(
			summarizeClv({ ...inputs, horizon: 'finite' }, 'en').metrics.some((x) => x.id === 'beyond')
		).toBe(false);
	});
});
