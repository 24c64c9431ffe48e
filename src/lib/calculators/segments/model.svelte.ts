/**
 * The segmentation model's code (`engine.ts`) is not part of the segments page's first load. The
 * prerendered page already shows a preset's results, and the first view takes them from
 * `first-view.ts`; the model is fetched when the browser is idle after load, when an input first
 * changes to settings no preset holds, with a section below the first screen (each section's chunk
 * provides it: `model-ready.ts`) or the membership download, whichever comes first. The server has
 * it from the start (the sections are imported there), so the HTML is the model's.
 */
export type SegmentsEngine = typeof import('./engine');

const holder = $state<{ engine?: SegmentsEngine }>({});
let loading: Promise<SegmentsEngine> | undefined;
/** Plain (not reactive): called once, when the model is provided. */
let waiting: ((engine: SegmentsEngine) => void)[] = [];

export const segmentsModel = {
	/** The model, once its code is here (reactive: a view computed without it is computed again). */
	get engine(): SegmentsEngine | undefined {
		return holder.engine;
	},
	/** Called by `model-ready.ts` when its chunk runs. */
	provide(engine: SegmentsEngine): void {
		if (holder.engine) return;
		holder.engine = engine;
		const uses = waiting;
		waiting = [];
		for (const use of uses) use(engine);
	},
	/**
	 * Runs `use` with the model as soon as it is provided, before anything renders again (a
	 * section mounting as its chunk arrives reads a view filled in here).
	 */
	whenProvided(use: (engine: SegmentsEngine) => void): void {
		if (holder.engine) use(holder.engine);
		else waiting.push(use);
	},
	/** Fetches the model once (again after a failed fetch, e.g. offline before it was cached). */
	load(): Promise<SegmentsEngine> {
		if (holder.engine) return Promise.resolve(holder.engine);
		// `engine.ts` itself, not `model-ready.ts`: that imports this module, and the build's walk
		// of the module graph (src/lib/i18n/vite-plugin.ts) must not meet an import cycle.
		loading ??= import('./engine').then(
			(engine) => {
				segmentsModel.provide(engine);
				return holder.engine!;
			},
			(error: unknown) => {
				loading = undefined;
				throw error;
			}
		);
		return loading;
	}
};
