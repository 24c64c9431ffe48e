/**
 * The compact form of the `chain` field (what the page writes): the preset the chain starts from, then only what differs
 * from it, in characters a URL carries as they are (letters, digits, `-._*`), so a link stays short
 * enough for a QR code. `retail-recency*s0_150*p0_.7_.3` is the retail preset with the first
 * state's revenue at 150 and its row at 70 %, 30 %, the rest as the preset has it. Tokens after the
 * preset id, separated by `*`, in this order:
 * - `x<j>`: the preset's state j left out (its column added to staying put, as removing it does);
 * - `a<id>`: a state added after the preset's (no money, keeps its customers, nobody enters it);
 * - then, state by state, `n<i>_<name>`: its name, when it is not the preset's name in the page's
 *   language (`%` and `*` written `%25`, `%2A`); `s<i>_<revenue>_<cost>_<lost>` and
 *   `p<i>_<p0>_<p1>…`: its money, lost flag (1 or 0) and row, an empty or missing entry meaning
 *   "as the preset".
 *
 * Numbers are written exactly (the shortest text that reads back as the same number), without the
 * 0 before a decimal point. Since a preset state's name is left out, a chain reads in the page's
 * language: the same link shows 活跃 on the Chinese page and Active on the English one.
 */
import type { Locale } from '$lib/i18n/locales';
import { lifecyclePreset, lifecyclePresets, type PresetId } from '$lib/model/lifecycle/presets';
import {
	idPattern,
	isPresetId,
	MAX_STATES_UI,
	readNumber,
	type Chain,
	type DraftState
} from './chain-shape';
import { presetStateName } from './names';

/** `0.25` → `.25`: the shortest exact text, without the 0 before the point. */
const short = (x: number) => String(x).replace(/^(-?)0\./, '$1.');
const escapeCompact = (name: string) => name.replace(/%/g, '%25').replace(/\*/g, '%2A');
const unescapeCompact = (text: string) =>
	text.replace(/%(25|2A)/gi, (code) => decodeURIComponent(code));

/**
 * The chain a compact text starts from: preset `presetId` without the states `removed` (their
 * columns added to staying put), then `added` states that keep their customers; preset states
 * named in `locale`.
 */
function startingChain(
	presetId: PresetId,
	removed: readonly number[],
	added: readonly string[],
	locale: Locale
): Chain {
	const preset = lifecyclePreset(presetId);
	const kept = preset.states.map((_, j) => j).filter((j) => !removed.includes(j));
	const n = kept.length + added.length;
	const states: DraftState[] = [
		...kept.map((j) => {
			const s = preset.states[j]!;
			return {
				id: s.id,
				name: presetStateName(locale, presetId, s.id),
				revenue: s.revenue,
				cost: s.cost,
				churned: s.churned === true
			};
		}),
		...added.map((id) => ({ id, name: '', revenue: 0, cost: 0, churned: false }))
	];
	const transitions = states.map((_, r) => {
		const row: number[] = Array.from({ length: n }, (_, c) =>
			c === r && r >= kept.length ? 1 : 0
		);
		const source = r < kept.length ? preset.transitions[kept[r]!]! : undefined;
		if (source) {
			kept.forEach((j, c) => (row[c] = source[j]!));
			for (const j of removed) row[r] = row[r]! + source[j]!;
		}
		return row;
	});
	return { states, transitions };
}

/** Entries joined by `_`, empty ones standing for "as the preset", trailing ones left off. */
function entries(values: readonly string[]): string {
	const list = [...values];
	while (list.length > 0 && list.at(-1) === '') list.pop();
	return list.join('_');
}

