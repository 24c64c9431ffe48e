/**
 * The lifecycle chain (states with their names, money and transition probabilities) as the text
 * of one share-link field, `chain`, with its own strict validator: a link either restores exactly
 * a valid chain or is refused. Two forms:
 *
 * - **compact** (`chain-compact.ts`, what the page writes): the preset the chain starts from, then
 *   only what differs from it, in characters a URL carries as they are, so a link stays short
 *   enough for a QR code; a preset state's name is left out, so the chain reads in the page's
 *   language;
 * - **full** (`chain-full.ts`, version 1): every state and probability written out, for links made
 *   before the compact form and for chains no preset starts.
 */
import type { Locale } from '$lib/i18n/locales';
import { compactChain, parseCompact } from './chain-compact';
import { fullChain, parseFull } from './chain-full';
import { isPresetId, isValid, type Chain, type DraftState } from './chain-shape';

export { fullChain } from './chain-full';
export {
	MAX_NAME_LENGTH,
	MAX_STATES_UI,
	MIN_STATES,
	type Chain,
	type DraftState
} from './chain-shape';

/**
 * Packs states and P into the `chain` field: the compact form, or the full one for a chain no
 * preset starts. Preset states' names are left out when they are the preset's in `locale`.
 *
 * @example
 * encodeChain(retailPreset.states, rows, 'en') //=> 'retail-recency*s0_150*p0_.7_.3'
 */
export function encodeChain(
	states: readonly DraftState[],
	transitions: readonly (readonly number[])[],
	locale: Locale
): string {
	const chain = { states: [...states], transitions: transitions.map((row) => [...row]) };
	return compactChain(chain, locale) ?? fullChain(states, transitions);
}

/**
 * Reads the `chain` field as the reader left it (rows need not add up yet, names may be empty or
 * repeated: the page says what to fix), preset names in `locale`. Undefined only for text that is
 * not a packed chain.
 */
export function readChain(text: string, locale: Locale): Chain | undefined {
	return isPresetId(text.split('*', 1)[0] ?? '') ? parseCompact(text, locale) : parseFull(text);
}

/**
 * Reads the `chain` field, or undefined unless it is a complete, valid chain: 2–12 states with
 * unique ids, non-empty unique names, money within limits, and rows of probabilities (0–1)
 * summing to 1.
 *
 * @example
 * decodeChain('a:Active:100:0:0:0.8,0.2;b:Lost:0:0:1:0,1', 'en')?.transitions //=> [[0.8, 0.2], [0, 1]]
 */
export function decodeChain(text: string, locale: Locale): Chain | undefined {
	const chain = readChain(text, locale);
	return chain && isValid(chain) ? chain : undefined;
}
