import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario } from '$lib/state/codec';
import { presentLink } from '../class-cases';
import { classifySegments, paretoCurve, type CustomerRecord } from '$lib/model/segments';
import {
	computeSegments,
	customerStats,
	paretoGrid,
	quadrantOptions,
	readCurve,
	sampleBase,
	segmentsCompute,
	shareReaching
} from './compute';
import { schema as segmentsSchema, scenarioVersion, type SegmentsInputs } from './fields';
import { matchingPreset, presetInputs, segmentsPresetIds } from './presets';

const defaultInputs = (currency: SegmentsInputs['currency']) =>
	presetInputs(undefined, 'en', currency);

const customer = (id: string, transactions: number, profit: number, recencyDays?: number) =>
	({ id, transactions, profit, recencyDays }) as CustomerRecord;

// The model's doc example: one customer of each kind, thresholds at the medians.
const four = [
	customer('a', 10, 1000, 3),
	customer('b', 1, 200, 90),
	customer('c', 10, 50, 10),
	customer('d', 1, -30, 200)
];

describe('computeSegments', () => {
	const inputs = defaultInputs('USD');

	it('classifies and summarises like the model, with medians as thresholds', () => {
		const view = computeSegments(customerStats(four), inputs);
		expect(view.quadrant.assignments).toEqual(['gold', 'comet', 'stream', 'pressure']);
		const model = classifySegments(four);
		expect(view.quadrant.segments).toEqual(model.segments);
		expect(view.quadrant.profitThreshold).toBe(model.profitThreshold);
		expect(view.quadrant.frequencyThreshold).toBe(model.frequencyThreshold);
		// the median steps read exactly as the model's own
		expect(view.steps.slice(0, 2)).toEqual(model.steps.slice(0, 2));
		// p = 100, 200, 5, −30 → median (5 + 100) / 2; n = 10, 1, 10, 1 → median 5.5
		expect(view.medians).toEqual({ profit: 52.5, frequency: 5.5 });
		expect(view.perTransaction).toEqual([100, 200, 5, -30]);
	});

	it('uses the thresholds the reader set, and still reports the medians', () => {
		const view = computeSegments(customerStats(four), {
			...inputs,
			profitAt: 'custom',
			profitThreshold: 150,
			frequencyAt: 'custom',
			frequencyThreshold: 0.5
		});
		expect(view.quadrant.profitThreshold).toBe(150);
		expect(view.quadrant.assignments).toEqual(['stream', 'gold', 'stream', 'pressure']);
		expect(view.medians).toEqual({ profit: 52.5, frequency: 5.5 });
		expect(view.steps.map((s) => s.id)).not.toContain('segments.threshold.transactions');
	});

	it('puts the pressure line where the reader sets it (0 to start)', () => {
		const lossy = [...four, customer('e', 20, -100, 5)]; // p = −5, frequent
		expect(inputs.pressureThreshold).toBe(0);
		expect(computeSegments(customerStats(lossy), inputs).quadrant.assignments[4]).toBe('pressure');
		const lower = { ...inputs, pressureThreshold: -10 };
		expect(computeSegments(customerStats(lossy), lower).quadrant.assignments[4]).toBe('stream');
		expect(quadrantOptions(lower).pressureThreshold).toBe(-10);
		const view = computeSegments(customerStats(lossy), {
			...inputs,
			pressureThreshold: 10,
			profitAt: 'custom',
			profitThreshold: 52.5,
			frequencyAt: 'custom',
			frequencyThreshold: 5.5
		});
		// c (p = 5) joins d and e: one makes a little, two lose money, so the advice tells them apart
		expect(view.quadrant.assignments).toEqual([
			'gold',
			'comet',
			'pressure',
			'pressure',
			'pressure'
		]);
		expect(view.quadrant.segments[3]).toMatchObject({ losing: 2, treatment: 'sort-out-losses' });
	});

	it('reads the Pareto curve like the model and explains the losses', () => {
		const view = computeSegments(customerStats(four), inputs);
		const model = paretoCurve(four, 0.2);
		if (view.pareto.kind !== 'curve' || model.kind !== 'curve') throw new Error('no curve');
		expect(view.pareto.topShare).toBeCloseTo(model.topShare, 12);
		// 0.2 of 4 customers = 0.8 of the best one: 0.8 × 1000 / 1250
		expect(view.pareto.topShare).toBeCloseTo(0.64, 12);
		expect(view.pareto.netTopShare).toBeCloseTo(800 / 1220, 12);
		expect(view.pareto.lossMakers).toBe(1);
		expect(view.pareto.losses).toBe(-30);
		expect(view.pareto.earned).toHaveLength(paretoGrid.length);
		expect(view.pareto.earned[0]).toBe(0);
		expect(view.pareto.earned.at(-1)).toBeCloseTo(1, 12);
		expect(view.pareto.earned[4]).toBeCloseTo(view.pareto.topShare, 12);
		// 80% of 1250 = 1000: exactly the best customer, a quarter of them
		expect(view.pareto.shareFor80).toBeCloseTo(0.25, 12);
	});

	it('says when nobody made a profit instead of showing shares', () => {
		const losing = [customer('a', 2, -10), customer('b', 1, -5)];
		const view = computeSegments(customerStats(losing), inputs);
		expect(view.pareto).toEqual({ kind: 'no-positive-profit', netProfit: -15 });
		expect(view.quadrant.segments.every((s) => s.profitShare === null)).toBe(true);
		expect(view.steps.map((s) => s.id)).not.toContain('segments.profitShare.gold');
	});

	it('summarises RFM by segment, or says which customers lack recency', () => {
		const view = computeSegments(customerStats(four), inputs);
		if (view.rfm.kind !== 'scores') throw new Error('no scores');
		expect(view.rfm.codes.reduce((n, row) => n + row.count, 0)).toBe(4);
		const gold = view.rfm.bySegment.find((s) => s.segment === 'gold')!;
		// the most recent, most frequent (tied) and most profitable of four customers
		expect(gold.scores).toEqual({ recency: 5, frequency: 4, monetary: 5 });
		const partial = computeSegments(customerStats([...four, customer('e', 3, 10)]), inputs);
		expect(partial.rfm).toEqual({ kind: 'missing-recency', missing: 1 });
	});

	it('lists the arithmetic: thresholds, gold share, top share, then the extra steps', () => {
		const base = sampleBase(inputs);
		const view = computeSegments(customerStats(base.customers, base.steps), inputs);
		expect(view.steps.map((s) => s.id)).toEqual([
			'segments.threshold.profitPerTransaction',
			'segments.threshold.transactions',
			'segments.profitShare.gold',
			'pareto.topShare',
			'generate.meanProfitPerTransaction'
		]);
	});

	it('does not mutate the customers', () => {
		const copy = structuredClone(four);
		computeSegments(customerStats(four), inputs);
		expect(four).toEqual(copy);
	});
});

