import { describe, expect, it } from 'vitest';
import { acceptanceShare, saturatedJoiners } from './saturation';

describe('market saturation', () => {
	it('accepts 1 − acquired/M of referrals, all of them without a cap', () => {
		expect(acceptanceShare(250, 1000)).toBe(0.75);
		expect(acceptanceShare(1000, 1000)).toBe(0);
		expect(acceptanceShare(5, null)).toBe(1);
	});

	it('never lets joiners overshoot the cap', () => {
		expect(saturatedJoiners(100, 250, 1000)).toBe(75);
		expect(saturatedJoiners(2000, 250, 1000)).toBe(750);
		expect(saturatedJoiners(10, 1000, 1000)).toBe(0);
		expect(saturatedJoiners(7, 10, null)).toBe(7);
	});
});
