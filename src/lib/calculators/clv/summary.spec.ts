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

	it('expresses a monthly scenario per year, so it lines up with a yearly one', () => {
		const monthly = { ...inputs, unit: 'month' as const, spend: 10 };
		const s = summarizeClv(monthly, 'zh');
		expect(s.metrics.find((m) => m.id === 'spend')!.value).toBe(120);
		expect(s.series[0]!.labels).toHaveLength(monthly.years + 1);
		expect(s.series[0]!.data.every(Number.isFinite)).toBe(true);
		expect(s.metrics[0]!.label).toBe('客户终身价值');
	});
});
