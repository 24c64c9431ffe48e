import { describe, expect, it } from 'vitest';
import { checkInputs } from './compute';
import { balancedRow, freshName, withStateAdded, withStateRemoved } from './edit';
import { presetInputs } from './presets';
import { MAX_STATES_UI } from './scenario';

const retail = () => presetInputs('retail-recency', 'en', (id) => id);

describe('chain edits', () => {
	it('adds a state nobody enters yet, keeping every row at 100%', () => {
		const next = withStateAdded(retail(), 'Stage 5');
		expect(next.states).toHaveLength(5);
		expect(next.states[4]).toEqual({
			id: 's5',
			name: 'Stage 5',
			revenue: 0,
			cost: 0,
			churned: false
		});
		expect(next.transitions.map((row) => row[4])).toEqual([0, 0, 0, 0, 1]);
		expect(checkInputs(next).ok).toBe(true);
	});

	it('names an added state with a number no state uses yet, whatever the case', () => {
		const states = retail().states;
		expect(freshName(states, (k) => `Stage ${k}`)).toBe('Stage 5');
		states[0]!.name = 'stage 5';
		states[1]!.name = 'STAGE 6';
		expect(freshName(states, (k) => `Stage ${k}`)).toBe('Stage 7');
	});

	it('stops at 12 states', () => {
		let inputs = retail();
		for (let k = 0; k < 20; k++) inputs = withStateAdded(inputs, `S${k}`);
		expect(inputs.states).toHaveLength(MAX_STATES_UI);
		expect(checkInputs(inputs).ok).toBe(true);
	});

	it('removes a state, moving its column onto staying put and fixing indices', () => {
		const inputs = retail(); // campaign: dormant (2), lost (3) → active (0)
		const next = withStateRemoved(inputs, 3);
		expect(next.states.map((s) => s.id)).toEqual(['active', 'silent', 'dormant']);
		expect(checkInputs(next).ok).toBe(true);
		// dormant kept its 0.3 to lost as staying dormant: 0.6 + 0.3
		expect(next.transitions[2]![2]).toBeCloseTo(0.9, 12);
		expect(next.campaign).toMatchObject({ target: 2, from: 0, to: 1 });
		const first = withStateRemoved(inputs, 0);
		expect(first.start).toBe(0);
		expect(first.campaign).toMatchObject({ target: 1, to: 0 });
		expect(first.campaign.from).not.toBe(first.campaign.to);
	});

	it('never goes below two states', () => {
		let inputs = retail();
		for (let k = 0; k < 5; k++) inputs = withStateRemoved(inputs, 0);
		expect(inputs.states).toHaveLength(2);
		expect(checkInputs(inputs).ok).toBe(true);
	});

	it('balances a row on its own state when it can', () => {
		expect(balancedRow([0.5, 0.2, 0.2], 0)).toEqual([0.6, 0.2, 0.2]);
		expect(balancedRow([0.1, 0.6, 0.6], 0)).toBeUndefined();
		expect(balancedRow([0.5, -0.2, 0.2], 0)).toBeUndefined();
	});
});
