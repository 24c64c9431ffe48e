import { describe, expect, it } from 'vitest';
import { computePoints } from './compute';
import { presetInputs } from './presets';
import { changeUnit } from './fields';
import { summarizePoints } from './summary';

describe('points summary', () => {
	it('boils a scenario down to its headline, yearly figures and the gain by year', () => {
		const inputs = presetInputs('airline-alliance');
		const summary = summarizePoints(inputs, 'en');
		const view = computePoints(inputs);
		const metric = (id: string) => summary.metrics.find((m) => m.id === id)?.value;
		expect(metric('net')).toBeCloseTo(view.result.netEffect, 9);
		expect(metric('cost')).toBeCloseTo(view.result.costPerMember, 9);
		const gain = summary.series[0]!;
		expect(gain.labels).toHaveLength(inputs.years);
		expect(gain.data[gain.data.length - 1]).toBeCloseTo(view.result.netEffect, 6);
	});

	it('states costs and retention per year whatever the period', () => {
		const yearly = summarizePoints(presetInputs('gap-vouchers'), 'zh');
		const monthly = summarizePoints(changeUnit(presetInputs('gap-vouchers'), 'month'), 'zh');
		const cost = (s: typeof yearly) => s.metrics.find((m) => m.id === 'cost')!.value!;
		const retention = (s: typeof yearly) => s.metrics.find((m) => m.id === 'retention')!.value!;
		expect(cost(monthly)).toBeCloseTo(cost(yearly), 0);
		expect(retention(monthly)).toBeCloseTo(retention(yearly), 2);
		expect(monthly.series[0]!.labels).toHaveLength(8);
	});
});
