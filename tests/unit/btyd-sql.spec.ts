/**
 * static/sql/btyd-summary.sql, run in DuckDB on the CDNOW transaction log, gives the summary the
 * page builds itself (src/lib/import/customer-base.ts) and the one Fader, Hardie & Lee published.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { customerBase } from '../../src/lib/import/customer-base';
import { dayNumber } from '../../src/lib/import/dates';
import { readText } from '../../src/lib/import/read';

const sql = readFileSync('static/sql/btyd-summary.sql', 'utf8');
const csv = 'static/data/cdnow/cdnow-transactions.csv';

async function run(setup: string): Promise<Record<string, unknown>[]> {
	const db = await DuckDBInstance.create(':memory:');
	const connection = await db.connect();
	await connection.run(setup);
	const reader = await connection.runAndReadAll(sql);
	const rows = reader.getRowObjectsJS();
	connection.closeSync();
	return rows;
}

// fits and simulations: a generous limit for a busy machine (not a timing assertion)
describe('the warehouse summary SQL', { timeout: 60_000 }, () => {
	it('rebuilds the CDNOW summary in DuckDB, as the page does', async () => {
		const rows = await run(
			`CREATE VIEW transactions AS
			 SELECT customer_id, CAST("date" AS DATE) AS purchase_date, amount
			 FROM read_csv('${csv}', header = true, columns = {'customer_id': 'INTEGER', 'date': 'DATE', 'cds': 'INTEGER', 'amount': 'DOUBLE'})`
		);
		const read = readText(readFileSync(csv, 'utf8'));
		if (read.kind !== 'log') throw new Error('CDNOW log not read');
		const base = customerBase(read.log, { unit: 'week', calibrationEnd: dayNumber(1997, 9, 30)! });
		expect(rows).toHaveLength(2357);
		for (const row of rows) {
			const i = base.ids.indexOf(String(row.customer_id));
			expect(Number(row.frequency)).toBe(base.summary.frequency[i]);
			expect(Number(row.recency)).toBeCloseTo(base.summary.recency[i]!, 10);
			expect(Number(row.T)).toBeCloseTo(base.summary.age[i]!, 10);
			expect(Number(row.monetary_value)).toBeCloseTo(base.summary.monetary![i]!, 8);
			expect(Number(row.holdout_purchases)).toBe(base.holdout.transactions[i]);
		}
		// customer 1 of the published summary: x = 2, t_x = 30.43, T = 38.86, m_x = 22.35
		const first = rows.find((row) => row.customer_id === 1)!;
		expect(Number(first.frequency)).toBe(2);
		expect(Number(first.recency)).toBeCloseTo(30.43, 2);
		expect(Number(first.T)).toBeCloseTo(38.86, 2);
		expect(Math.abs(Number(first.monetary_value) - 22.35)).toBeLessThan(0.006);
	});

	it('merges same-day purchases, cuts timestamps to the day and leaves out later customers', async () => {
		const rows = await run(
			`CREATE TABLE transactions AS SELECT * FROM (VALUES
			   ('A', TIMESTAMP '1997-01-01 09:00', 10.0),
			   ('A', TIMESTAMP '1997-01-01 18:00', 5.0),
			   ('A', TIMESTAMP '1997-01-15 12:00', 7.0),
			   ('A', TIMESTAMP '1997-10-20 12:00', 3.0),
			   ('B', TIMESTAMP '1997-11-01 12:00', 1.0)
			 ) AS t(customer_id, purchase_date, amount)`
		);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ customer_id: 'A', holdout_purchases: 1n });
		expect(Number(rows[0]!.frequency)).toBe(1);
		expect(Number(rows[0]!.recency)).toBeCloseTo(2, 12);
		expect(Number(rows[0]!.monetary_value)).toBe(7);
	});
});
