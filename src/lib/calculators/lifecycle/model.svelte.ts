/**
 * The chain model's code (validation, the values by starting state, time to churn, the campaign:
 * `compute.ts`; and the chain's link codec with the presets' chains: `codec.ts`) is not part of the lifecycle page's first load. The prerendered page already shows
 * a preset's results, and the first view draws them without it (`first-view.ts`); the model is
 * fetched when the browser is idle after load, at once for a share link, when the inputs first
 * change to a scenario no preset holds, or with a section below the fold (each section's chunk
 * provides it: `model-ready.ts`), whichever comes first. The server has it from the start (the
 * sections are imported there), so the HTML is the model's.
 */
import type { ChainCodec } from './codec';
import type { computeCampaign, computeLifecycle } from './compute';

export interface ChainModel {
	readonly view: typeof computeLifecycle;
	readonly campaign: typeof computeCampaign;
	/** The chain's link codec (`codec.ts`): a link, a saved scenario or an edit of the chain. */
	readonly codec: ChainCodec;
}

const holder = $state<{ model?: ChainModel }>({});
let loading: Promise<ChainModel> | undefined;
/** Plain (not reactive): called once, when the model is provided. */
let waiting: ((model: ChainModel) => void)[] = [];

export const chainModel = {
	/** The model, once its code is here (reactive: a view computed without it is computed again). */
	get current(): ChainModel | undefined {
		return holder.model;
	},
	/** Called by `model-ready.ts` when its chunk runs, and by `load`. */
	provide(model: ChainModel): void {
		if (holder.model) return;
		holder.model = model;
		const uses = waiting;
		waiting = [];
		for (const use of uses) use(model);
	},
	/**
	 * Runs `use` with the model as soon as it is provided, before anything renders again (a
	 * section mounting as its chunk arrives reads a view filled in here).
	 */
	whenProvided(use: (model: ChainModel) => void): void {
		if (holder.model) use(holder.model);
		else waiting.push(use);
	},
	/** Fetches the model once (again after a failed fetch, e.g. offline before it was cached). */
	load(): Promise<ChainModel> {
		if (holder.model) return Promise.resolve(holder.model);
		// `compute.ts` and `codec.ts` themselves, not `model-ready.ts`: that imports this module, and the build's walk
		// of the module graph (src/lib/i18n/vite-plugin.ts) must not meet an import cycle.
		loading ??= Promise.all([import('./compute'), import('./codec')]).then(
			([{ computeLifecycle, computeCampaign }, { chainCodec }]) => {
				chainModel.provide({
					view: computeLifecycle,
					campaign: computeCampaign,
					codec: chainCodec
				});
				return holder.model!;
			},
			(error: unknown) => {
				loading = undefined;
				throw error;
			}
		);
		return loading;
	}
};
