/**
 * Long loops over data a reader brought in (an imported file, a big stored list) run in chunks,
 * handing the main thread back to the browser between them so typing, scrolling and painting go on.
 */

/** Entries handled between two pauses: a chunk of scenario checks stays well under a frame. */
export const chunkSize = 50;

/** Lets the browser run input and paint before the next chunk (`scheduler.yield` where present). */
export function yieldToBrowser(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Maps `items` in chunks of `size`, awaiting `pause` between chunks (not before the first, so a
 * short list costs no extra task).
 *
 * @example
 * await mapInChunks([1, 2, 3], (x) => x * 2, { size: 2 }) //=> [2, 4, 6] (one pause)
 */
export async function mapInChunks<T, U>(
	items: readonly T[],
	map: (item: T, index: number) => U,
	{ size = chunkSize, pause = yieldToBrowser }: { size?: number; pause?: () => Promise<void> } = {}
): Promise<U[]> {
	const out: U[] = [];
	for (let index = 0; index < items.length; index++) {
		if (index > 0 && index % size === 0) await pause();
		out.push(map(items[index]!, index));
	}
	return out;
}
