/**
 * A calculator's labels or hints as plain strings: messages that take the period's name ("Spend
 * per month") are called with it, so the inputs can be rendered from a list of keys.
 */

import type { FieldSpecs } from '$lib/state/fields';

type Message = string | ((arg: string) => string);

/**
 * @example
 * texts({ spend: (unit) => `Spend per ${unit}`, margin: 'Gross margin' }, 'month')
 * //=> { spend: 'Spend per month', margin: 'Gross margin' }
 */
export function texts<K extends string>(
	messages: Readonly<Record<K, Message>>,
	arg: string
): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const key of Object.keys(messages) as K[]) {
		const message = messages[key];
		out[key] = typeof message === 'function' ? message(arg) : (message as string);
	}
	return out;
}

/** The label of an input: its message key is `label` in its declaration, else the input's key. */
export function labelOf(
	fields: FieldSpecs,
	labels: Readonly<Record<string, string>>,
	input: string
): string {
	return labels[fields[input]?.label ?? input] ?? input;
}
