/**
 * Props for a calculator's below-the-fold sections (islands, src/lib/ui/island/): a sleeping
 * island compares its props by identity, and when one is replaced it wakes and mounts afresh,
 * dropping what the reader was typing into it. Values recomputed from the inputs are new arrays
 * and objects on every edit, also when their content did not change; `keepEqual` hands back the
 * previous value in that case, so a section is woken only when what it shows changed.
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

/** A function that returns its last result instead of `next` while the two hold the same data. */
export function keepEqual<T>(): (next: T) => T {
	let kept: { value: T } | undefined;
	return (next) => {
		if (kept && sameData(kept.value, next)) return kept.value;
		kept = { value: next };
		return next;
	};
}
