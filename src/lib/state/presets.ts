/**
 * A calculator's presets (the class cases it starts from): the inputs of one by id, and which one
 * the current inputs still match, so the preset menu shows "your own numbers" once the reader
 * changes anything.
 */

export interface Preset<I, Id extends string = string> {
	readonly id: Id;
	readonly inputs: I;
}

/**
 * A copy of the inputs of preset `id`, or of `fallback` when there is no such preset.
 *
 * @example
 * inputsOfPreset([{ id: 'a', inputs: { x: 1 } }, { id: 'b', inputs: { x: 2 } }], 'zzz', 'b') //=> { x: 2 }
 */
export function inputsOfPreset<I extends object>(
	list: readonly Preset<I>[],
	id: string | undefined,
	fallback: string
): I {
	const found = list.find((p) => p.id === id) ?? list.find((p) => p.id === fallback);
	if (!found) throw new Error(`no preset ${fallback}`);
	return { ...found.inputs };
}

/**
 * The id of the preset the inputs match exactly, or '' when the reader has changed something.
 * Inputs in `ignore` are the reader's whatever the preset (e.g. a currency presets do not set).
 * Given `key`, a preset matches when it has the inputs' key (what tells presets apart).
 */
export function presetMatching<I extends object>(
	list: readonly Preset<I>[],
	inputs: I,
	ignore: readonly string[] = [],
	key?: (inputs: I) => string
): string {
	if (key) return list.find((p) => key(p.inputs) === key(inputs))?.id ?? '';
	const keys = (Object.keys(inputs) as (keyof I & string)[]).filter((k) => !ignore.includes(k));
	return list.find((p) => keys.every((k) => p.inputs[k] === inputs[k]))?.id ?? '';
}
