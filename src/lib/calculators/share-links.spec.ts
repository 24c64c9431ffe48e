/**
 * Share links short enough for a QR code: on every calculator built on the kit, a scenario that
 * starts from a preset and changes three inputs makes a link of at most 200 characters (the whole
 * address, site origin included) that opens exactly that scenario, on a page in either language.
 */
import { describe, expect, it } from 'vitest';
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { alwaysWritten, decodeScenario, encodeScenario, type FieldSpec } from '$lib/state/codec';
import { siteOrigin } from '$lib/site';
import { clubCalculator } from './club/calculator';
import { clvCalculator } from './clv/calculator';
import { complementCalculator } from './complement/calculator';
import { pointsCalculator } from './points/calculator';
import { lifecycleCalculator } from './lifecycle/calculator';
import { referralCalculator } from './referral/calculator';

type Inputs = Record<string, string | number>;

const calculators = [
	clvCalculator,
	pointsCalculator,
	complementCalculator,
	clubCalculator,
	referralCalculator
] as unknown as CalculatorDefinition<Inputs, unknown>[];

/** Another valid value for a number field, with three significant digits as a reader types them. */
function changed(value: number, spec: Extract<FieldSpec, { kind: 'number' }>): number {
	if (spec.integer) return value + 1 <= spec.max ? value + 1 : value - 1;
	const candidates = [value * 0.87, value * 1.13, spec.min + (spec.max - spec.min) * 0.37];
	const fits = candidates
		.map((x) => Number(x.toPrecision(3)))
		.find((x) => x !== value && x >= spec.min && x <= spec.max);
	if (fits === undefined) throw new Error(`no other value for ${value}`);
	return fits;
}

/** A preset with its three number inputs of the longest names changed (the longest link). */
function threeChanged(def: CalculatorDefinition<Inputs, unknown>, inputs: Inputs): Inputs {
	const numbers = Object.entries(def.schema)
		.filter(([, spec]) => spec.kind === 'number')
		.sort(([a], [b]) => b.length - a.length)
		.slice(0, 3);
	const values = { ...inputs };
	for (const [key, spec] of numbers)
		values[key] = changed(Number(inputs[key]), spec as Extract<FieldSpec, { kind: 'number' }>);
	return values;
}

const address = (id: string, query: string) => `${siteOrigin}/zh/calculate/${id}/?${query}`;

describe.each(calculators.map((def) => [def.id, def] as const))('%s share links', (id, def) => {
	const encode = (values: Inputs) =>
		encodeScenario(def.version, def.schema, values, { presets: def.presets }).toString();

	it.each(def.presets.map((p) => [p.id, p] as const))(
		'%s with three inputs changed: ≤ 200 characters, opened exactly',
		(_, preset) => {
			const values = threeChanged(def, preset.inputs);
			const query = encode(values);
			expect(address(id, query).length, address(id, query)).toBeLessThanOrEqual(200);
			expect(new URLSearchParams(query).get('p')).toBe(preset.id);
			// Opened on a page whose own start is another preset, or the same one.
			for (const start of [def.presets.at(-1)!, def.presets[0]!]) {
				const decoded = decodeScenario(
					def.version,
					def.schema,
					new URLSearchParams(query),
					start.inputs,
					def.presets
				);
				expect(decoded).toEqual({ values, fromLink: true });
			}
		}
	);

	it('a whole link made before short links still opens exactly', () => {
		const values = threeChanged(def, def.presets[0]!.inputs);
		const whole = encodeScenario(def.version, def.schema, values).toString();
		const decoded = decodeScenario(
			def.version,
			def.schema,
			new URLSearchParams(whole),
			def.presets.at(-1)!.inputs,
			def.presets
		);
		expect(decoded).toEqual({ values, fromLink: true });
	});

	it('no schema field is named like the preset key', () => {
		expect(Object.keys(def.schema)).not.toContain('p');
	});
});

describe('a short link opened in the other language', () => {
	const all = [...calculators, lifecycleCalculator('en')];

	it('carries every currency field even at its preset value (presets are priced per language)', () => {
		for (const def of all)
			for (const [key, spec] of Object.entries(def.schema))
				if (spec.kind === 'enum' && spec.values.includes('CNY'))
					expect(alwaysWritten, `${def.id}.${key}`).toContain(key);
	});

	it('lifecycle: made on the English page, opens the same values on the Chinese one, unflagged', () => {
		const en = lifecycleCalculator('en') as unknown as CalculatorDefinition<Inputs, unknown>;
		const zh = lifecycleCalculator('zh') as unknown as CalculatorDefinition<Inputs, unknown>;
		for (const preset of en.presets) {
			const values = { ...preset.inputs, n: 2500 };
			const query = encodeScenario(en.version, en.schema, values, { presets: en.presets });
			const decoded = decodeScenario(
				zh.version,
				zh.schema,
				query,
				zh.presets[0]!.inputs,
				zh.presets
			);
			expect(decoded, query.toString()).toEqual({ values, fromLink: true });
		}
	});
});
