/**
 * "Predict from your transactions" at full size: a generated log of about 1,000,000 rows from
 * 100,000 customers over two years (bench/btyd-log.ts), read from its bytes, summarised (weeks,
 * last third holdout), and fitted. Targets (issue 15): read + summarise + BG/NBD + Gamma-Gamma under
 * 5 s, Pareto/NBD under 10 s. Each task runs once (no warm-up): these are one-off costs for a
 * visitor, not per-keystroke ones. On a shared machine, compare CPU time: tinybench reports wall time.
 */
import { bench, describe } from 'vitest';
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

describe(`BTYD, ${rows.toLocaleString('en')} rows, ${base.ids.length.toLocaleString('en')} customers (${(bytes.length / 1e6).toFixed(1)} MB)`, () => {
	bench('read the file (decode, detect, parse into typed columns)', read, once);
	bench(
		'summarise (merge same-day, calibration/holdout, weekly counts)',
		() => void customerBase(log),
		once
	);
	bench('fit BG/NBD', () => void runToEnd(fitBgNbd(base.summary)), once);
	bench('fit Gamma-Gamma', () => void runToEnd(fitGammaGamma(base.summary)), once);
	bench('fit Pareto/NBD', () => void runToEnd(fitParetoNbd(base.summary)), once);
	bench(
		'read + summarise + BG/NBD + Gamma-Gamma (target < 5 s)',
		() => {
			const summary = customerBase(read()).summary;
			runToEnd(fitBgNbd(summary));
			runToEnd(fitGammaGamma(summary));
		},
		once
	);
	bench(
		'read + summarise + Pareto/NBD (target < 10 s)',
		() => void runToEnd(fitParetoNbd(customerBase(read()).summary)),
		once
	);
	bench(
		'CLV table, 52 weeks (BG/NBD × Gamma-Gamma)',
		() => void runToEnd(clvTable(model, gg.params, base.summary, settings)),
		once
	);
	bench(
		'CLV intervals, 200 draws per customer',
		() => void runToEnd(clvIntervals(model, gg.params, base.summary, settings, 1)),
		once
	);
});
