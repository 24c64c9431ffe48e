/**
 * What a section below the fold shows: the latest result while the section is on screen or close
 * to it, and while it is far away the latest result one frame later. An edit of a large table then
 * redraws what the reader sees (the heat map, the headline, charts in view) in the next frame, and
 * the long sections out of view (the arithmetic, the table by cohort) just after it.
 */
import { untrack } from 'svelte';

export class Lagging<T> {
	/** Whether the section is near the viewport, when no `near` is given: bind its `Part`'s here. */
	near = $state(false);
	#later: T = $state.raw() as T;
	readonly #latest: () => T;
	readonly #near: () => boolean;

	/**
	 * @param latest the value to show
	 * @param near whether the section is near the viewport (then `current` is `latest()` at once);
	 *   `() => false` for what always follows one frame later (a chart: its redraw would hold back
	 *   the frame that shows the edit); by default the `near` field, which a section binds its
	 *   `Part`'s to (`<Part bind:near={lag.near}>`)
	 */
	constructor(latest: () => T, near: () => boolean = () => this.near) {
		this.#latest = latest;
		this.#near = near;
		this.#later = untrack(latest);
		$effect(() => {
			const value = latest();
			if (near()) {
				// kept in step, so that moving away from the section shows no older value
				this.#later = value;
				return;
			}
			let timer: ReturnType<typeof setTimeout> | undefined;
			// after the next frame has been drawn
			const frame = requestAnimationFrame(() => {
				timer = setTimeout(() => (this.#later = value), 0);
			});
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		});
	}

	get current(): T {
		return this.#near() ? this.#latest() : this.#later;
	}
}
