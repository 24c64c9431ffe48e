import { describe, expect, it } from 'vitest';
import { presetInputs } from './presets';
import { summarizeClub } from './summary';

describe('club summary', () => {
	it('reports ROI and payback, and no ROI (not NaN) for a free club', () => {
		const car = presetInputs('premium-car-club');
		const value = (inputs: typeof car, id: string) =>
			summarizeClub(inputs, 'zh').metrics.find((m) => m.id === id)!.value;
		expect(value(car, 'roi')).toBeGreaterThan(0);
		expect(value(car, 'payback')).toBe(2);
		expect(value({ ...car, cost: 0 }, 'roi')).toBeNull();
		expect(value({ ...car, cost: 0 }, 'payback')).toBeNull();
	});

	it('ends the cumulative net series at the net value', () => {
		const summary = summarizeClub(presetInputs('business-school-alumni'), 'en');
		const net = summary.metrics.find((m) => m.id === 'net')!.value!;
		const series = summary.series[0]!;
		expect(series.data[series.data.length - 1]).toBeCloseTo(net, 6);
	});
});