describe('the generated sample', () => {
	it('follows the inputs and the seed', () => {
		const inputs = defaultInputs('CNY');
		const a = sampleBase(inputs).customers;
		expect(a).toHaveLength(500);
		expect(sampleBase(inputs).customers).toEqual(a);
		expect(sampleBase({ ...inputs, seed: 2 }).customers).not.toEqual(a);
		const more = sampleBase({ ...inputs, count: 800, pressureShare: 0.25 }).customers;
		expect(more.filter((c) => c.profit < 0)).toHaveLength(200);
	});

	it('changes the segment table when a parameter changes', () => {
		const inputs = defaultInputs('USD');
		const table = (i: SegmentsInputs) =>
			computeSegments(customerStats(sampleBase(i).customers), i).quadrant.segments.map(
				(s) => s.count
			);
		expect(table({ ...inputs, pressureShare: 0.3 })).not.toEqual(table(inputs));
	});
});

describe('curve reading', () => {
	const points = [0, 0.5, 0.75, 0.9, 1].map((profitShare, i) => ({
		customerShare: i / 4,
		profitShare
	}));

	it('interpolates between customers', () => {
		expect(readCurve(points, 0)).toBe(0);
		expect(readCurve(points, 0.125)).toBeCloseTo(0.25, 12);
		expect(readCurve(points, 1)).toBe(1);
	});

	it('finds the share of customers reaching a target', () => {
		expect(shareReaching(points, 0.5)).toBeCloseTo(0.25, 12);
		expect(shareReaching(points, 0.8)).toBeCloseTo(0.5 + 0.25 * (0.05 / 0.15), 12);
		expect(shareReaching(points, 0)).toBe(0);
	});
});

