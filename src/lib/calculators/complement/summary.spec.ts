import { describe, expect, it } from 'vitest';
import { presetInputs } from './presets';
import { summarizeComplement } from './summary';

describe('complement summary', () => {
	it('reports the gain, both CLVs and the gain by source, which add up', () => {
		const summary = summarizeComplement(presetInputs(undefined), 'en');
		const value = (id: string) => summary.metrics.find((m) => m.id === id)!.value!;
		expect(value('with') - value('without')).toBeCloseTo(value('gain'), 6);
		const bySource = summary.metrics.filter((m) => m.id.startsWith('gain-'));
		expect(bySource.reduce((total, m) => total + m.value!, 0)).toBeCloseTo(value('gain'), 6);
		expect(summary.series[0]!.data.reduce((a, b) => a + b, 0)).toBeCloseTo(value('with'), 6);
	});
});
