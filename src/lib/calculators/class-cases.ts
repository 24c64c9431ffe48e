/**
 * Ready-to-present class cases for the Teach page: each calculator's presets as share-link queries,
 * so a link opens the calculator with the case applied, in presentation mode (`present=1`).
 * A calculator adds its presets here; its titles and teaching notes live in messages/<locale>/teach.ts.
 */
import type { Locale } from '$lib/i18n/locales';
import lifecycleEn from '$lib/i18n/messages/en/lifecycle';
import { encodeScenario } from '$lib/state/codec';
import { clvPresetList } from './clv/presets';
import { clvSchema, scenarioVersion } from './clv/scenario';
import { clubPresetList } from './club/presets';
import { clubSchema, scenarioVersion as clubVersion } from './club/scenario';
import { complementPresetList } from './complement/presets';
import { complementSchema, scenarioVersion as complementVersion } from './complement/scenario';
import {
	presetIds as lifecyclePresetIds,
	presetInputs as lifecyclePreset
} from './lifecycle/presets';
import { lifecycleSchema, scenarioVersion as lifecycleVersion, toFlat } from './lifecycle/scenario';
import { pointsPresetList } from './points/presets';
import { pointsSchema, scenarioVersion as pointsVersion } from './points/scenario';
import { presetInputs as referralPreset, referralPresetList } from './referral/presets';
import { referralSchema, scenarioVersion as referralVersion } from './referral/scenario';
import { presetInputs as segmentsPreset, segmentsPresetIds } from './segments/presets';
import { scenarioVersion as segmentsVersion, segmentsSchema } from './segments/scenario';

const queries: Record<string, Record<string, string>> = {
	clv: Object.fromEntries(
		clvPresetList.map((p) => [
			p.id,
			encodeScenario(scenarioVersion, clvSchema, p.inputs).toString()
		])
	),
	// English state names (the page renames a preset's states into its own language), no currency.
	lifecycle: Object.fromEntries(
		lifecyclePresetIds.map((id) => {
			const names = lifecycleEn.stateNames;
			const inputs = lifecyclePreset(id, 'en', (s, p) => names[`${p}:${s}`] ?? names[s] ?? s);
			const query = encodeScenario(lifecycleVersion, lifecycleSchema, toFlat(inputs), {
				omit: ['cur']
			});
			return [id, query.toString()];
		})
	),
	points: Object.fromEntries(
		pointsPresetList.map((p) => [
			p.id,
			encodeScenario(pointsVersion, pointsSchema, p.inputs).toString()
		])
	),
	complement: Object.fromEntries(
		complementPresetList.map((p) => [
			p.id,
			encodeScenario(complementVersion, complementSchema, p.inputs).toString()
		])
	),
	club: Object.fromEntries(
		clubPresetList.map((p) => [p.id, encodeScenario(clubVersion, clubSchema, p.inputs).toString()])
	),
	// Without the currency, so each locale's page shows its own.
	referral: Object.fromEntries(
		referralPresetList.map((id) => {
			const query = encodeScenario(referralVersion, referralSchema, referralPreset(id, 'en'), {
				omit: ['currency']
			});
			return [id, query.toString()];
		})
	),
	segments: Object.fromEntries(
		segmentsPresetIds.map((id) => {
			const query = encodeScenario(segmentsVersion, segmentsSchema, segmentsPreset(id, 'en'), {
				omit: ['currency']
			});
			return [id, query.toString()];
		})
	)
};

/** The address that presents a case, or undefined for an unknown calculator or preset. */
export function presentLink(
	locale: Locale,
	calculator: string,
	preset: string
): string | undefined {
	const query = queries[calculator]?.[preset];
	return query === undefined ? undefined : `/${locale}/calculate/${calculator}/?${query}&present=1`;
}
