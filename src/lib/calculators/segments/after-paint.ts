/**
 * The segmentation view for the calculator's page, where a new sample (a step of the
 * customer-count slider, another seed, any sample setting) must not hold up the input's next
 * paint: at 5,000 customers, generating and scoring them takes longer than a frame. The page
 * keeps showing the last sample's customers (with the lines as now set) while the new sample is
 * worked out right after that paint (until then the call returns the very view object it returned
 * before, so nothing on the page is redrawn); then the view is the one `segmentsCompute` gives
 * for the same inputs. Settings the model refuses are still refused at once, and moving a line,
 * the reader's own table and the first view are computed as before, in the same task.
 *
 * On the page the new sample is worked out in a worker (`sample.worker.ts`), so the main thread
 * only checks the settings and, right after a paint, redraws with the sample the worker sent; one
 * sample at a time is in the worker, and the next one sent is the newest asked for (a fast drag
 * shows the samples the worker keeps up with and ends on the last).
 */
import { checkCustomerBase, type CustomerRecord } from '$lib/model/segments';
import {
	computeSegments,
	customerStats,
	sampleKey,
	sampleStats,
	type CustomerStats,
	type SegmentsView
} from './compute';
import { sampleParams, type SegmentsInputs } from './fields';
import { afterPaint, type Schedule } from './follow';
import type { SampleWorker } from './sample-worker';

export { afterPaint, followAfterPaint, type Schedule } from './follow';

/** What of the inputs `computeSegments` reads besides the customers: the three lines. */
const linesKey = (inputs: SegmentsInputs) =>
	JSON.stringify([
		inputs.profitAt,
		inputs.frequencyAt,
		inputs.pressureThreshold,
		inputs.profitThreshold,
		inputs.frequencyThreshold
	]);

/** How many recent samples are kept, so that dragging the slider back is at once. */
export const keptSamples = 4;

export interface AfterPaintOptions {
	/** Read on every call: a reactive caller then recomputes when `ready` says a sample is in. */
	readonly version: () => unknown;
	/** Called when the sample asked for last is ready (or refused): compute again. */
	readonly ready: () => void;
	/** When the new sample is worked out: after the next paint (`afterPaint`) by default. */
	readonly schedule?: Schedule;
	/**
	 * Where new samples are worked out: with a worker, the page's main thread only checks the
	 * settings and, after a paint, shows the sample the worker sent (`schedule` then says when it
	 * is shown). Without one, the sample is worked out on the page in the scheduled task.
	 */
	readonly worker?: SampleWorker;
}

/**
 * `segmentsCompute` for the page: the same views, but a new sample is generated and scored by a
 * scheduled task rather than in the call that asks for it. Until it is ready, the call returns the
 * last sample's view with the inputs' lines; only the newest sample asked for is worked out.
 *
 * @example
 * let version = 0;
 * const compute = segmentsComputeAfterPaint(() => undefined, {
 * 	version: () => version,
 * 	ready: () => version++
 * });
 * compute(inputs).source.count //=> 500 (the first view at once)
 * compute({ ...inputs, count: 550 }).source.count //=> 500, until the next paint; then 550
 */
export function segmentsComputeAfterPaint(
	table: () => readonly CustomerRecord[] | undefined,
	{ version, ready, schedule, worker }: AfterPaintOptions
): (inputs: SegmentsInputs) => SegmentsView {
	// Without frames (prerendering on the server) every sample is worked out at once.
	const later = schedule ?? (typeof requestAnimationFrame === 'function' ? afterPaint : undefined);
	let shown: { key: unknown; stats: CustomerStats } | undefined;
	const recent = new Map<string, CustomerStats>();
	let wanted: { key: string; inputs: SegmentsInputs } | undefined;
	let failed: { key: string; error: unknown } | undefined;
	let queued = false;
	let last: { stats: CustomerStats; lines: string; view: SegmentsView } | undefined;

	/** The view of `stats` with the inputs' lines: the same object while neither changed. */
	const view = (stats: CustomerStats, inputs: SegmentsInputs) => {
		const lines = linesKey(inputs);
		if (last?.stats !== stats || last.lines !== lines) {
			last = { stats, lines, view: computeSegments(stats, inputs) };
		}
		return last.view;
	};

	const remember = (key: string, stats: CustomerStats) => {
		recent.delete(key);
		recent.set(key, stats);
		if (recent.size > keptSamples) recent.delete(recent.keys().next().value!);
	};

	const keep = (key: string, stats: CustomerStats) => {
		remember(key, stats);
		shown = { key, stats };
	};

	/** With a worker: the key of the sample asked for last, and whether one is in the worker. */
	let asked: string | undefined;
	let busy = false;

	/** Works `job` out on the page: its statistics, or the model's error for it. */
	const here = (job: { key: string; inputs: SegmentsInputs }) => {
		try {
			return sampleStats(job.inputs);
		} catch (error) {
			failed = { key: job.key, error };
			return undefined;
		}
	};

	/** Sends the newest sample asked for to the worker, unless one is there already. */
	const send = () => {
		const job = wanted;
		if (busy || !job || !worker || !later) return;
		wanted = undefined;
		busy = true;
		worker(job.inputs, (sent) => {
			busy = false;
			const stats = sent ?? here(job);
			if (wanted?.key === job.key) wanted = undefined;
			send();
			later(() => {
				if (stats) {
					// Shown if the page still waits for a sample (a drag shows the samples it passes);
					// else (the sample asked for is shown, or the reader's table) only kept, so that
					// asking for it again is at once.
					if (asked !== undefined && shown?.key !== asked) keep(job.key, stats);
					else remember(job.key, stats);
				}
				ready();
			});
		});
	};

	const run = () => {
		queued = false;
		const job = wanted;
		wanted = undefined;
		if (!job || shown?.key === job.key) return;
		try {
			keep(job.key, sampleStats(job.inputs));
		} catch (error) {
			failed = { key: job.key, error };
		}
		ready();
	};

	return (inputs) => {
		version();
		const rows = table();
		if (rows) {
			asked = undefined;
			if (shown?.key !== rows) shown = { key: rows, stats: customerStats(rows) };
			return view(shown.stats, inputs);
		}
		const key = sampleKey(inputs);
		asked = key;
		const kept = recent.get(key);
		if (kept) {
			shown = { key, stats: kept };
			wanted = undefined;
		} else if (!shown || !later) {
			keep(key, sampleStats(inputs));
		} else {
			if (failed?.key === key) throw failed.error;
			checkCustomerBase(sampleParams(inputs), inputs.seed);
			if (wanted?.key !== key) wanted = { key, inputs: { ...inputs } };
			if (worker) {
				send();
			} else if (!queued) {
				queued = true;
				later(run);
			}
		}
		return view(shown!.stats, inputs);
	};
}
