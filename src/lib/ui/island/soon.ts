/**
 * Work that must happen soon after the page hydrates, but not in the same task (issue 20): the
 * first screen's islands that wake at once (`<Island wake="soon">`, a calculator's inputs) each
 * hydrate in a task of their own, so that no single task holds the whole first screen's
 * hydration and the browser can paint and answer the reader between them.
 *
 * Kept apart from `Island.svelte` so that the root layout can wait for it (`settled`) without
 * bringing the island's code into every page.
 */

const queue: (() => void)[] = [];
const waiting: (() => void)[] = [];
/** Work announced (`expect`) whose `run` is not queued yet (its code is still loading). */
let pending = 0;
let scheduled = false;

/** Runs the next piece of queued work, then looks again. */
function next() {
	scheduled = false;
	try {
		queue.shift()?.();
	} finally {
		check();
	}
}

/** Queues a task for the next piece of work or, with none queued nor announced, ends the wait. */
function check() {
	if (queue.length > 0) {
		if (!scheduled) setTimeout(next, 0);
		scheduled = true;
	} else if (pending === 0) for (const done of waiting.splice(0)) done();
}

/**
 * Announces work that will be queued once its code has loaded: `settled` waits for it. Returns
 * the function that queues it (or, called without `run`, withdraws it).
 */
export function expect(): (run?: () => void) => void {
	pending++;
	let done = false;
	return (run) => {
		if (done) return;
		done = true;
		pending--;
		if (run) queue.push(run);
		check();
	};
}

/**
 * Runs `done` once every piece of work announced has run, in a task after this one at the
 * earliest (islands mount after the root layout's own `onMount`: they announce theirs first).
 */
export function settled(done: () => void): void {
	waiting.push(done);
	setTimeout(check, 0);
}
