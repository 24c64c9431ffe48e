/** What an article keeps of a model result: its value and the steps it quotes. */
export interface KeptResult {
	value: number;
	steps: { id: string; value: number; formula?: unknown }[];
}

/**
 * A model result cut down to its value and the named steps (with their formulas), so that only
 * what the article shows is shipped to the browser.
 */
export function keepSteps(
	result: { value: number; steps: readonly { id: string; value: number; formula?: unknown }[] },
	...ids: string[]
): KeptResult {
	const steps = ids.map((id) => {
		const step = result.steps.find((s) => s.id === id);
		if (!step) throw new Error(`no step ${id}`);
		return { ...step };
	});
	return { value: result.value, steps };
}

/**
 * A model result known to have `key` (a finite value, a bounded sum): the article quotes it, so
 * its absence fails the build instead of shipping a blank.
 */
export function having<T extends object, K extends PropertyKey>(
	result: T,
	key: K
): Extract<T, Record<K, unknown>> {
	if (!(key in result)) throw new Error(`the example's result has no ${String(key)}`);
	return result as Extract<T, Record<K, unknown>>;
}
