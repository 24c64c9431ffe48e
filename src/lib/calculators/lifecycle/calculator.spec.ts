import { beforeAll, describe, expect, it } from 'vitest';
import { LastValid } from '$lib/state/last-valid';
import { presetMatching } from '$lib/state/presets';
import { parseScenarioFile, serializeScenarios } from '$lib/state/scenario-file';
import { lifecycleCalculator, startingInputs } from './calculator';
import { computeLifecycle } from './compute';
import { chainModel } from './model.svelte';
import { presetStateName } from './names';
import { presetIds, presetInputs } from './presets';
import type { Locale } from '$lib/i18n/locales';
import { decodeChain, fullChain } from './chain';
import { inputsOf, toFlat, type LifecycleInputs } from './scenario';
import { twoStates } from './test-fixtures';

const named = (id: string) => presetInputs(id, 'en', (s) => `${s}: 1; 2, 3 % done`);
const calculator = lifecycleCalculator('en');
/** What the kit hands the saved-scenario tools (`CalculatorState.keep.kind`). */
const kind = {
	calculator: calculator.id,
	version: calculator.version,
	schema: calculator.schema,
	check: calculator.check!
};
const names = (flat: { chain: string }, locale: Locale) =>
	decodeChain(flat.chain, locale)!.states.map((s) => s.name);

describe('lifecycle calculator', () => {
	// The page fetches the model once live; before it, `first-view.spec.ts` says what is shown.
	beforeAll(() => chainModel.load());

	it('keeps the last valid view while a row does not add up, and puts a refused rate by its field', () => {
		const memo = new LastValid(calculator.compute, calculator.fields, () =>
			startingInputs(undefined, 'en')
		);
		const good = memo.read(startingInputs('retail-recency', 'en'));
		expect(good.problem).toBeUndefined();
		const broken = presetInputs('retail-recency', 'en', (s) => s);
		broken.transitions[0]![0] = 0.5;
		const kept = memo.read(toFlat(broken, 'en'));
		expect(kept.view).toBe(good.view);
		expect(kept.problem).toMatchObject({ input: '', kind: 'other' });
		const tiny = { ...presetInputs('retail-recency', 'en', (s) => s), discount: 1e-9 };
		expect(memo.read(toFlat(tiny, 'en')).problem).toMatchObject({ input: 'd', kind: 'min' });
		expect(memo.read(toFlat(tiny, 'en')).view).toBe(good.view);
	});

	it('starts from presets named in the page’s language, and knows them whatever the names and currency', () => {
		const zhCalculator = lifecycleCalculator('zh');
		const telecom = zhCalculator.presets.find((p) => p.id === 'telecom')!.inputs;
		expect(telecom.cur).toBe('CNY');
		expect(names(telecom, 'zh')).toContain('获取期');
		const inEnglish = { ...startingInputs('telecom', 'en'), cur: 'EUR' as const };
		expect(presetMatching(zhCalculator.presets, inEnglish, [], zhCalculator.presetKey)).toBe(
			'telecom'
		);
		const changed = { ...telecom, n: telecom.n + 1 };
		expect(presetMatching(zhCalculator.presets, changed, [], zhCalculator.presetKey)).toBe('');
	});

	it('opens a link from the other language with the preset’s state names in this one', () => {
		// A link made before the compact form names every state, here in English.
		const english = presetInputs('telecom', 'en', (s, p) => presetStateName('en', p, s));
		const fromEnglish = {
			...startingInputs('telecom', 'en'),
			chain: fullChain(english.states, english.transitions)
		};
		const adopted = lifecycleCalculator('zh').adopt!(fromEnglish);
		expect(names(adopted, 'zh')).toEqual(names(startingInputs('telecom', 'zh'), 'zh'));
		expect(adopted.chain).toBe(startingInputs('telecom', 'zh').chain);
		// The compact form leaves preset names out: the same link reads in either language.
		expect(startingInputs('telecom', 'en').chain).toBe(startingInputs('telecom', 'zh').chain);
		// names the reader typed stay
		for (const id of presetIds) {
			expect(inputsOf(calculator.adopt!(toFlat(named(id), 'en')), 'en')).toEqual(named(id));
		}
	});

	it('round-trips every preset through a saved file, matrix and names included', () => {
		const scenarios = presetIds.map((id) => ({
			name: id,
			version: kind.version,
			values: toFlat(named(id), 'en'),
			saved: ''
		}));
		const parsed = parseScenarioFile(kind, serializeScenarios(kind, scenarios));
		expect(parsed).toEqual({ ok: true, scenarios });
		for (const id of presetIds) expect(inputsOf(toFlat(named(id), 'en'), 'en')).toEqual(named(id));
	});

	it('round-trips an edited matrix exactly', async () => {
		const edited: LifecycleInputs = {
			...named('retail-recency'),
			unit: 'quarter',
			...twoStates(0.123456789),
			campaign: { target: 0, from: 1, to: 0, amount: 0.01, cost: 1, duration: 3 }
		};
		const values = toFlat(edited, 'en');
		const text = serializeScenarios(kind, [{ name: 'E', version: 1, values, saved: '' }]);
		const parsed = parseScenarioFile(kind, text);
		expect(parsed.ok && parsed.scenarios[0]!.values).toEqual(values);
		const { summarize } = await calculator.summary!();
		expect(summarize!(values, 'en').metrics[0]!.value).toBe(computeLifecycle(edited).cohortValue);
	});

	it('refuses a saved scenario whose fields do not fit together, or a broken matrix', () => {
		const good = toFlat(named('telecom'), 'en');
		const file = (values: object) =>
			serializeScenarios(kind, [
				{ name: 'X', version: 1, values: { ...good, ...values }, saved: '' }
			]);
		const invalid = { ok: false, reason: 'invalid', name: 'X' };
		expect(parseScenarioFile(kind, file({ s: 11 }))).toEqual(invalid);
		expect(parseScenarioFile(kind, file({ cf: good.cto }))).toEqual(invalid);
		const broken = `${good.chain}*p0_.5`;
		expect(parseScenarioFile(kind, file({ chain: broken }))).toEqual(invalid);
		expect(() => calculator.summarize!({ ...good, s: 11 }, 'en')).toThrow();
	});
});
