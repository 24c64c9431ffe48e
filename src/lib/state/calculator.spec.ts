import { describe, expect, it } from 'vitest';
import { ModelInputError } from '$lib/model/errors';
import { CalculatorState, type CalculatorOptions } from './calculator.svelte';
import { defineFields, fieldMapOf, schemaOf, type InputsOf } from './fields';

/** A stand-in calculator: the margin on spend, refused when the margin takes it below zero. */
const fields = defineFields({
	spend: { kind: 'money', min: 0, max: 1e6, model: 'spendPerPeriod' },
	cost: { kind: 'money', min: 0, max: 1e6, model: 'costPerPeriod' }
});
type Inputs = InputsOf<typeof fields>;
const presets = [
	{ id: 'shop', inputs: { spend: 100, cost: 40 } },
	{ id: 'cafe', inputs: { spend: 30, cost: 10 } }
];
function compute({ spend, cost }: Inputs) {
	if (cost > spend) {
		throw new ModelInputError('costPerPeriod', 'max', 'cost above spend', { max: spend });
	}
	return { margin: spend - cost };
}

const state = (more: Partial<CalculatorOptions<Inputs, { margin: number }>> = {}) =>
	new CalculatorState({
		id: 'clv',
		version: 3,
		schema: schemaOf(fields),
		fields: fieldMapOf(fields),
		presets,
		start: () => ({ ...presets[0]!.inputs }),
		compute,
		compact: () => true,
		...more
	});

describe('CalculatorState', () => {
	it('computes the view, and keeps the last valid one with the problem by its input', () => {
		const s = state();
		expect(s.view).toEqual({ margin: 60 });
		s.inputs.cost = 70;
		expect(s.view).toEqual({ margin: 30 });
		s.inputs.cost = 150;
		expect(s.view).toEqual({ margin: 30 });
		expect(s.problem).toMatchObject({ input: 'cost', kind: 'max', max: 100 });
		s.inputs.spend = 200;
		expect(s.view).toEqual({ margin: 50 });
		expect(s.problem).toBeUndefined();
	});

	it('applies presets, knows which one the inputs match, and resets to the start', () => {
		const s = state();
		expect(s.preset).toBe('shop');
		s.applyPreset('cafe');
		expect(s.inputs).toEqual({ spend: 30, cost: 10 });
		expect(s.preset).toBe('cafe');
		s.inputs.spend = 31;
		expect(s.preset).toBe('');
		s.applyPreset('');
		expect(s.inputs.spend).toBe(31);
		s.notice = { reason: 'invalid', fields: ['spend'] };
		s.reset();
		expect(s.inputs).toEqual(presets[0]!.inputs);
		expect(s.notice).toBeUndefined();
	});

	it('keeps the inputs a preset leaves to the reader when applying and matching', () => {
		const s = new CalculatorState({
			id: 'clv',
			version: 3,
			schema: schemaOf(fields),
			fields: fieldMapOf(fields),
			presets,
			presetKeeps: ['cost'],
			start: () => ({ ...presets[0]!.inputs }),
			compute,
			compact: () => true
		});
		s.inputs.cost = 5;
		expect(s.preset).toBe('shop');
		s.applyPreset('cafe');
		expect(s.inputs).toEqual({ spend: 30, cost: 5 });
		expect(s.preset).toBe('cafe');
	});

	it('hands the saved-scenario tools its id, version, schema and summary', () => {
		const summarize = () => ({ metrics: [], series: [] }) as { metrics: []; series: [] };
		const s = state({ summarize });
		expect(s.keep.kind).toMatchObject({ calculator: 'clv', version: 3 });
		expect(s.keep.kind.schema.spend).toEqual({ kind: 'number', min: 0, max: 1e6, integer: false });
		expect(s.keep.summarize).toBe(summarize);
		s.keep.set({ spend: 9, cost: 1 });
		expect(s.keep.get()).toEqual({ spend: 9, cost: 1 });
		expect(state().keep.summarize).toBeUndefined();
	});

	it('makes a saved scenario its own, and recognises presets by their key', () => {
		const s = state({
			// costs are kept in whole units on this page; presets are told apart by spend alone
			adopt: (values) => ({ ...values, cost: Math.round(values.cost) }),
			presetKey: (inputs) => String(inputs.spend)
		});
		s.keep.set({ spend: 30, cost: 12.4 });
		expect(s.inputs).toEqual({ spend: 30, cost: 12 });
		expect(s.preset).toBe('cafe');
		s.inputs.spend = 29;
		expect(s.preset).toBe('');
	});
});
