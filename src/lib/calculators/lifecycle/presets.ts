/**
 * The simulator's presets: the model's lifecycle frameworks turned into full inputs, with state
 * names in the page's language, the discount rate restated per year, a horizon and a campaign
 * that fits each story (a win-back offer for declining customers, a points-expiry reminder for
 * dormant ones).
 */
import type { Locale } from '$lib/i18n/locales';
import { lifecyclePreset, lifecyclePresets, type PresetId } from '$lib/model/lifecycle/presets';
import { periodsPerYear } from '$lib/model/time';
import { presetKey } from './scenario-shape';
import { toFlat, type CampaignInputs, type DraftState, type LifecycleInputs } from './scenario';

export const presetIds: readonly PresetId[] = lifecyclePresets.map((p) => p.id);

export const defaultPreset: PresetId = 'retail-recency';

interface Story {
	months: number;
	campaign: {
		target: string;
		from: string;
		to: string;
		amount: number;
		cost: number;
		duration: number;
	};
}

/** Horizon and campaign per preset (illustrative, like the presets' figures). */
const stories: Record<PresetId, Story> = {
	relationship: {
		months: 120,
		campaign: {
			target: 'decline',
			from: 'ended',
			to: 'formation',
			amount: 0.1,
			cost: 15,
			duration: 8
		}
	},
	telecom: {
		months: 60,
		campaign: {
			target: 'decline',
			from: 'churn',
			to: 'maturity',
			amount: 0.1,
			cost: 20,
			duration: 12
		}
	},
	'retail-recency': {
		months: 60,
		campaign: { target: 'dormant', from: 'lost', to: 'active', amount: 0.05, cost: 2, duration: 6 }
	},
	crm: {
		months: 60,
		campaign: {
			target: 'key-follow-up',
			from: 'silent',
			to: 'loyal',
			amount: 0.1,
			cost: 10,
			duration: 12
		}
	},
	'pfeifer-carraway': {
		months: 120,
		campaign: {
			target: 'recency-3',
			from: 'recency-4',
			to: 'recency-1',
			amount: 0.05,
			cost: 2,
			duration: 5
		}
	}
};

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * A preset's inputs, state names given by `nameOf(stateId, presetId)`; an unknown id gives the
 * default preset.
 *
 * @example
 * presetInputs('pfeifer-carraway', 'en', (id) => id).discount //=> 0.2 (per year; periods are years)
 */
export function presetInputs(
	id: string | undefined,
	locale: Locale,
	nameOf: (stateId: string, presetId: PresetId) => string
): LifecycleInputs {
	const presetId = presetIds.includes(id as PresetId) ? (id as PresetId) : defaultPreset;
	const preset = lifecyclePreset(presetId);
	const story = stories[presetId];
	const ids = preset.states.map((s) => s.id);
	const at = (stateId: string) => Math.max(0, ids.indexOf(stateId));
	const campaign: CampaignInputs = {
		target: at(story.campaign.target),
		from: at(story.campaign.from),
		to: at(story.campaign.to),
		amount: story.campaign.amount,
		cost: story.campaign.cost,
		duration: story.campaign.duration
	};
	return {
		unit: preset.periodUnit,
		currency: locale === 'zh' ? 'CNY' : 'USD',
		cohortSize: 1000,
		months: story.months,
		discount: round(Math.pow(1 + preset.discountRate, periodsPerYear[preset.periodUnit]) - 1, 6),
		start: at(preset.initialState),
		states: preset.states.map((s) => ({
			id: s.id,
			name: nameOf(s.id, presetId),
			revenue: s.revenue,
			cost: s.cost,
			churned: s.churned === true
		})),
		transitions: preset.transitions.map((row) => [...row]),
		campaign
	};
}

export { presetKey } from './scenario-shape';

/**
 * The preset the inputs still match (names and currency aside, since those follow the language),
 * or '' once the reader has changed a number.
 */
export function matchingPreset(inputs: LifecycleInputs, locale: Locale): string {
	const mine = presetKey(toFlat(inputs, locale));
	return (
		presetIds.find(
			(id) =>
				presetKey(
					toFlat(
						presetInputs(id, locale, (s) => s),
						locale
					)
				) === mine
		) ?? ''
	);
}

/**
 * Renames states that still carry a preset's name in another language (a shared link opened after
 * switching language) to their name in this one; names the reader typed are left alone.
 *
 * @example
 * translateNames([{ id: 'dormant', name: 'Dormant', … }], en.stateNames, zh.stateNames)[0].name
 * //=> '休眠'
 */
export function translateNames(
	states: readonly DraftState[],
	from: Readonly<Record<string, string>>,
	to: Readonly<Record<string, string>>
): DraftState[] {
	// The preset the chain came from (most state ids in common) decides a name two presets share
	// in one language but not in the other (Decline: 退化期 in one, 衰退期 in telecom).
	const ids = new Set(states.map((s) => s.id));
	const overlap = (p: PresetId) => lifecyclePreset(p).states.filter((s) => ids.has(s.id)).length;
	const owner = presetIds.reduce((best, p) => (overlap(p) > overlap(best) ? p : best));
	const others = presetIds.filter((p) => p !== owner);
	return states.map((state) => {
		const keys = [`${owner}:${state.id}`, state.id, ...others.map((p) => `${p}:${state.id}`)];
		const key = keys.find((k) => from[k] !== undefined && from[k] === state.name && to[k]);
		return key ? { ...state, name: to[key]! } : state;
	});
}
