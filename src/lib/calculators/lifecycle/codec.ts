/**
 * The lifecycle scenario's link codec as the page uses it once its chain model is here (it comes
 * with the model: `model.svelte.ts`): the chain read from and written to the `chain` field, a
 * link's or a saved scenario's check, and its preset names put in the page's language. The first
 * screen reads a preset's chain from what is stored in `stored.ts` instead.
 */
import { locales, otherLocale, type Locale } from '$lib/i18n/locales';
import { decodeChain, encodeChain, readChain } from './chain';
import { stateNamesOf } from './names';
import { translateNames } from './presets';
import { fromFlat, inputsOf, toFlat, type FlatScenario } from './scenario';

/**
 * Inputs from a link or a saved scenario as this page writes them: preset state names still in the
 * other language (a link shared before switching, or made before links left them out) put in this
 * one, and the chain in its compact form.
 */
export function inLanguage(values: FlatScenario, locale: Locale): FlatScenario {
	const chain = readChain(values.chain, locale);
	if (!chain) return { ...values };
	const from = stateNamesOf(otherLocale(locale));
	const states = translateNames(chain.states, from, stateNamesOf(locale));
	return { ...values, chain: encodeChain(states, chain.transitions, locale) };
}

/** A valid chain in either language (the URL schema's check of the `chain` field). */
export const validChain = (raw: string) =>
	locales.some((locale) => decodeChain(raw, locale) !== undefined);

export const chainCodec = { inputsOf, toFlat, fromFlat, inLanguage, validChain };
export type ChainCodec = typeof chainCodec;
