import { describe, expect, it } from 'vitest';
import { purchaseStart } from './history-fit';
import { distinctHistories } from './summary';

describe('purchaseStart', () => {
	it('starts α at the time watched per purchase and gives the mean time watched', () => {
		// 3 customers: 2 + 0 + 1 purchases over 4 + 6 + 6 time units (two share a history)
		const data = distinctHistories({
			frequency: Float64Array.of(2, 0, 1),
			recency: Float64Array.of(3, 0, 2),
			age: Float64Array.of(4, 6, 6)
		});
		expect(purchaseStart(data)).toEqual({ r: 1, alpha: 16 / 3, meanAge: 16 / 3 });
	});

	it('stays positive and finite for a base with no repeat purchase or no time', () => {
		const none = distinctHistories({
			frequency: Float64Array.of(0, 0),
			recency: Float64Array.of(0, 0),
			age: Float64Array.of(0, 0)
		});
		const start = purchaseStart(none);
		expect(start.alpha).toBeGreaterThan(0);
		expect(start.meanAge).toBeGreaterThan(0);
		expect(Number.isFinite(start.alpha)).toBe(true);
	});
});
