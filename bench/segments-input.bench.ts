/**
 * One step of the segmentation calculator's customer-count slider at up to 5,000 customers (issue
 * 20): the work of a new sample, part by part, and what is left of it in the input's own task
 * on the page (`segmentsComputeAfterPaint`), where the sample is worked out after the next paint.
 * The browser's input → next paint is measured with `npm run perf -- --pages calculate/segments`
 * and `node bench/segments-slider.mjs`. On the page a new sample is worked out in a worker
 * (`sample.worker.ts`); what crosses to the page is timed here too (pack, copy, unpack).
 */
import { bench, describe } from 'vitest';
import { segmentsComputeAfterPaint } from '../src/lib/calculators/segments/after-paint';
import {
	customerStats,
	sampleBase,
	segmentsCompute
} from '../src/lib/calculators/segments/compute';
import { quadrantPlot } from '../src/lib/calculators/segments/plot';
import { presetInputs } from '../src/lib/calculators/segments/presets';
import { packStats, unpackStats } from '../src/lib/calculators/segments/sample-pack';
import { median, paretoCurve, rfmScores } from '../src/lib/model/segments';

const start = { ...presetInputs('subscription-app', 'en'), count: 5000 };
const base = sampleBase(start);
const perTransaction = base.customers.map((c) => c.profit / c.transactions);

/** The slider's counts, 50 apart, walked down and up again as a reader drags it. */
const counts = Array.from({ length: 20 }, (_, i) => 5000 - 50 * i);
const walk = [...counts, ...counts.slice().reverse()];

describe('customer-count slider, one 50-customer step near 5,000', () => {
	const compute = segmentsCompute(() => undefined);
	let i = 0;
	bench('whole step: sample, statistics, segments', () => {
		compute({ ...start, count: walk[i++ % walk.length]! });
	});
	// The page's compute: the input's task only checks the settings; the sample is worked out in
	// the task after the next paint (`run`, benchmarked above as the whole step).
	const queue: (() => void)[] = [];
	const page = segmentsComputeAfterPaint(() => undefined, {
		version: () => 0,
		ready: () => {},
		schedule: (task) => queue.push(task)
	});
	page(start);
	let k = 0;
	bench('the input task on the page (the sample is worked out after the paint)', () => {
		page({ ...start, count: walk[k++ % walk.length]! });
		queue.length = 0;
	});
	let j = 0;
	bench('generate the sample', () => {
		sampleBase({ ...start, count: walk[j++ % walk.length]! });
	});
	bench('medians (profit per purchase, purchases)', () => {
		median('p', 'p', perTransaction, 'money');
		median(
			'n',
			'n',
			base.customers.map((c) => c.transactions),
			'count'
		);
	});
	bench('Pareto curve', () => {
		paretoCurve(base.customers);
	});
	bench('RFM scores', () => {
		rfmScores(base.customers);
	});
	bench('customer statistics (medians, Pareto, RFM)', () => {
		customerStats(base.customers, base.steps);
	});
	// With the sample worker: the worker generates, scores and packs; the page unpacks (the
	// structured copy of typed arrays is a block copy) and sorts into segments.
	const stats = customerStats(base.customers, base.steps);
	bench('pack the statistics for the trip (in the worker)', () => {
		packStats(stats);
	});
	const packed = packStats(stats);
	bench('structured copy of the packed statistics', () => {
		structuredClone(packed);
	});
	bench('structured copy of the statistics as objects (without packing)', () => {
		structuredClone(stats);
	});
	bench('unpack them (on the page)', () => {
		unpackStats(packed);
	});
	const view = compute(start);
	bench('plot layout', () => {
		quadrantPlot(
			{
				transactions: view.customers.map((c) => c.transactions),
				perTransaction: view.perTransaction,
				assignments: view.quadrant.assignments,
				pressureThreshold: view.quadrant.pressureThreshold,
				profitThreshold: view.quadrant.profitThreshold,
				frequencyThreshold: view.quadrant.frequencyThreshold,
				typicalProfit: view.medians.profit
			},
			1100,
			520
		);
	});
});
