import { describe, expect, it } from 'vitest';
import { infiniteHorizonValue } from './clv';
import { chainFromPreset, lifecyclePreset, lifecyclePresets, type PresetId } from './presets';
import { prepareChain } from './validate';

const profitOf = (id: PresetId) =>
	Object.fromEntries(lifecyclePreset(id).states.map((s) => [s.id, s.revenue - s.cost]));

const probability = (id: PresetId, from: string, to: string) => {
	const preset = lifecyclePreset(id);
	const ids = preset.states.map((s) => s.id);
	return preset.transitions[ids.indexOf(from)]![ids.indexOf(to)]!;
};

describe('lifecycle presets', () => {
	it('cover every framework of “The customer lifecycle” plus Pfeifer & Carraway', () => {
		expect(lifecyclePresets.map((p) => p.id)).toEqual([
			'relationship',
			'telecom',
			'retail-recency',
			'crm',
			'pfeifer-carraway'
		]);
		expect(lifecyclePreset('telecom').states.map((s) => s.id)).toEqual([
			'acquisition',
			'growth',
			'maturity',
			'decline',
			'churn'
		]);
		expect(lifecyclePreset('retail-recency').states.map((s) => s.id)).toEqual([
			'active',
			'silent',
			'dormant',
			'lost'
		]);
		expect(lifecyclePreset('crm').states.map((s) => s.id)).toEqual([
			'new',
			'loyal',
			'key-follow-up',
			'silent',
			'lost'
		]);
		expect(() => lifecyclePreset('nope' as PresetId)).toThrow(RangeError);
	});

	it.each(lifecyclePresets.map((p) => [p.id, p] as const))(
		'%s is a valid chain with a finite value',
		(_, preset) => {
			const chain = chainFromPreset(preset);
			expect(() => prepareChain(chain)).not.toThrow();
			expect(preset.states.map((s) => s.id)).toContain(preset.initialState);
			expect(preset.states.some((s) => s.churned)).toBe(true);
			expect(infiniteHorizonValue(chain).kind).toBe('finite');
		}
	);

	it('relationship: inverted-U profit, decline reachable from every stage, no skipped stages', () => {
		const profit = profitOf('relationship');
		expect(profit.exploration).toBeLessThan(profit.formation!);
		expect(profit.formation).toBeLessThan(profit.stability!);
		expect(profit.decline).toBeLessThan(profit.stability!);
		for (const stage of ['exploration', 'formation', 'stability']) {
			expect(probability('relationship', stage, 'decline')).toBeGreaterThan(0);
		}
		expect(probability('relationship', 'exploration', 'stability')).toBe(0);
		expect(probability('relationship', 'formation', 'exploration')).toBe(0);
		expect(probability('relationship', 'ended', 'ended')).toBe(1);
	});

	it('telecom: churned customers can be won back', () => {
		expect(probability('telecom', 'churn', 'acquisition')).toBeGreaterThan(0);
		expect(profitOf('telecom').acquisition).toBeLessThan(0);
	});

	it('retail recency: monthly rows from the article’s stage lengths', () => {
		// active lasts 30–45 days ≈ 1.25 months: without a purchase (0.4) customers age with 1/1.25
		expect(probability('retail-recency', 'active', 'silent')).toBeCloseTo(0.4 * 0.8, 15);
		expect(probability('retail-recency', 'active', 'active')).toBeCloseTo(0.6 + 0.4 * 0.2, 15);
		// dormant spans 3–6 months: age 1/3 a month without a purchase (0.9)
		expect(probability('retail-recency', 'dormant', 'lost')).toBeCloseTo(0.9 / 3, 15);
		expect(probability('retail-recency', 'silent', 'dormant')).toBeCloseTo(0.75 / 1.75, 15);
	});

	it('Pfeifer & Carraway: the published recency chain (2000)', () => {
		const chain = prepareChain(chainFromPreset(lifecyclePreset('pfeifer-carraway')));
		expect(chain.reward).toEqual([36, -4, -4, -4, 0]);
		expect(chain.discountRate).toBe(0.2);
		expect(chain.transitions).toEqual([
			[0.3, 0.7, 0, 0, 0],
			[0.2, 0, 0.8, 0, 0],
			[0.15, 0, 0, 0.85, 0],
			[0.05, 0, 0, 0, 0.95],
			[0, 0, 0, 0, 1]
		]);
	});

	it('names states through the UI’s function and hands out fresh arrays', () => {
		const preset = lifecyclePreset('crm');
		const chain = chainFromPreset(preset, (id) => `名称-${id}`);
		expect(chain.states[0]!.name).toBe('名称-new');
		expect(chain.transitions[0]).not.toBe(preset.transitions[0]);
		expect(chainFromPreset(preset).states[0]!.name).toBe('new');
	});
});