/** The compact form, or undefined when no preset starts the chain (its states in another order). */
export function compactChain(chain: Chain, locale: Locale): string | undefined {
	const { states, transitions } = chain;
	const n = states.length;
	if (transitions.length !== n || transitions.some((row) => row.length !== n)) return undefined;
	let best: { id: PresetId; kept: number[] } | undefined;
	for (const preset of lifecyclePresets) {
		const ids = preset.states.map((s) => s.id);
		const kept: number[] = [];
		for (const state of states) {
			const j = ids.indexOf(state.id);
			if (j <= (kept.at(-1) ?? -1)) break;
			kept.push(j);
		}
		const rest = states.slice(kept.length);
		if (kept.length === 0 || rest.some((s) => ids.includes(s.id) || !idPattern.test(s.id))) {
			continue;
		}
		if (!best || kept.length > best.kept.length) best = { id: preset.id, kept };
	}
	if (!best) return undefined;
	const { id, kept } = best;
	const removed = lifecyclePreset(id)
		.states.map((_, j) => j)
		.filter((j) => !kept.includes(j));
	const added = states.slice(kept.length).map((s) => s.id);
	const start = startingChain(id, removed, added, locale);
	const changed = (x: number, from: number | undefined) => (x === from ? '' : short(x));
	const tokens = [id, ...removed.map((j) => `x${j}`), ...added.map((a) => `a${a}`)];
	states.forEach((state, i) => {
		const from = start.states[i]!;
		if (state.name !== from.name) tokens.push(`n${i}_${escapeCompact(state.name)}`);
		const money = entries([
			changed(state.revenue, from.revenue),
			changed(state.cost, from.cost),
			state.churned === from.churned ? '' : state.churned ? '1' : '0'
		]);
		if (money) tokens.push(`s${i}_${money}`);
		const row = entries(transitions[i]!.map((p, j) => changed(p, start.transitions[i]![j])));
		if (row) tokens.push(`p${i}_${row}`);
	});
	return tokens.join('*');
}

export function parseCompact(text: string, locale: Locale): Chain | undefined {
	const [presetId = '', ...tokens] = text.split('*');
	if (!isPresetId(presetId)) return undefined;
	const preset = lifecyclePreset(presetId);
	const ids = preset.states.map((s) => s.id);
	const removed: number[] = [];
	const added: string[] = [];
	const edits: [kind: string, index: number, rest: string][] = [];
	for (const token of tokens) {
		const body = token.slice(1);
		if (token[0] === 'x' && added.length === 0 && edits.length === 0 && /^\d{1,2}$/.test(body)) {
			const j = Number(body);
			if (j >= ids.length || removed.includes(j)) return undefined;
			removed.push(j);
		} else if (token[0] === 'a' && edits.length === 0 && idPattern.test(body)) {
			if (ids.includes(body) || added.includes(body)) return undefined;
			added.push(body);
		} else {
			const edit = /^([nsp])(\d{1,2})_(.*)$/s.exec(token);
			if (!edit) return undefined;
			edits.push([edit[1]!, Number(edit[2]), edit[3]!]);
		}
	}
	if (ids.length - removed.length + added.length > MAX_STATES_UI) return undefined;
	const chain = startingChain(presetId, removed, added, locale);
	const n = chain.states.length;
	for (const [kind, i, rest] of edits) {
		const state = chain.states[i];
		const row = chain.transitions[i];
		if (!state || !row) return undefined;
		if (kind === 'n') {
			if (/%/.test(rest.replace(/%(25|2A)/gi, ''))) return undefined;
			state.name = unescapeCompact(rest);
			continue;
		}
		const values = rest.split('_');
		if (values.length > (kind === 's' ? 3 : n)) return undefined;
		for (const [j, raw] of values.entries()) {
			if (raw === '') continue;
			if (kind === 's' && j === 2) {
				if (raw !== '0' && raw !== '1') return undefined;
				state.churned = raw === '1';
				continue;
			}
			const value = readNumber(raw);
			if (value === undefined) return undefined;
			if (kind === 'p') row[j] = value;
			else if (j === 0) state.revenue = value;
			else state.cost = value;
		}
	}
	return chain;
}
