import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { evaluate } from '../expr';
import {
	balanceRatio,
	effectiveRedemption,
	meanRedemptionLag,
	stillOutstanding,
	stillToRedeem
} from './points-mechanics';

const e2 = Math.exp(-2);

describe('points mechanics', () => {
	it('works the GAP-like case by hand: E = 12 months, L = 6 months, ρ = 0.5', () => {
		// ρ_E = 0.5 × (1 − e^(−2)) = 0.5 × 0.864665 = 0.432332
		const redemption = effectiveRedemption(0.5, 12, 6);
		expect(redemption.value).toBeCloseTo(0.5 * (1 - e2), 12);
		// L̄ = 6 − 12 e^(−2)/(1 − e^(−2)) = 6 − 1.878212 = 4.121788
		const lag = meanRedemptionLag(12, 6);
		expect(lag.value).toBeCloseTo(6 - (12 * e2) / (1 - e2), 12);
		// B = 1 − e^(−2)(1 + 2) = 1 − 0.406006 = 0.593994
		const balance = balanceRatio(12, 6);
		expect(balance.value).toBeCloseTo(1 - 3 * e2, 12);
		for (const shown of [redemption, lag, balance]) {
			expect(evaluate(shown.step.formula)).toBeCloseTo(shown.value, 12);
		}
	});

	it('reduces to the no-expiry values when points never expire', () => {
		expect(effectiveRedemption(0.7, 'never', 12).value).toBe(0.7);
		expect(meanRedemptionLag('never', 12).value).toBe(12);
		expect(balanceRatio('never', 12).value).toBe(1);
		// 1 − ρ + ρe^(−1) outstanding, ρe^(−1) still to redeem, a year after earning with L = 12
		expect(stillOutstanding(12, 0.7, 'never', 12)).toBeCloseTo(0.3 + 0.7 * Math.exp(-1), 12);
		expect(stillToRedeem(12, 0.7, 'never', 12)).toBeCloseTo(0.7 * Math.exp(-1), 12);
	});

	it('clears points at expiry', () => {
		expect(stillOutstanding(12, 0.5, 12, 6)).toBe(0);
		expect(stillToRedeem(13, 0.5, 12, 6)).toBe(0);
		// just earned: everything outstanding; ρ_E still to redeem
		expect(stillOutstanding(0, 0.5, 12, 6)).toBe(1);
		expect(stillToRedeem(0, 0.5, 12, 6)).toBeCloseTo(0.5 * (1 - e2), 12);
	});

	it('longer expiry means more redemption, a longer wait and a bigger balance, all bounded', () => {
		const months = doubleIn(0.5, 600);
		fc.assert(
			fc.property(months, months, months, doubleIn(0, 1), (a, b, lag, rho) => {
				const [short, long] = a < b ? [a, b] : [b, a];
				expect(effectiveRedemption(rho, short, lag).value).toBeLessThanOrEqual(
					effectiveRedemption(rho, long, lag).value + 1e-12
				);
				expect(effectiveRedemption(rho, long, lag).value).toBeLessThanOrEqual(rho + 1e-12);
				const lagShort = meanRedemptionLag(short, lag).value;
				expect(lagShort).toBeGreaterThanOrEqual(0);
				expect(lagShort).toBeLessThanOrEqual(Math.min(lag, short / 2) + 1e-9);
				const ratio = balanceRatio(short, lag).value;
				expect(ratio).toBeGreaterThanOrEqual(-1e-12);
				expect(ratio).toBeLessThanOrEqual(balanceRatio(long, lag).value + 1e-12);
			})
		);
	});
});