describe('presets and the URL', () => {
	it('recognises every preset whatever the currency, and not after a change', () => {
		for (const id of segmentsPresetIds) {
			expect(matchingPreset(presetInputs(id, 'zh'))).toBe(id);
			expect(matchingPreset(presetInputs(id, 'en', 'EUR'))).toBe(id);
			expect(matchingPreset({ ...presetInputs(id, 'en'), seed: 99 })).toBe('');
			expect(matchingPreset({ ...presetInputs(id, 'en'), profitAt: 'custom' })).toBe('');
		}
		expect(presetInputs('nope', 'zh')).toEqual(presetInputs('online-shop', 'zh'));
		expect(presetInputs(undefined, 'zh').currency).toBe('CNY');
	});

	it('round-trips every preset through the share link', () => {
		for (const id of segmentsPresetIds) {
			const inputs = presetInputs(id, 'en');
			const params = encodeScenario(scenarioVersion, segmentsSchema, inputs);
			const decoded = decodeScenario(scenarioVersion, segmentsSchema, params, defaultInputs('USD'));
			expect(decoded).toEqual({ values: inputs, fromLink: true });
		}
	});

	it('offers every preset as a class case that opens in the page’s own currency', () => {
		for (const id of segmentsPresetIds) {
			for (const locale of ['en', 'zh'] as const) {
				const url = new URL(presentLink(locale, 'segments', id)!, 'http://x.test');
				expect(url.searchParams.get('present')).toBe('1');
				const defaults = presetInputs(undefined, locale);
				const decoded = decodeScenario(scenarioVersion, segmentsSchema, url.searchParams, defaults);
				expect(decoded).toEqual({ values: presetInputs(id, locale), fromLink: true });
			}
		}
	});

	it('refuses a tampered link', () => {
		const params = new URLSearchParams('v=1&count=abc&seed=3');
		const decoded = decodeScenario(scenarioVersion, segmentsSchema, params, defaultInputs('USD'));
		expect(decoded.notice).toEqual({ reason: 'invalid', fields: ['count'] });
		expect(decoded.values).toEqual(defaultInputs('USD'));
	});

	it('keeps presets within the model and schema limits', () => {
		for (const id of segmentsPresetIds) {
			const inputs = presetInputs(id, 'en');
			expect(() => sampleBase(inputs)).not.toThrow();
			const specs = Object.entries(segmentsSchema) as [keyof SegmentsInputs, { kind: string }][];
			for (const [key, spec] of specs) {
				const value = inputs[key];
				const limits = segmentsSchema[key];
				if (spec.kind === 'number' && limits.kind === 'number') {
					expect(value).toBeGreaterThanOrEqual(limits.min);
					expect(value).toBeLessThanOrEqual(limits.max);
				}
			}
		}
	});
});

describe('segmentsCompute', () => {
	const inputs = defaultInputs('USD');

	it('keeps the customers while only a line moves, and regenerates for a new sample', () => {
		const compute = segmentsCompute(() => undefined);
		const first = compute(inputs);
		expect(first.source).toEqual({ kind: 'sample', count: 500, seed: 1 });
		const moved = compute({ ...inputs, pressureThreshold: 5, frequencyAt: 'custom' });
		expect(moved.customers).toBe(first.customers);
		expect(moved.rfm).not.toBe(first.rfm);
		const other = compute({ ...inputs, seed: 2 });
		expect(other.customers).not.toBe(first.customers);
		expect(other.source).toEqual({ kind: 'sample', count: 500, seed: 2 });
		// the same as computing from scratch
		const direct = computeSegments(customerStats(sampleBase(inputs).customers), inputs);
		expect(compute(inputs).quadrant).toEqual(direct.quadrant);
	});

	it('shows the reader’s table while there is one', () => {
		let table: readonly CustomerRecord[] | undefined = four;
		const compute = segmentsCompute(() => table);
		expect(compute(inputs).source).toEqual({ kind: 'table', count: 4 });
		expect(compute(inputs).quadrant.assignments).toEqual(['gold', 'comet', 'stream', 'pressure']);
		table = undefined;
		expect(compute(inputs).source.kind).toBe('sample');
	});

	it('refuses sample settings the model refuses, naming the setting', () => {
		const compute = segmentsCompute(() => undefined);
		expect(() => compute({ ...inputs, count: 20_000 })).toThrow(
			expect.objectContaining({ field: 'count' })
		);
	});
});
