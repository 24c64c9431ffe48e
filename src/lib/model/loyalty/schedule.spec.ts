import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { evaluate } from '../expr';
import { retentionClv } from '../clv';
import { retentionPresentValue, retentionSchedule } from './schedule';

// The textbook example (Gupta & Lehmann 2003; Fader & Hardie 2012): m = 100, r = 0.8, i = 0.12.
const textbook = { margin: 100, retention: 0.8, discountRate: 0.12 } as const;

/** Any input: a signed margin, retention and discount rate in [0, 1], 1 to `maxHorizon` periods. */
const anyInput = (maxHorizon: number) =>
	fc.record({
		margin: doubleIn(-1e6, 1e6),
		retention: doubleIn(0, 1),
		discountRate: doubleIn(0, 1),
		horizon: fc.integer({ min: 1, max: maxHorizon })
	});

describe('retentionSchedule', () => {
	it('adds up two periods by hand', () => {
		// 100/1.12 + 100 × 0.8/1.12² = 89.2857 + 63.7755 = 153.0612
		const result = retentionSchedule({ ...textbook, horizon: 2 });
		expect(result.presentValue).toBeCloseTo(100 / 1.12 + 80 / 1.12 ** 2, 10);
		expect(result.survival).toEqual([1, 0.8]);
		expect(evaluate(result.formula)).toBeCloseTo(result.presentValue, 10);
	});

	it('is the end-of-period retention sum (Gupta & Lehmann 2003) divided by r', () => {
		// by hand: Σ_{t=1..5} 100·(0.8/1.12)^t = 203.5164; first-certain = that / 0.8 = 254.3955
		const result = retentionSchedule({ ...textbook, horizon: 5 });
		expect(result.presentValue).toBeCloseTo(203.5164 / 0.8, 3);
	});

	it('approaches m/(1+i−r) = 312.5 as the horizon grows (Fader & Hardie 2012: 3.125 × 100)', () => {
		const result = retentionSchedule({ ...textbook, horizon: 600 });
		expect(result.presentValue).toBeCloseTo(312.5, 9);
	});

	it('handles retention 0 (only the first margin) and zero discount', () => {
		expect(
			retentionSchedule({ margin: 50, retention: 0, discountRate: 0, horizon: 10 }).presentValue
		).toBe(50);
	});

	it('is linear in the margin and its formula evaluates to its value', () => {
		fc.assert(
			fc.property(anyInput(60), ({ margin, retention, discountRate, horizon }) => {
				const one = retentionSchedule({ margin: 1, retention, discountRate, horizon });
				const result = retentionSchedule({ margin, retention, discountRate, horizon });
				expect(result.presentValue).toBeCloseTo(margin * one.presentValue, 6);
				const scale = Math.max(1, Math.abs(result.presentValue));
				expect(Math.abs(evaluate(result.formula) - result.presentValue)).toBeLessThan(1e-9 * scale);
			})
		);
	});

	it("is ../clv retentionClv (end-first-certain) scaled by the margin, with the caller's symbols", () => {
		const input = { retention: 0.7, discountRate: 0.1, horizon: 12 };
		const clv = retentionClv({ margin: 40, ...input, timing: 'end-first-certain' });
		const result = retentionSchedule({ margin: -40, ...input }, { margin: 'm₁', retention: "r'" });
		expect(clv.kind).toBe('finite');
		if (clv.kind !== 'finite') return;
		expect(result.presentValue).toBeCloseTo(-clv.value, 9);
		const names = JSON.stringify(result.formula).match(/"name":"[^"]+"/g) ?? [];
		expect(new Set(names)).toEqual(
			new Set(['"name":"m₁"', '"name":"r\'"', '"name":"i"', '"name":"t"'])
		);
	});
});

describe('retentionPresentValue', () => {
	it('is the present value of the schedule, negative margins included', () => {
		fc.assert(
			fc.property(anyInput(600), (input) => {
				const expected = retentionSchedule(input).presentValue;
				const scale = Math.max(1, Math.abs(expected));
				expect(Math.abs(retentionPresentValue(input) - expected)).toBeLessThan(1e-12 * scale);
			})
		);
	});
});
