/**
 * An island's live props (`Island.svelte`): a calculator hands a section a function that builds
 * them from its state, and the function's values are new objects and arrays on every edit, also
 * when what they hold did not change. Compared by content here, so that such an edit neither puts
 * a sleeping section's HTML out of date nor makes an awake one render again.
 */

function plain(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/**
 * Whether two values hold the same data: primitives by `Object.is`, arrays and plain objects by
 * their contents, anything else (functions, class instances, proxies of other kinds) by identity.
 */
export function sameData(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
	}
	if (plain(a) && plain(b)) {
		const keys = Object.keys(a);
		return (
			keys.length === Object.keys(b).length &&
			keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key]))
		);
	}
	return false;
}

/**
 * Whether props `now` would render differently from `first`: one of them holds other data.
 * Functions (callbacks, snippets) are not compared: a new one does the same thing.
 */
export function replaced(first: Record<string, unknown>, now: Record<string, unknown>): boolean {
	return Object.keys(now).some(
		(key) => typeof now[key] !== 'function' && !sameData(now[key], first[key])
	);
}

/**
 * An object whose props read `current()` each time, so that a component given it follows it; a
 * prop whose data did not change since it was last read is the value read then (the same
 * object), so what the component derives from it is not computed again.
 */
export function following<P extends Record<string, unknown>>(current: () => P, keys: string[]): P {
	const props = {} as P;
	const kept = new Map<string, unknown>();
	// `current()` is one object per change: each prop is compared once per change.
	let seen: P | undefined;
	const checked = new Set<string>();
	for (const key of keys) {
		Object.defineProperty(props, key, {
			enumerable: true,
			get: () => {
				const now = current();
				if (now !== seen) {
					seen = now;
					checked.clear();
				}
				const value = now[key];
				if (checked.has(key)) return kept.get(key);
				checked.add(key);
				if (!kept.has(key) || !sameData(kept.get(key), value)) kept.set(key, value);
				return kept.get(key);
			}
		});
	}
	return props;
}
