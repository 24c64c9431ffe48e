/**
 * A generated transaction log for the BTYD benchmark: about 100,000 customers and 1,000,000 rows
 * over two years, drawn from BG/NBD (in days) with Gamma-Gamma spend, as CSV text.
 */
import { simulateCustomers } from '../src/lib/model/btyd/simulate';
import { dayNumber, isoDate } from '../src/lib/import/dates';

export function generatedLog(
	customers = 100_000,
	seed = 2024
): { bytes: Uint8Array; rows: number } {
	const start = dayNumber(2023, 1, 1)!;
	const span = 730;
	// first purchases spread over the first year; each customer watched to the end of the log
	const firsts = Int32Array.from({ length: customers }, (_, i) =>
		Math.floor((i * 365) / customers)
	);
	const ages = Float64Array.from(firsts, (f) => span - 1 - f);
	const model = { kind: 'bgnbd' as const, params: { r: 1.2, alpha: 45, a: 0.6, b: 6 } };
	const simulated = simulateCustomers(model, ages, { p: 5, q: 4, gamma: 60 }, seed);
	const dates = Array.from({ length: span }, (_, d) => isoDate(start + d));
	const lines = ['customer_id,order_date,amount'];
	simulated.forEach(({ times, values }, i) => {
		const id = `C${100000 + i}`;
		const first = firsts[i]!;
		lines.push(`${id},${dates[first]},${values[0]!.toFixed(2)}`);
		times.forEach((t, k) =>
			lines.push(`${id},${dates[first + Math.floor(t)]},${values[k + 1]!.toFixed(2)}`)
		);
	});
	return { bytes: new TextEncoder().encode(lines.join('\n')), rows: lines.length - 1 };
}
