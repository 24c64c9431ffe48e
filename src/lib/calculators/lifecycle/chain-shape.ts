/**
 * What a lifecycle chain is on the page (states as the reader edits them, with P) and every rule a
 * chain read from a link must meet; the two text forms of the `chain` field (`chain-full.ts`,
 * `chain-compact.ts`) share the little readers here.
 */
import { ROW_SUM_TOLERANCE } from '$lib/model/lifecycle/chain';
import { lifecyclePresets, type PresetId } from '$lib/model/lifecycle/presets';
import { MAX_MONEY_UI } from './fields';
import { MAX_NAME_LENGTH, MAX_STATES_UI, MIN_STATES } from './limits';

/** A state as the reader edits it. */
export interface DraftState {
	/** Stable id: a preset's (translated by id) or one made up for an added state. */
	id: string;
	name: string;
	/** Money per customer per period. */
	revenue: number;
	cost: number;
	/** A lost (churned) state: time to churn counts periods until one is entered. */
	churned: boolean;
}

export interface Chain {
	states: DraftState[];
	/** P as decimals: transitions[i][j] = chance of moving from state i to j in one period. */
	transitions: number[][];
}

export { MAX_NAME_LENGTH, MAX_STATES_UI, MIN_STATES } from './limits';

const presetIds: readonly string[] = lifecyclePresets.map((p) => p.id);
export const isPresetId = (id: string): id is PresetId => presetIds.includes(id);
export const idPattern = /^[a-z0-9-]{1,24}$/;
const numberPattern = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase();

/** A finite number written as text, or undefined. */
export function readNumber(text: string): number | undefined {
	if (!numberPattern.test(text)) return undefined;
	const value = Number(text);
	return Number.isFinite(value) ? value : undefined;
}

/** Every rule a chain from a link must meet (the page shows what to fix while one is edited). */
export function isValid({ states, transitions }: Chain): boolean {
	if (states.length < MIN_STATES || states.length > MAX_STATES_UI) return false;
	const ids = new Set<string>();
	const names = new Set<string>();
	const money = (x: number) => x >= 0 && x <= MAX_MONEY_UI;
	return states.every((state, i) => {
		const row = transitions[i] ?? [];
		const key = nameKey(state.name);
		const ok =
			idPattern.test(state.id) &&
			!ids.has(state.id) &&
			state.name.trim() !== '' &&
			state.name.length <= MAX_NAME_LENGTH &&
			!names.has(key) &&
			money(state.revenue) &&
			money(state.cost) &&
			row.length === states.length &&
			row.every((p) => p >= 0 && p <= 1) &&
			Math.abs(row.reduce((a, b) => a + b, 0) - 1) <= ROW_SUM_TOLERANCE;
		ids.add(state.id);
		names.add(key);
		return ok;
	});
}
