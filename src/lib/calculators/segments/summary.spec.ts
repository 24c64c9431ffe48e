import { describe, expect, it } from 'vitest';
import { computeSegments, customerStats, paretoGrid, sampleBase } from './compute';
import { presetInputs } from './presets';
import { summarizeSegments } from './summary';

describe('summarizeSegments', () => {
	const inputs = presetInputs('supermarket', 'en');
	const summary = summarizeSegments(inputs, 'en');
	const metric = (id: string) => summary.metrics.find((m) => m.id === id)!;
	const base = sampleBase(inputs);
	const view = computeSegments(customerStats(base.customers), inputs);

	it('reports the figures the calculator shows', () => {
		expect(metric('gold-profit').value).toBe(view.quadrant.segments[0]!.profitShare);
		expect(metric('net-profit').value).toBe(view.quadrant.netProfit);
		expect(metric('customers').value).toBe(2000);
		if (view.pareto.kind !== 'curve') throw new Error('no curve');
		expect(metric('top-share').value).toBe(view.pareto.topShare);
		const shares = ['gold', 'comet', 'stream', 'pressure'].map((s) => metric(`${s}-customers`));
		expect(shares.reduce((sum, m) => sum + m.value!, 0)).toBeCloseTo(1, 12);
	});

	it('overlays the Pareto curve at the calculator’s grid, labelled in the locale', () => {
		const [series] = summarizeSegments(inputs, 'zh').series;
		expect(series!.labels).toHaveLength(paretoGrid.length);
		expect(series!.data[0]).toBe(0);
		expect(series!.data.at(-1)).toBeCloseTo(1, 12);
		expect(summarizeSegments(inputs, 'zh').metrics[0]!.label).toBe('金子客户贡献的利润占比');
	});
});
