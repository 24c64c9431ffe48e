/**
 * Keeps a calculator's scenario in the page URL: read once after hydration, written back with
 * SvelteKit's `replaceState` (no navigation, no history entry) only when it changes, debounced so a
 * dragged slider does not flood the browser's history API.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- URLs here are built and handed to replaceState at once, never observed */
import { replaceState } from '$app/navigation';
import { decodeQuery, encodeScenario, type Decoded, type Schema } from './codec';

export class UrlScenario<T extends Record<string, string | number>> {
	#timer: ReturnType<typeof setTimeout> | undefined;
	#last = '';

	constructor(
		readonly version: number,
		readonly schema: Schema<T>
	) {}

	/** Reads the scenario in the current address, or the defaults with a notice. */
	read(defaults: T): Decoded<T> {
		return decodeQuery(this.version, this.schema, location.search, defaults);
	}

	/** Writes the scenario to the address bar after a short pause in changes. */
	write(values: T): void {
		const query = encodeScenario(this.version, this.schema, values).toString();
		if (query === this.#last) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#last = query;
			const url = new URL(location.href);
			url.search = query;
			replaceState(url, {});
		}, 200);
	}

	/** Removes the scenario from the address (after a reset). */
	clear(): void {
		clearTimeout(this.#timer);
		this.#last = '';
		const url = new URL(location.href);
		url.search = '';
		replaceState(url, {});
	}
}
