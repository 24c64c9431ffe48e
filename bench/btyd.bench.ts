/**
 * "Predict from your transactions" at full size: a generated log of about 1,000,000 rows from
 * 100,000 customers over two years (bench/btyd-log.ts), read from its bytes, summarised (weeks,
 * last third holdout), and fitted. Targets (issue 15): read + summarise + BG/NBD + Gamma-Gamma under
 * 5 s, Pareto/NBD under 10 s. Each task runs once (no warm-up): these are one-off costs for a
 * visitor, not per-keystroke ones. On a shared machine, compare CPU time: tinybench reports wall time.
 */
import { afterAll, bench, describe } from 'vitest';
import { customerBase } from '../src/lib/import/customer-base';
import { readBytes } from '../src/lib/import/read';
import { clvTable } from '../src/lib/model/btyd/clv';
import { clvIntervals } from '../src/lib/model/btyd/clv-interval';
import { fitBgNbd } from '../src/lib/model/btyd/bgnbd-fit';
import { fitGammaGamma } from '../src/lib/model/btyd/gamma-gamma-fit';
import { runToEnd } from '../src/lib/model/btyd/maximise';
import { fitParetoNbd } from '../src/lib/model/btyd/pareto-nbd-fit';
import { generatedLog } from './btyd-log';

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

/** CPU time of each task (user + system, this process), printed at the end: on a shared machine
 * wall time includes waiting for a core, CPU time does not. */
const cpu = new Map<string, number>();
function timed(name: string, task: () => void): [string, () => void] {
	return [
		name,
		() => {
			const start = process.cpuUsage();
			task();
			const used = process.cpuUsage(start);
			cpu.set(name, (used.user + used.system) / 1e6);
		}
	];
}
afterAll(() => {
	for (const [name, seconds] of cpu) console.log(`CPU ${seconds.toFixed(2)} s  ${name}`);
});
const { bytes, rows } = generatedLog();

function read() {
	const result = readBytes(bytes);
	if (result.kind !== 'log') throw new Error(`generated log not read: ${JSON.stringify(result)}`);
	return result.log;
}
const log = read();
const base = customerBase(log);
const bg = runToEnd(fitBgNbd(base.summary));
const gg = runToEnd(fitGammaGamma(base.summary));
const settings = { horizon: 52, margin: 0.3, annualDiscount: 0.1, periodsPerYear: 365.25 / 7 };
const model = { kind: 'bgnbd' as const, params: bg.params };
const thousand = Int32Array.from({ length: 1000 }, (_, i) => i * 100);

describe(`BTYD, ${rows.toLocaleString('en')} rows, ${base.ids.length.toLocaleString('en')} customers (${(bytes.length / 1e6).toFixed(1)} MB)`, () => {
	bench(...timed('read the file (decode, detect, parse into typed columns)', read), once);
	bench(
		...timed('summarise (same-day merge, holdout, weekly counts)', () => void customerBase(log)),
		once
	);
	bench(...timed('fit BG/NBD', () => void runToEnd(fitBgNbd(base.summary))), once);
	bench(...timed('fit Gamma-Gamma', () => void runToEnd(fitGammaGamma(base.summary))), once);
	bench(...timed('fit Pareto/NBD', () => void runToEnd(fitParetoNbd(base.summary))), once);
	bench(
		...timed('read + summarise + BG/NBD + Gamma-Gamma (target < 5 s)', () => {
			const summary = customerBase(read()).summary;
			runToEnd(fitBgNbd(summary));
			runToEnd(fitGammaGamma(summary));
		}),
		once
	);
	bench(
		...timed(
			'read + summarise + Pareto/NBD (target < 10 s)',
			() => void runToEnd(fitParetoNbd(customerBase(read()).summary))
		),
		once
	);
	bench(
		...timed(
			'CLV table, 52 weeks (BG/NBD × Gamma-Gamma)',
			() => void runToEnd(clvTable(model, gg.params, base.summary, settings))
		),
		once
	);
	bench(
		...timed(
			'CLV intervals, 200 draws, 1,000 customers',
			() => void runToEnd(clvIntervals(model, gg.params, base.summary, settings, 1, 200, thousand))
		),
		once
	);
});
