/**
 * Ready-to-present class cases for the Teach page: each calculator's presets as share-link queries,
 * so a link opens the calculator with the case applied, in presentation mode (`present=1`).
 * A calculator adds its presets here; its titles and teaching notes live in messages/<locale>/teach.ts.
 * A case that an article works through opens exactly as the article states it
 * (`class-cases.articles.spec.ts` checks the numbers).
 */
import type { Locale } from '$lib/i18n/locales';
import { encodeScenario, type Schema } from '$lib/state/codec';
import type { Preset } from '$lib/state/presets';
import type { CalculatorId } from './ids';
import { calculators } from './registry';
import * as clv from './clv/fields';
import { clvPresetList } from './clv/presets';
import * as club from './club/fields';
import { clubPresetList } from './club/presets';
import * as complement from './complement/fields';
import { complementPresetList } from './complement/presets';
import {
	presetIds as lifecyclePresetIds,
	presetInputs as lifecyclePreset
} from './lifecycle/presets';
import { presetStateName } from './lifecycle/names';
import { lifecycleSchema, scenarioVersion as lifecycleVersion, toFlat } from './lifecycle/scenario';
import * as points from './points/fields';
import { pointsPresetList } from './points/presets';
import { presetInputs as referralPreset, referralPresetList } from './referral/presets';
import { schema as referralSchema, scenarioVersion as referralVersion } from './referral/fields';
import { schema as segmentsSchema, scenarioVersion as segmentsVersion } from './segments/fields';
import { presetInputs as segmentsPreset, segmentsPresetIds } from './segments/presets';
import * as subscription from './subscription/fields';
import { subscriptionPresetList } from './subscription/presets';
import * as transactions from './transactions/fields';
import { transactionsPresetList } from './transactions/presets';

/**
 * Where a class case departs from its calculator preset to match the article that teaches it: the
 * textbook customer of "How to calculate CLV" has no end date (350 / 250 / 312.5, not the
 * preset's five-year 284.92).
 */
const clvCaseChanges: Readonly<Record<string, Partial<clv.ClvInputs>>> = {
	'textbook-example': { horizon: 'infinite' }
};

/** Preset id → the query that opens it, for a calculator whose presets are its full inputs. */
const queriesOf = <I extends Record<string, string | number>>(
	scenario: { readonly scenarioVersion: number; readonly schema: Schema<I> },
	list: readonly Preset<I>[],
	changes: Readonly<Record<string, Partial<I>>> = {}
) =>
	Object.fromEntries(
		list.map((p) => [
			p.id,
			encodeScenario(scenario.scenarioVersion, scenario.schema, {
				...p.inputs,
				...changes[p.id]
			}).toString()
		])
	);

const queries: Record<string, Record<string, string>> = {
	clv: queriesOf(clv, clvPresetList, clvCaseChanges),
	// No currency; the chain names only its preset, so its states read in the page's language.
	lifecycle: Object.fromEntries(
		lifecyclePresetIds.map((id) => {
			const inputs = lifecyclePreset(id, 'en', (s, p) => presetStateName('en', p, s));
			const query = encodeScenario(lifecycleVersion, lifecycleSchema, toFlat(inputs, 'en'), {
				omit: ['cur']
			});
			return [id, query.toString()];
		})
	),
	points: queriesOf(points, pointsPresetList),
	complement: queriesOf(complement, complementPresetList),
	club: queriesOf(club, clubPresetList),
	subscription: queriesOf(subscription, subscriptionPresetList),
	transactions: queriesOf(transactions, transactionsPresetList),
	// Without the currency, so each locale's page shows its own.
	referral: Object.fromEntries(
		referralPresetList.map(({ id }) => {
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

/** A class case as the Teach page lists it. */
export interface ClassCase {
	readonly preset: string;
	readonly title: string;
	readonly note: string;
	/** Opens the case in presentation mode; undefined when the preset is unknown. */
	readonly href: string | undefined;
}

type CaseTexts = Readonly<Record<string, { readonly title: string; readonly note: string }>>;

/**
 * The Teach page's class cases, grouped by calculator in the Calculate page's order: each case's
 * title and teaching note (`messages/<locale>/teach.ts`) with the link that presents it.
 */
export function classCaseGroups(
	locale: Locale,
	cases: Readonly<Partial<Record<CalculatorId, CaseTexts>>>
): { readonly id: CalculatorId; readonly cases: readonly ClassCase[] }[] {
	return calculators.flatMap(({ id }) => {
		const texts = cases[id];
		if (!texts) return [];
		return [
			{
				id,
				cases: Object.entries(texts).map(([preset, { title, note }]) => ({
					preset,
					title,
					note,
					href: presentLink(locale, id, preset)
				}))
			}
		];
	});
}
