/**
 * The segmentation model as the page uses it (the sample generator, its random numbers, the
 * segments, the Pareto curve, RFM scores, the sample worker): not part of the page's first load.
 * The first screen is drawn from each preset's figures computed beforehand (`first-view.ts`); this
 * chunk is fetched when the browser is idle after load, at once for a share link or an edit, or
 * with any section below the first screen (`model-ready.ts`), and `model.svelte.ts` hands it on.
 */
import type { CustomerRecord } from '$lib/model/segments/customer';
import { segmentsComputeAfterPaint } from './after-paint';
import type { SegmentsView } from './compute';
import type { SegmentsInputs } from './fields';
import { workerSamples } from './sample-worker';

export { membershipRows } from './membership';

/** The page's views (`segmentsComputeAfterPaint`, new samples worked out in a worker). */
export interface PageViews {
	readonly compute: (inputs: SegmentsInputs) => SegmentsView;
	/** Ends the worker (the page is leaving). */
	readonly stop: () => void;
}

/**
 * The views of one calculator on the page: the reader's table while there is one (`table()`),
 * else the generated sample, a new one worked out in a worker and shown after a paint (`ready`
 * is called when it is in; `version` is read on every call, so a reactive caller follows it).
 */
export function pageViews(
	table: () => readonly CustomerRecord[] | undefined,
	options: { readonly version: () => unknown; readonly ready: () => void }
): PageViews {
	const worker =
		typeof Worker === 'function'
			? workerSamples(
					() => new Worker(new URL('./sample.worker.ts', import.meta.url), { type: 'module' })
				)
			: undefined;
	return {
		compute: segmentsComputeAfterPaint(table, { ...options, worker }),
		stop: () => worker?.stop()
	};
}
