/**
 * The referral model's code (the projection, the cycle comparison, the levers: `model-code.ts`) is
 * not part of the referral page's first load. The prerendered page already shows a preset's
 * results, and the first view takes them from `first-view.ts`; the model is fetched when the
 * browser is idle after load, when an input first changes to a scenario no preset holds, or with a
 * section below the fold (each section's chunk provides it: `model-ready.ts`), whichever comes
 * first. The server has it from the start (the sections are imported there), so the HTML is the
 * model's.
 */
export type ReferralModel = typeof import('./model-code');

const holder = $state<{ model?: ReferralModel }>({});
let loading: Promise<ReferralModel> | undefined;
/** Plain (not reactive): called once, when the model is provided. */
let waiting: ((model: ReferralModel) => void)[] = [];

export const referralModel = {
	/** The model, once its code is here (reactive: a view computed without it is computed again). */
	get code(): ReferralModel | undefined {
		return holder.model;
	},
	/** Called by `model-ready.ts` when its chunk runs. */
	provide(model: ReferralModel): void {
		if (holder.model) return;
		holder.model = model;
		const uses = waiting;
		waiting = [];
		for (const use of uses) use(model);
	},
	/**
	 * Runs `use` with the model as soon as it is provided, before anything renders again (a
	 * section mounting as its chunk arrives reads a view filled in here, whatever order the
	 * page's derived values are read in).
	 */
	whenProvided(use: (model: ReferralModel) => void): void {
		if (holder.model) use(holder.model);
		else waiting.push(use);
	},
	/** Fetches the model once (again after a failed fetch, e.g. offline before it was cached). */
	load(): Promise<ReferralModel> {
		if (holder.model) return Promise.resolve(holder.model);
		// `model-code.ts` itself, not `model-ready.ts`: that imports this module, and the build's
		// walk of the module graph (src/lib/i18n/vite-plugin.ts) never ends on an import cycle.
		loading ??= import('./model-code').then(
			(model) => {
				referralModel.provide(model);
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
