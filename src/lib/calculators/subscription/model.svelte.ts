/**
 * The sBG model's code (the fit, the special functions, the valuation: `compute.ts`) is not part of
 * the subscription page's first load. The prerendered page already shows a preset's results, and
 * the first view takes them from `first-view.ts`; the model is fetched when the browser is idle
 * after load, when an input first changes to a scenario no preset holds, or with a section below
 * the fold (each section's chunk provides it: `model-ready.ts`), whichever comes first. The server
 * has it from the start (the sections are imported there), so the HTML is the model's.
 */
import type { computeSubscription } from './compute';

export type ComputeSubscription = typeof computeSubscription;

const holder = $state<{ compute?: ComputeSubscription }>({});
let loading: Promise<ComputeSubscription> | undefined;
/** Plain (not reactive): called once, when the model is provided. */
let waiting: ((compute: ComputeSubscription) => void)[] = [];

export const sbgModel = {
	/** The model, once its code is here (reactive: a view computed without it is computed again). */
	get compute(): ComputeSubscription | undefined {
		return holder.compute;
	},
	/** Called by `model-ready.ts` when its chunk runs. */
	provide(compute: ComputeSubscription): void {
		if (holder.compute) return;
		holder.compute = compute;
		const uses = waiting;
		waiting = [];
		for (const use of uses) use(compute);
	},
	/**
	 * Runs `use` with the model as soon as it is provided, before anything renders again (a
	 * section mounting as its chunk arrives reads a view filled in here, whatever order the
	 * page's derived values are read in).
	 */
	whenProvided(use: (compute: ComputeSubscription) => void): void {
		if (holder.compute) use(holder.compute);
		else waiting.push(use);
	},
	/** Fetches the model once (again after a failed fetch, e.g. offline before it was cached). */
	load(): Promise<ComputeSubscription> {
		if (holder.compute) return Promise.resolve(holder.compute);
		// `compute.ts` itself, not `model-ready.ts`: that imports this module, and the build's walk
		// of the module graph (src/lib/i18n/vite-plugin.ts) never ends on an import cycle.
		loading ??= import('./compute').then(
			({ computeSubscription }) => {
				sbgModel.provide(computeSubscription);
				return holder.compute!;
			},
			(error: unknown) => {
				loading = undefined;
				throw error;
			}
		);
		return loading;
	}
};
