/**
 * Each preset as the lifecycle page starts from it, stored, so that the first screen needs neither
 * the chain's link codec nor the presets' chain data (`chain.ts`, `$lib/model/lifecycle/presets`):
 * those come with the chain model (`model.svelte.ts`, `codec.ts`). What is stored is what the codec
 * and the presets make of each preset (`presetInputs`, `toFlat`, `readChain`); `stored.spec.ts`
 * checks it against them in both languages, so it cannot drift (a change prints the new values).
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/lifecycle';
import zh from '$lib/i18n/messages/zh/lifecycle';
import type { PresetId } from '$lib/model/lifecycle/presets';
import type { Chain } from './chain-shape';
import type { FlatScenario, LifecycleInputs } from './scenario';
import { unpacked } from './scenario-shape';

type Row = [id: string, revenue: number, cost: number, churned: boolean, next: number[]];

interface StoredPreset {
	/** The flat inputs but the currency (the page's) and the chain (the preset's id). */
	flat: Omit<FlatScenario, 'cur' | 'n' | 'chain'>;
	states: Row[];
}

/** The presets in menu order, the default one, and each one's inputs (see the spec). */
export const STORED: Record<PresetId, StoredPreset> = {
	relationship: {
		flat: {
			unit: 'quarter',
			h: 120,
			d: 0.125509,
			s: 0,
			ct: 3,
			cf: 4,
			cto: 1,
			ca: 0.1,
			cc: 15,
			cd: 8
		},
		states: [
			['exploration', 40, 35, false, [0.5, 0.35, 0, 0.15, 0]],
			['formation', 120, 70, false, [0, 0.6, 0.3, 0.1, 0]],
			['stability', 200, 60, false, [0, 0, 0.9, 0.1, 0]],
			['decline', 80, 60, false, [0, 0.05, 0, 0.4, 0.55]],
			['ended', 0, 0, true, [0, 0, 0, 0, 1]]
		]
	},
	telecom: {
		flat: {
			unit: 'month',
			h: 60,
			d: 0.126825,
			s: 0,
			ct: 3,
			cf: 4,
			cto: 2,
			ca: 0.1,
			cc: 20,
			cd: 12
		},
		states: [
			['acquisition', 60, 90, false, [0.3, 0.6, 0, 0, 0.1]],
			['growth', 80, 45, false, [0, 0.6, 0.3, 0.07, 0.03]],
			['maturity', 100, 40, false, [0, 0, 0.93, 0.06, 0.01]],
			['decline', 70, 45, false, [0, 0, 0.15, 0.55, 0.3]],
			['churn', 0, 0, true, [0.03, 0, 0, 0, 0.97]]
		]
	},
	'retail-recency': {
		flat: { unit: 'month', h: 60, d: 0.126825, s: 0, ct: 2, cf: 3, cto: 0, ca: 0.05, cc: 2, cd: 6 },
		states: [
			['active', 120, 80, false, [0.6799999999999999, 0.32000000000000006, 0, 0]],
			['silent', 0, 3, false, [0.25, 0.32142857142857145, 0.42857142857142855, 0]],
			['dormant', 0, 5, false, [0.1, 0, 0.6000000000000001, 0.3]],
			['lost', 0, 1, true, [0.02, 0, 0, 0.98]]
		]
	},
	crm: {
		flat: {
			unit: 'month',
			h: 60,
			d: 0.126825,
			s: 0,
			ct: 2,
			cf: 3,
			cto: 1,
			ca: 0.1,
			cc: 10,
			cd: 12
		},
		states: [
			['new', 60, 40, false, [0.4, 0.25, 0.15, 0.15, 0.05]],
			['loyal', 150, 50, false, [0, 0.85, 0.1, 0.05, 0]],
			['key-follow-up', 100, 60, false, [0, 0.25, 0.45, 0.25, 0.05]],
			['silent', 10, 5, false, [0, 0, 0.1, 0.6, 0.3]],
			['lost', 0, 0, true, [0, 0, 0, 0, 1]]
		]
	},
	'pfeifer-carraway': {
		flat: { unit: 'year', h: 120, d: 0.2, s: 0, ct: 2, cf: 3, cto: 0, ca: 0.05, cc: 2, cd: 5 },
		states: [
			['recency-1', 40, 4, false, [0.3, 0.7, 0, 0, 0]],
			['recency-2', 0, 4, false, [0.2, 0, 0.8, 0, 0]],
			['recency-3', 0, 4, false, [0.15, 0, 0, 0.85, 0]],
			['recency-4', 0, 4, false, [0.05, 0, 0, 0, 0.95]],
			['lost', 0, 0, true, [0, 0, 0, 0, 1]]
		]
	}
};

export const storedPresetIds = Object.keys(STORED) as PresetId[];
export const storedDefault: PresetId = 'retail-recency';

/** What preset `presetId` calls its state `stateId` in `locale` (as `presetStateName`). */
function nameOf(locale: Locale, presetId: string, stateId: string): string {
	const names: Readonly<Record<string, string>> = pick(locale, en, zh).stateNames;
	return names[`${presetId}:${stateId}`] ?? names[stateId] ?? stateId;
}

/** The flat inputs of preset `id` (or the default one) on a page in `locale`. */
export function storedStart(id: string | undefined, locale: Locale): FlatScenario {
	const presetId = id !== undefined && Object.hasOwn(STORED, id) ? (id as PresetId) : storedDefault;
	return {
		...STORED[presetId].flat,
		cur: locale === 'zh' ? 'CNY' : 'USD',
		n: 1000,
		chain: presetId
	} as FlatScenario;
}

/** The chain of a `chain` text that is a preset's id, names in `locale`; else undefined. */
export function storedChain(text: string, locale: Locale): Chain | undefined {
	if (!Object.hasOwn(STORED, text)) return undefined;
	const rows = STORED[text as PresetId].states;
	return {
		states: rows.map(([id, revenue, cost, churned]) => ({
			id,
			name: nameOf(locale, text, id),
			revenue,
			cost,
			churned
		})),
		transitions: rows.map((row) => [...row[4]])
	};
}

/** The inputs of a flat scenario whose chain is a preset's as it stands, else undefined. */
export function storedInputs(flat: FlatScenario, locale: Locale): LifecycleInputs | undefined {
	const chain = storedChain(flat.chain, locale);
	return chain && unpacked(flat, chain);
}
