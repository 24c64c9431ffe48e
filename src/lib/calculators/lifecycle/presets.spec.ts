import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en/lifecycle';
import zh from '$lib/i18n/messages/zh/lifecycle';
import { matchingPreset, presetIds, presetInputs, translateNames } from './presets';

const names =
	(messages: typeof en) =>
	(id: string, preset: string): string =>
		messages.stateNames[`${preset}:${id}`] ?? messages.stateNames[id] ?? id;

describe('lifecycle presets', () => {
	it('name every state in both languages', () => {
		for (const id of presetIds) {
			for (const messages of [en, zh]) {
				const inputs = presetInputs(id, 'en', names(messages));
				for (const state of inputs.states) expect(state.name).not.toBe(state.id);
			}
		}
	});

	it('use the telecom name for its decline stage in Chinese', () => {
		const telecom = presetInputs('telecom', 'zh', names(zh));
		expect(telecom.states.find((s) => s.id === 'decline')?.name).toBe('衰退期');
		const relationship = presetInputs('relationship', 'zh', names(zh));
		expect(relationship.states.find((s) => s.id === 'decline')?.name).toBe('退化期');
	});

	it('recognise an unchanged preset whatever the names and currency', () => {
		for (const id of presetIds) {
			expect(matchingPreset(presetInputs(id, 'zh', names(zh)), 'en')).toBe(id);
		}
		const changed = presetInputs('crm', 'en', names(en));
		changed.cohortSize = 999;
		expect(matchingPreset(changed, 'en')).toBe('');
	});

	it('translate preset names but keep names the reader typed', () => {
		const states = presetInputs('telecom', 'en', names(en)).states;
		states[0]!.name = 'Trial';
		const translated = translateNames(states, en.stateNames, zh.stateNames);
		expect(translated.map((s) => s.name)).toEqual(['Trial', '提升期', '成熟期', '衰退期', '离网']);
	});

	it('translate a name two presets share in English by the preset the chain came from', () => {
		for (const [id, decline] of [
			['relationship', '退化期'],
			['telecom', '衰退期']
		] as const) {
			const states = presetInputs(id, 'en', names(en)).states;
			const translated = translateNames(states, en.stateNames, zh.stateNames);
			expect(translated.find((s) => s.id === 'decline')?.name).toBe(decline);
			expect(translateNames(translated, zh.stateNames, en.stateNames)).toEqual(states);
		}
	});
});
