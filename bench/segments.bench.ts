/**
 * How long the segmentation calculator takes for one input event at 5,000 customers: regenerate
 * the sample (a sample setting changed), classify and summarise everything the page shows (a
 * threshold changed: quadrant, medians, Pareto, RFM), lay out the quadrant plot's SVG paths, and
 * read a pasted 5,000-row CSV. The browser's paint is measured with ../shared/tools/measure-page.mjs.
 */
import { bench, describe } from 'vitest';
import {
	computeSegments,
	customerStats,
	sampleBase
} from '../src/lib/calculators/segments/compute';
import { quadrantPlot } from '../src/lib/calculators/segments/plot';
import { presetInputs } from '../src/lib/calculators/segments/presets';
import { readTable } from '../src/lib/calculators/segments/table';

const inputs = { ...presetInputs('subscription-app', 'en'), count: 5000 };
const base = sampleBase(inputs);
const stats = customerStats(base.customers, base.steps);
const view = computeSegments(stats, inputs);
const plotInput = {
	transactions: view.customers.map((c) => c.transactions),
	perTransaction: view.perTransaction,
	assignments: view.quadrant.assignments,
	profitThreshold: view.quadrant.profitThreshold,
	frequencyThreshold: view.quadrant.frequencyThreshold,
	typicalProfit: view.medians.profit
};
const csv = [
	'id,transactions,profit,recency_days',
	...base.customers.map((c) => `${c.id},${c.transactions},${c.profit},${c.recencyDays}`)
].join('\n');

describe('segmentation at 5,000 customers', () => {
	let seed = 1;
	bench('regenerate the sample (new seed)', () => {
		sampleBase({ ...inputs, seed: seed++ });
	});
	let threshold = 5;
	bench('medians, Pareto and RFM scores (new customers)', () => {
		customerStats(base.customers, base.steps);
	});
	bench('classify and summarise (a threshold moved)', () => {
		threshold = threshold > 8 ? 5 : threshold + 0.01;
		computeSegments(stats, { ...inputs, profitAt: 'custom', profitThreshold: threshold });
	});
	bench('a sample setting changed: regenerate, statistics, classify', () => {
		const next = sampleBase({ ...inputs, seed: seed++ });
		computeSegments(customerStats(next.customers, next.steps), inputs);
	});
	bench('quadrant plot layout (5,000 markers)', () => {
		quadrantPlot(plotInput, 1100, 520);
	});
	bench('read a pasted 5,000-row CSV', () => {
		readTable(csv);
	});
});
