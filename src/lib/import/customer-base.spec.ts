import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cdnowSummary } from '$lib/model/btyd/test-utils';
import { customerBase, purchaseDays } from './customer-base';
import { dayNumber } from './dates';
import { readBytes, readText } from './read';
import type { TransactionLog } from './read-log';

function readLog(text: string): TransactionLog {
	const result = readText(text);
	if (result.kind !== 'log') throw new Error(JSON.stringify(result));
	return result.log;
}

const d = (m: number, day: number) => dayNumber(2024, m, day)!;

describe('customer base', () => {
	it('rebuilds the published CDNOW summary exactly from the transaction log', () => {
		const read = readBytes(
			new Uint8Array(readFileSync('static/data/cdnow/cdnow-transactions.csv'))
		);
		if (read.kind !== 'log') throw new Error('expected a log');
		const base = customerBase(read.log, { unit: 'week', calibrationEnd: dayNumber(1997, 9, 30)! });
		const published = cdnowSummary();
		expect(base.ids).toHaveLength(2357);
		for (let i = 0; i < 2357; i++) {
			const j = base.ids.indexOf(String(i + 1));
			expect(base.summary.frequency[j]).toBe(published.frequency[i]);
			// the published file rounds to 2 decimals
			expect(Math.abs(base.summary.recency[j]! - published.recency[i]!)).toBeLessThan(0.006);
			expect(Math.abs(base.summary.age[j]! - published.age[i]!)).toBeLessThan(0.006);
			expect(Math.abs(base.summary.monetary![j]! - published.monetary[i]!)).toBeLessThan(0.006);
		}
		expect(base.holdout.length).toBeCloseTo(39, 10);
		expect(base.weekly.all.reduce((t, c) => t + c, 0)).toBe(base.transactions);
	});

	it('merges purchases on the same day, adding their amounts', () => {
		const log = readLog(
			'customer,date,amount\nA,2024-01-01,10\nA,2024-01-01,5\nA,2024-01-08,7\nB,2024-01-03,1'
		);
		const days = purchaseDays(log);
		expect(Array.from(days.offsets)).toEqual([0, 2, 3]);
		expect(Array.from(days.values!)).toEqual([15, 7, 1]);
		const base = customerBase(log, { unit: 'day', calibrationEnd: d(1, 31) });
		expect(Array.from(base.summary.frequency)).toEqual([1, 0]);
		expect(Array.from(base.summary.monetary!)).toEqual([7, 0]);
		expect(base.transactions).toBe(3);
	});

	it('sorts each customer’s purchases and splits them at the calibration end', () => {
		const log = readLog(
			'customer,date,amount\nA,2024-01-29,4\nA,2024-01-01,1\nA,2024-01-15,2\nA,2024-02-12,8\nB,2024-02-05,3\nC,2024-01-08,5'
		);
		const base = customerBase(log, { unit: 'week', calibrationEnd: d(1, 31) });
		// B's first purchase is after the calibration end: not in the summary
		expect(base.ids).toEqual(['A', 'C']);
		expect(base.laterCustomers).toBe(1);
		expect(Array.from(base.summary.frequency)).toEqual([2, 0]);
		expect(Array.from(base.summary.recency)).toEqual([4, 0]);
		expect(Array.from(base.summary.age)).toEqual([30 / 7, 23 / 7]);
		expect(Array.from(base.summary.monetary!)).toEqual([3, 0]);
		expect(Array.from(base.holdout.transactions)).toEqual([1, 0]);
		expect(Array.from(base.holdout.spend!)).toEqual([8, 0]);
		expect(base.holdout.length).toBeCloseTo(12 / 7, 12);
		// weekly counts from Jan 1: all purchases, and repeat purchases of summary customers
		expect(Array.from(base.weekly.all)).toEqual([1, 1, 1, 0, 1, 1, 1]);
		expect(Array.from(base.weekly.repeat)).toEqual([0, 0, 1, 0, 1, 0, 1]);
	});

	it('keeps the last third as holdout by default and converts units', () => {
		const log = readLog('customer,date\nA,2024-01-01\nA,2024-01-31\nA,2024-03-01');
		const base = customerBase(log, { unit: 'month' });
		expect(base.calibrationEnd).toBe(d(1, 1) + 40);
		expect(base.summary.recency[0]).toBeCloseTo(30 / (365.25 / 12), 12);
		const days = customerBase(log, { unit: 'day', calibrationEnd: d(12, 31) });
		expect(days.calibrationEnd).toBe(d(3, 1));
		expect(days.holdout.length).toBe(0);
		expect(Array.from(days.summary.age)).toEqual([60]);
	});
});
