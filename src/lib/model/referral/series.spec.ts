import { describe, expect, it } from 'vitest';
import { allocateSeries } from './series';

describe('allocateSeries', () => {
	it('gives zeroed, separate views of one buffer', () => {
		const series = allocateSeries(5, 3);
		expect(series.activeByGeneration).toHaveLength(3);
		expect(series.revenue.referral).toHaveLength(5);
		series.revenue.direct[4] = 7;
		series.activeByGeneration[2]![0] = 3;
		expect(series.revenue.upsell.every((x) => x === 0)).toBe(true);
		expect(series.newByGeneration[0]![0]).toBe(0);
		expect(series.cumulativeProfit.buffer).toBe(series.activeByGeneration[0]!.buffer);
		expect(series.averageAcquisitionCost.byteOffset + 40).toBe(
			series.cumulativeProfit.buffer.byteLength
		);
	});
});
