import { describe, expect, it } from 'vitest';
import { inputsOfPreset, presetMatching, type Preset } from './presets';

const list: readonly Preset<{ spend: number; unit: string }>[] = [
	{ id: 'small', inputs: { spend: 100, unit: 'month' } },
	{ id: 'large', inputs: { spend: 9000, unit: 'year' } }
];

describe('presets', () => {
	it('copies a preset’s inputs, or the fallback’s for an unknown id', () => {
		const inputs = inputsOfPreset(list, 'large', 'small');
		expect(inputs).toEqual({ spend: 9000, unit: 'year' });
		expect(inputs).not.toBe(list[1]!.inputs);
		expect(inputsOfPreset(list, undefined, 'small')).toEqual(list[0]!.inputs);
		expect(inputsOfPreset(list, 'nope', 'large')).toEqual(list[1]!.inputs);
		expect(() => inputsOfPreset(list, 'nope', 'nope')).toThrow();
	});

	it('matches a preset exactly, and none once a value changes', () => {
		expect(presetMatching(list, { spend: 100, unit: 'month' })).toBe('small');
		expect(presetMatching(list, { spend: 101, unit: 'month' })).toBe('');
		// an input the presets leave to the reader does not count
		expect(presetMatching(list, { spend: 9000, unit: 'month' }, ['unit'])).toBe('large');
		expect(presetMatching(list, { spend: 9001, unit: 'year' }, ['unit'])).toBe('');
	});

	it('matches by a key when some inputs do not tell presets apart', () => {
		const spend = (inputs: { spend: number }) => String(inputs.spend);
		expect(presetMatching(list, { spend: 9000, unit: 'month' }, [], spend)).toBe('large');
		expect(presetMatching(list, { spend: 9001, unit: 'year' }, [], spend)).toBe('');
	});
});
