import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/lifecycle';
import zh from '$lib/i18n/messages/zh/lifecycle';
import teachEn from '$lib/i18n/messages/en/teach';
import teachZh from '$lib/i18n/messages/zh/teach';
import { decodeScenario } from '$lib/state/codec';
import { presentLink } from '../class-cases';
import { matchingPreset, presetIds, presetInputs, translateNames } from './presets';
import { fromFlat, lifecycleSchema, scenarioVersion, toFlat } from './scenario';

/** State names as the page gives them. */
const namer = (locale: Locale) => (id: string, presetId: string) => {
	const names = pick(locale, en, zh).stateNames;
	return names[`${presetId}:${id}`] ?? names[id] ?? id;
};

describe('lifecycle class cases', () => {
	it('lists every preset, with a title and a note in both languages', () => {
		expect(Object.keys(teachEn.cases.lifecycle!)).toEqual([...presetIds]);
		expect(Object.keys(teachZh.cases.lifecycle!)).toEqual([...presetIds]);
	});

	it('opens each preset, in presentation mode, in the page’s language and currency', () => {
		for (const locale of ['en', 'zh'] as const) {
			const other = locale === 'zh' ? en : zh;
			const mine = pick(locale, en, zh);
			for (const id of presetIds) {
				const url = new URL(presentLink(locale, 'lifecycle', id)!, 'http://x.test');
				expect(url.pathname).toBe(`/${locale}/calculate/lifecycle/`);
				expect(url.searchParams.get('present')).toBe('1');
				// What the page does on load: defaults for missing fields, then its own state names.
				const defaults = toFlat(presetInputs(undefined, locale, namer(locale)), locale);
				const decoded = decodeScenario(
					scenarioVersion,
					lifecycleSchema,
					url.searchParams,
					defaults
				);
				expect(decoded.fromLink).toBe(true);
				const parsed = fromFlat(decoded.values, locale)!;
				const opened = {
					...parsed,
					states: translateNames(parsed.states, other.stateNames, mine.stateNames)
				};
				expect(opened).toEqual(presetInputs(id, locale, namer(locale)));
				expect(matchingPreset(opened, locale)).toBe(id);
			}
		}
	});
});
