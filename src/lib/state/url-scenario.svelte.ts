/**
 * Keeps a calculator's scenario in the page URL: read once after hydration, written back with
 * SvelteKit's `replaceState` (no navigation, no history entry) only when it changes, debounced so a
 * dragged slider does not flood the browser's history API. Given the calculator's presets, the
 * address holds a short link (the preset it starts from and what differs), so that the shared
 * address and its QR code stay small. A scenario a link could not carry (a table being edited that
 * does not add up yet) is not written: the address keeps the last one that can be shared.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- URLs here are built and handed to replaceState at once, never observed */
import { replaceState } from '$app/navigation';
import {
	decodeQuery,
	decodeScenario,
	encodeScenario,
	type Basis,
	type Decoded,
	type Schema
} from './codec';

export class UrlScenario<T extends Record<string, string | number>> {
	#timer: ReturnType<typeof setTimeout> | undefined;
	#last = '';

	constructor(
		readonly version: number,
		readonly schema: Schema<T>,
		readonly presets: readonly Basis<T>[] = [],
		/** For fields that must also fit together (a state index within a packed table). */
		readonly check: (values: T) => boolean = () => true
	) {}

	/** Reads the scenario in the current address, or the defaults with a notice. */
	read(defaults: T): Decoded<T> {
		return this.#checked(
			decodeQuery(this.version, this.schema, location.search, defaults, this.presets),
			defaults
		);
	}

	/** Writes the scenario to the address bar after a short pause in changes. */
	write(values: T): void {
		const params = encodeScenario(this.version, this.schema, values, { presets: this.presets });
		const decoded = decodeScenario(this.version, this.schema, params, values, this.presets);
		if (this.#checked(decoded, values).notice) return;
		const query = params.toString();
		if (query === this.#last) return;
		clearTimeout(this.#timer);
		// The page this scenario belongs to: if the reader follows a link within the pause, the
		// scenario must not land on the next page's address.
		const path = location.pathname;
		this.#timer = setTimeout(() => {
			if (location.pathname !== path) return;
			this.#last = query;
			const url = new URL(location.href);
			url.search = query;
			replaceState(url, {});
		}, 200);
	}

	/** Drops a write still waiting for its pause (the calculator is leaving the page). */
	cancel(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	/** Fields that do not fit together: the defaults, whatever else the link said. */
	#checked(decoded: Decoded<T>, defaults: T): Decoded<T> {
		if (!decoded.fromLink || this.check(decoded.values)) return decoded;
		return { values: defaults, notice: { reason: 'invalid', fields: [] }, fromLink: false };
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
