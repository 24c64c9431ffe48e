import { describe, expect, it } from 'vitest';
import type { Schema } from '$lib/state/codec';
import { startingInputs } from './calculator';
import { readChain } from './chain';
import { chainModel } from './model.svelte';
import { draftOf, lifecyclePage } from './page';
import { defaultPreset, presetIds } from './presets';
import { inputsOf, lifecycleSchema, toFlat, type FlatScenario } from './scenario';
import { STORED, storedChain, storedDefault, storedPresetIds, storedStart } from './stored';

const locales = ['en', 'zh'] as const;

/** The schema's check of the `chain` field. */
function chainCheck(schema: Schema<FlatScenario>): (raw: string) => boolean {
	const spec = schema.chain;
	if (spec.kind !== 'text' || !spec.valid) throw new Error('chain is a checked text field');
	return spec.valid;
}
const cases = presetIds.flatMap((id) => locales.map((locale) => ({ id, locale })));

describe('stored presets', () => {
	it("are the presets' own, in their order (else: paste the printed STORED)", () => {
		const now = Object.fromEntries(
			presetIds.map((id) => {
				const { cur, n, chain, ...flat } = startingInputs(id, 'en');
				const { states, transitions } = inputsOf(startingInputs(id, 'en'), 'en');
				const rows = states.map((s, i) => [s.id, s.revenue, s.cost, s.churned, transitions[i]]);
				expect([cur, n, chain]).toStrictEqual(['USD', 1000, id]);
				return [id, { flat, states: rows }];
			})
		);
		if (JSON.stringify(now) !== JSON.stringify(STORED)) console.log('STORED =', now);
		expect(STORED).toStrictEqual(now);
		expect(storedPresetIds).toStrictEqual(presetIds);
		expect(storedDefault).toBe(defaultPreset);
	});

	it.each(cases)(
		'start preset $id ($locale) as the codec writes and reads it',
		({ id, locale }) => {
			expect(storedStart(id, locale)).toStrictEqual(startingInputs(id, locale));
			expect(storedChain(id, locale)).toStrictEqual(readChain(id, locale));
			expect(draftOf(storedStart(id, locale), locale)).toStrictEqual(
				inputsOf(startingInputs(id, locale), locale)
			);
		}
	);

	it('start the default preset for no id or an unknown one', () => {
		for (const locale of locales) {
			for (const id of [undefined, 'nope', 'constructor', 'toString']) {
				expect(storedStart(id, locale)).toStrictEqual(startingInputs(id, locale));
			}
			expect(storedChain('constructor', locale)).toBeUndefined();
			expect(storedChain('retail-recency*s0_150', locale)).toBeUndefined();
		}
	});
});

describe("the page's calculator", () => {
	it('reads an edited chain, a link and a saved scenario only with the codec, as the full one', async () => {
		const page = lifecyclePage('zh');
		const start = storedStart(undefined, 'zh');
		const edited = inputsOf(start, 'zh');
		edited.transitions[0] = [0.7, 0.3, 0, 0];
		edited.states[1]!.name = 'Silent';
		const values = toFlat(edited, 'en');
		// before the codec: a stored preset reads, anything else is not guessed
		expect(draftOf(start, 'zh').states[0]!.name).toBe('活跃');
		expect(() => draftOf(values, 'zh')).toThrow();
		expect(() => page.check!(values)).toThrow();
		expect(chainModel.current).toBeUndefined();
		await page.linkCode!();
		expect(chainModel.current).toBeDefined();
		const full = (await import('./calculator')).lifecycleCalculator('zh');
		expect(chainCheck(page.schema)(values.chain)).toBe(true);
		expect(chainCheck(page.schema)('retail-recency*p0_.5')).toBe(
			chainCheck(lifecycleSchema)('retail-recency*p0_.5')
		);
		expect(page.check!(values)).toBe(full.check!(values));
		expect(page.adopt!(values)).toStrictEqual(full.adopt!(values));
		// the English preset name is put in Chinese, which is the preset's own: left out
		expect(page.adopt!(values).chain).toBe('retail-recency*p0_.7_.3');
		expect(draftOf(values, 'zh')).toStrictEqual(inputsOf(values, 'zh'));
	});
});
