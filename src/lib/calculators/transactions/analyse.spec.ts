import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '$lib/import/dates';
import { createAnalyser } from './analyse';
import {
	PROGRESS_TOTAL,
	stageOf,
	type BtydAnalysis,
	type BtydJob,
	type BtydResult
} from './protocol';
import { serveSimulations, type McReply, type WorkerPort } from '$lib/state/mc-protocol';

const cdnow = readFileSync('static/data/cdnow/cdnow-transactions.csv', 'utf8');
const job: BtydJob = {
	source: { key: 'cdnow', text: cdnow },
	unit: 'week',
	calibrationEnd: dayNumber(1997, 9, 30)!,
	clv: { horizon: 52, margin: 0.3, annualDiscount: 0.1 },
	intervals: { customers: Int32Array.of(0, 1, 2356), draws: 50 }
};
const never = () => false;

function analysis(result: BtydResult | undefined): BtydAnalysis {
	if (result?.kind !== 'analysis')
		throw new Error(`expected an analysis, got ${JSON.stringify(result)}`);
	return result;
}

// fits and simulations: a generous limit for a busy machine (not a timing assertion)
describe('analyse (the worker’s job)', { timeout: 60_000 }, () => {
	it('reads the CDNOW log, fits all three models and fills the table', async () => {
		const progress: number[] = [];
		const result = analysis(await createAnalyser()(job, (done) => progress.push(done), never));
		expect(result.source).toBe('log');
		expect(result.customers.ids).toHaveLength(2357);
		if (!('params' in result.fits.bgnbd)) throw new Error('BG/NBD failed');
		expect(result.fits.bgnbd.params.r).toBeCloseTo(0.2426, 4);
		if (!('params' in result.fits.paretoNbd)) throw new Error('Pareto/NBD failed');
		expect(result.fits.paretoNbd.params.s).toBeCloseTo(0.6062, 3);
		if (!('params' in result.fits.gammaGamma)) throw new Error('Gamma-Gamma failed');
		// the log gives unrounded averages (the published summary rounds them to cents)
		expect(Math.abs(result.fits.gammaGamma.params.p / 6.2488 - 1)).toBeLessThan(1e-3);
		expect(result.fits.spendCheck?.independent).toBe(true);
		expect(result.table.clv).toHaveLength(2357);
		const interval = result.table.interval!;
		expect(Array.from(interval.customers)).toEqual([0, 1, 2356]);
		expect(interval.low.every((low, k) => low <= interval.high[k]!)).toBe(true);
		// customer 0 (x = 2, t_x = 30.43, T = 38.86): the point CLV lies inside the range
		expect(interval.low[0]).toBeLessThanOrEqual(result.table.clv![0]!);
		expect(interval.high[0]).toBeGreaterThan(result.table.clv![0]!);
		expect(result.timeline?.holdoutLength).toBeCloseTo(39, 10);
		// tracking: 78 weeks; the models' expected repeat purchases at week 78 near the actual total
		expect(result.validation.bgnbd!.histogram.actual[0]).toBe(1411);
		// customer 1 (index 0) bought on 1997-01-01, 01-18, 08-02 and 12-12
		const { offsets, days } = result.timeline!.purchases;
		expect(Array.from(days.subarray(offsets[0], offsets[1]))).toEqual(
			[
				[1, 1],
				[1, 18],
				[8, 2],
				[12, 12]
			].map(([m, d]) => dayNumber(1997, m!, d!))
		);
		const tracking = result.validation.bgnbd!.tracking!;
		expect(tracking).toHaveLength(78);
		const actual = result.timeline!.weekly.repeat.reduce((t, c) => t + c, 0);
		expect(Math.abs(tracking[77]! - actual) / actual).toBeLessThan(0.1);
		// progress only goes up, through every stage, within 0…total
		expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
		expect(new Set(progress.map(stageOf))).toEqual(
			new Set([
				'read',
				'summarise',
				'bgnbd',
				'pareto-nbd',
				'gamma-gamma',
				'validate',
				'clv',
				'interval'
			])
		);
		expect(Math.max(...progress)).toBeLessThanOrEqual(PROGRESS_TOTAL);
	});

	it('redoes only what a request changes', async () => {
		const analyse = createAnalyser();
		const first = analysis(await analyse({ ...job, intervals: undefined }, () => {}, never));
		// new CLV settings: no reading, no fitting
		const stages: number[] = [];
		const settings = { ...job.clv, horizon: 26 };
		const again = analysis(
			await analyse(
				{ ...job, source: { key: 'cdnow' }, intervals: undefined, clv: settings },
				(done) => stages.push(done),
				never
			)
		);
		expect(again.clv.horizon).toBe(26);
		expect(again.fits).toBe(first.fits);
		expect(new Set(stages.map(stageOf))).toEqual(new Set(['read', 'clv']));
		// intervals for the rows on screen: the same table
		const rows = analysis(
			await analyse({ ...job, source: { key: 'cdnow' }, clv: settings }, () => {}, never)
		);
		expect(rows.table.clv).toBe(again.table.clv);
		expect(rows.table.interval?.customers).toHaveLength(3);
		expect(await analyse({ ...job, source: { key: 'other' } }, () => {}, never)).toEqual({
			kind: 'problem',
			problem: { code: 'source-missing' }
		});
	});

	it('turns bad data into problems with codes', async () => {
		const analyse = createAnalyser();
		const run = (text: string) =>
			analyse({ ...job, source: { key: text, text }, calibrationEnd: undefined }, () => {}, never);
		expect(await run('')).toEqual({ kind: 'problem', problem: { code: 'empty' } });
		expect(await run('customer,date,amount\n')).toEqual({
			kind: 'problem',
			problem: { code: 'header-only' }
		});
		expect(
			await run('customer,date,amount\nA,2024-01-01,5\nA,2024-02-01,6\nA,2024-03-01,7')
		).toEqual({
			kind: 'problem',
			problem: { code: 'too-few-customers', customers: 1 }
		});
		expect(
			await run('customer,date,amount\nA,2024-01-01,5\nB,2024-02-01,6\nC,2024-03-01,7')
		).toEqual({
			kind: 'problem',
			problem: { code: 'only-one-time-buyers', customers: 2 }
		});
		const bytes = await analyse(
			{
				...job,
				source: { key: 'zip', buffer: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]).buffer }
			},
			() => {},
			never
		);
		expect(bytes).toEqual({ kind: 'problem', problem: { code: 'spreadsheet' } });
		// a file's buffer reads like its text, and keeps the job small as JSON
		const buffer = new TextEncoder().encode(cdnow).buffer;
		const fromFile = await analyse(
			{ ...job, source: { key: 'file', buffer }, intervals: undefined },
			() => {},
			never
		);
		expect(analysis(fromFile).customers.ids).toHaveLength(2357);
		expect(JSON.stringify({ source: { key: 'file', buffer } }).length).toBeLessThan(100);
	});

	it('skips spend models without amounts and still fits the purchase models', async () => {
		const text = cdnow
			.replace(/,[\d.]+\n/g, '\n')
			.replace('customer_id,date,cds,amount', 'customer_id,date,cds');
		const result = analysis(
			await createAnalyser()({ ...job, source: { key: 'no-amount', text } }, () => {}, never)
		);
		expect(result.fits.gammaGamma).toEqual({ kind: 'failed', code: 'no-spend' });
		expect(result.table.clv).toBeUndefined();
		expect(result.table.pAlive.bgnbd).toHaveLength(2357);
	});

	it('stops when a newer request arrives', async () => {
		let stop = false;
		const running = createAnalyser()(
			job,
			(done) => (stop = done > 250),
			() => stop
		);
		expect(await running).toBeUndefined();
	});
});

// fits and simulations: a generous limit for a busy machine (not a timing assertion)
describe('serveSimulations with the analyser (the worker’s messages)', { timeout: 60_000 }, () => {
	it('answers with progress and the result, tagged with the job id; a newer id wins', async () => {
		const replies: McReply<BtydResult>[] = [];
		const port: WorkerPort = {
			onmessage: null,
			postMessage: (m) => replies.push(m as McReply<BtydResult>)
		};
		serveSimulations(createAnalyser(), port);
		const send = (data: unknown) => port.onmessage!({ data } as MessageEvent);
		const first = send({ id: 1, job: { ...job, intervals: undefined } });
		send({ id: 2 }); // cancel
		await first;
		expect(replies.some((r) => r.type === 'done')).toBe(false);
		await send({ id: 3, job: { ...job, intervals: undefined } });
		const done = replies.find((r) => r.type === 'done');
		expect(done?.id).toBe(3);
		expect(
			replies.filter((r) => r.type === 'progress').every((r) => r.id === 1 || r.id === 3)
		).toBe(true);
	});
});
