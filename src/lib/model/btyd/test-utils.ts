/**
 * Test helpers: the CDNOW sample summary published with FHL 2005 (2357 customers, 39-week
 * calibration, weeks), read from tests/fixtures/cdnow-btyd-summary.csv (columns ID, x, t_x, T, zbar).
 */
import { readFileSync } from 'node:fs';
import type { BtydSummary } from './summary';

export function cdnowSummary(): Required<BtydSummary> {
	const lines = readFileSync(
		new URL('../../../../tests/fixtures/cdnow-btyd-summary.csv', import.meta.url),
		'utf8'
	)
		.trim()
		.split(/\r?\n/)
		.slice(1)
		.map((line) => line.split(',').map(Number));
	const column = (k: number) => Float64Array.from(lines, (cells) => cells[k]!);
	return { frequency: column(1), recency: column(2), age: column(3), monetary: column(4) };
}

/** FHL 2005's example customer: 2 repeat purchases, the last at week 30.43 of 38.86 weeks. */
export const fhlCustomer = { frequency: 2, recency: 30.43, age: 38.86 } as const;

/**
 * The mean of `n` simulated draws and its standard error, to check a closed form against a
 * simulation of the same model (within 3 standard errors).
 */
export function simulatedMean(n: number, draw: () => number): { mean: number; se: number } {
	let total = 0;
	let squares = 0;
	for (let i = 0; i < n; i++) {
		const x = draw();
		total += x;
		squares += x * x;
	}
	const mean = total / n;
	return { mean, se: Math.sqrt((squares / n - mean * mean) / n) };
}
