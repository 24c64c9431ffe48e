import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { decodeScenario, encodeScenario } from '$lib/state/codec';
import { startingInputs } from './calculator';
import { fullChain } from './chain';
import { presetIds } from './presets';
import {
	fromFlat,
	inputsOf,
	lifecycleSchema,
	periodsIn,
	scenarioVersion,
	toFlat,
	type FlatScenario
} from './scenario';

const defaults = (locale: Locale = 'zh') => inputsOf(startingInputs(undefined, locale), locale);
const decode = (query: string, locale: Locale = 'zh') =>
	decodeScenario(
		scenarioVersion,
		lifecycleSchema,
		new URLSearchParams(query),
		startingInputs(undefined, locale)
	);
const encode = (values: FlatScenario) =>
	encodeScenario(scenarioVersion, lifecycleSchema, values).toString();
/** The address a reader shares (the site's default origin). */
const link = (locale: Locale, query: string) =>
	`https://clvlab.example/${locale}/calculate/lifecycle/?${query}`;

describe('URL scenario', () => {
	it('round-trips the inputs through the query string', () => {
		const inputs = defaults();
		inputs.cohortSize = 2500;
		inputs.states[1]!.name = '「沉默」: 50%; a,b';
		inputs.transitions[0] = [0.5, 0.3, 0.2, 0];
		const decoded = decode(encode(toFlat(inputs, 'zh')));
		expect(decoded.notice).toBeUndefined();
		expect(fromFlat(decoded.values, 'zh')).toEqual(inputs);
	});

	it('shares a preset with a few changes in a link of at most 200 characters, both languages', () => {
		for (const locale of ['en', 'zh'] as const) {
			for (const id of presetIds) {
				const inputs = inputsOf(startingInputs(id, locale), locale);
				inputs.cohortSize = 2500;
				inputs.states[0]!.revenue = 150;
				// 5 points moved from staying to the next state, typed in percent as the page takes them
				const typed = (p: number, points: number) =>
					(Math.round(p * 100 * 1e9) / 1e9 + points) / 100;
				inputs.transitions[0] = inputs.transitions[0]!.map((p, j) =>
					j === 0 ? typed(p, -5) : j === 1 ? typed(p, 5) : p
				);
				inputs.campaign.amount = 0.08;
				const query = encode(toFlat(inputs, locale));
				expect(link(locale, query).length, query).toBeLessThanOrEqual(200);
				const decoded = decode(query, locale);
				expect(decoded.notice).toBeUndefined();
				expect(fromFlat(decoded.values, locale)).toEqual(inputs);
			}
		}
	});

	it('still opens a link made before the compact chain, names as sent', () => {
		const inputs = inputsOf(startingInputs('telecom', 'en'), 'en');
		inputs.transitions[1] = [0, 0.5, 0.4, 0.07, 0.03];
		const old = encode({
			...toFlat(inputs, 'en'),
			chain: fullChain(inputs.states, inputs.transitions)
		});
		expect(link('en', old).length).toBeGreaterThan(400);
		const decoded = decode(old, 'zh');
		expect(decoded.notice).toBeUndefined();
		expect(fromFlat(decoded.values, 'zh')).toEqual(inputs);
	});

	it('falls back with a notice for tampered or outdated links', () => {
		const query = new URLSearchParams(encode(toFlat(defaults(), 'zh')));
		query.set('chain', `${query.get('chain')}*p0_.61`);
		expect(decode(query.toString()).notice).toEqual({ reason: 'invalid', fields: ['chain'] });
		expect(decode('v=0&n=10').notice).toEqual({ reason: 'outdated', version: 0 });
		expect(decode('v=1&h=241').notice).toEqual({ reason: 'invalid', fields: ['h'] });
	});

	it('refuses fields that do not fit the chain', () => {
		const flat: FlatScenario = { ...toFlat(defaults(), 'zh'), s: 7 };
		expect(fromFlat(flat, 'zh')).toBeUndefined();
		expect(fromFlat({ ...toFlat(defaults(), 'zh'), cf: 2, cto: 2 }, 'zh')).toBeUndefined();
	});

	it('counts whole periods in the horizon', () => {
		expect(periodsIn(60, 'month')).toBe(60);
		expect(periodsIn(120, 'quarter')).toBe(40);
		expect(periodsIn(13, 'quarter')).toBe(4);
		expect(periodsIn(5, 'year')).toBe(1);
	});
});
