import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBytes, readText, type ReadResult } from './read';

function summary(result: ReadResult) {
	if (result.kind !== 'summary')
		throw new Error(`expected a summary, got ${JSON.stringify(result)}`);
	return result;
}

describe('reading a summary table', () => {
	it('reads the published CDNOW summary (ID, x, t_x, T, zbar)', () => {
		const bytes = new Uint8Array(readFileSync('tests/fixtures/cdnow-btyd-summary.csv'));
		const result = summary(readBytes(bytes));
		expect(result.ids).toHaveLength(2357);
		expect(result.ids[0]).toBe('1');
		expect(result.summary.frequency[0]).toBe(2);
		expect(result.summary.recency[0]).toBe(30.43);
		expect(result.summary.age[0]).toBe(38.86);
		expect(result.summary.monetary![0]).toBe(22.35);
		expect(result.format.badRowCount).toBe(0);
	});

	it('reads the lifetimes layout, columns in any order, with or without ids', () => {
		const result = summary(readText('T,monetary_value,recency,frequency\n10,0,0,0\n10,25.5,8,3'));
		expect(Array.from(result.summary.frequency)).toEqual([0, 3]);
		expect(Array.from(result.summary.monetary!)).toEqual([0, 25.5]);
		expect(result.ids).toEqual(['2', '3']);
		const chinese = summary(readText('客户编号,复购次数,近度,观察期\nA,1,2,5'));
		expect(chinese.ids).toEqual(['A']);
		expect(chinese.summary.monetary).toBeUndefined();
	});

	it('reads semicolons with decimal commas and rejects fractional counts', () => {
		const result = summary(
			readText('id;frequency;recency;T;monetary\nA;2;1,5;3,25;12,5\nB;2,5;1;3;1')
		);
		expect(result.format.decimal).toBe('comma');
		expect(result.summary.recency[0]).toBe(1.5);
		expect(result.summary.monetary![0]).toBe(12.5);
		expect(result.format.badRows).toEqual([
			{ line: 3, problem: 'fractional-frequency', column: 1 }
		]);
	});

	it('lists rows that are not a purchase history', () => {
		const result = summary(
			readText(
				'id,frequency,recency,T\nA,1,5,3\nB,0,2,3\nC,-1,0,3\nD,x,0,3\nE,1,1,3\nE,1,1,3\nF,,1,3'
			)
		);
		expect(result.format.badRows.map((b) => b.problem)).toEqual([
			'recency-after-age',
			'recency-without-repeat',
			'negative-value',
			'bad-number',
			'duplicate-customer',
			'missing-value'
		]);
		expect(result.ids).toEqual(['E']);
	});

	it('can be read as a log or a summary when the reader says so', () => {
		const text = 'customer,date,frequency,recency,T\nA,2024-03-05,1,1,2';
		expect(readText(text).kind).toBe('summary');
		expect(readText(text, { kind: 'log' }).kind).toBe('log');
	});
});
