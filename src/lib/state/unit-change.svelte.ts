/**
 * A calculator's change of time unit, remembered while the reader looks at it: the inputs before
 * and after the conversion, until any input moves on from what the conversion gave, the reader
 * goes back (`keep`) or keeps the new unit (`dismiss`). `UnitChangeNote` shows it.
 */
import type { TimeUnit } from '$lib/model/time';

export class UnitChange<T extends { readonly unit: TimeUnit }> {
	#pair = $state<{ readonly before: T; readonly after: T } | null>(null);

	/**
	 * @param get the calculator's inputs now
	 * @param set replaces them
	 * @param convert re-expresses inputs in another unit (the calculator's `changeUnit`)
	 */
	constructor(
		private readonly get: () => T,
		private readonly set: (inputs: T) => void,
		private readonly convert: (inputs: T, unit: TimeUnit) => T
	) {}

	/** Converts the inputs to `unit` and remembers both sides. */
	switch(unit: TimeUnit): void {
		const before = $state.snapshot(this.get()) as T;
		const after = this.convert(before, unit);
		this.set(after);
		this.#pair = after === before ? null : { before, after };
	}

	/** Both sides while the inputs are still exactly what the conversion gave; else null. */
	get current(): { readonly before: T; readonly after: T } | null {
		const pair = this.#pair;
		if (!pair) return null;
		const now = this.get() as Record<string, unknown>;
		const after = pair.after as Record<string, unknown>;
		return Object.keys(after).every((key) => after[key] === now[key]) ? pair : null;
	}

	/** Back to the inputs as they were before the change. */
	keep(): void {
		if (this.#pair) this.set(this.#pair.before);
		this.#pair = null;
	}

	/** Keeps the new unit and closes the note. */
	dismiss(): void {
		this.#pair = null;
	}
}
