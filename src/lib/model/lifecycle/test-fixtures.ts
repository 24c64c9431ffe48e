/**
 * Shared fixtures for the lifecycle specs (imported by *.spec.ts only): the chains of Pfeifer &
 * Carraway (2000), a Monte-Carlo input on the recency chain, a fast-check generator of random chains, a deep freeze for no-mutation checks
 * and a check that every step's formula evaluates to its value.
 */
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { expect } from 'vitest';
import { evaluate, nodes, type Expr, type Step } from '../expr';
import type { LifecycleChain } from './chain';
import type { MonteCarloInput } from './montecarlo';
import { chainFromPreset, lifecyclePreset } from './presets';

/** Pfeifer & Carraway (2000) recency chain (d = 0.2). */
export const recencyChain = (): LifecycleChain =>
	chainFromPreset(lifecyclePreset('pfeifer-carraway'));

/** A Monte-Carlo run on the recency chain: 10 cohorts of 2,000 over 30 periods, fixed seed. */
export const recencyInput = (overrides: Partial<MonteCarloInput> = {}): MonteCarloInput => ({
	chain: recencyChain(),
	cohort: { cohortSize: 2000, periods: 30, initial: 'recency-1' },
	runs: 10,
	seed: 20_001,
	...overrides
});

/**
 * Two states, active (margin m, retention r) and lost: at d = 0.12 its V(active) is the
 * start-of-period retention CLV.
 */
export const twoStateChain = (
	margin = 100,
	retention = 0.8,
	discountRate = 0.12
): LifecycleChain => ({
	states: [
		{ id: 'active', name: 'Active', revenue: margin, cost: 0 },
		{ id: 'lost', name: 'Lost', revenue: 0, cost: 0, churned: true }
	],
	transitions: [
		[retention, 1 - retention],
		[0, 1]
	],
	discountRate
});

/** The largest absolute number written in a formula (variables and constants). */
const largestMagnitude = (expr: Expr): number =>
	nodes(expr).reduce(
		(most, e) => (e.op === 'var' || e.op === 'const' ? Math.max(most, Math.abs(e.value)) : most),
		0
	);

/** evaluate(step.formula) ≈ step.value, to 1e-9 of the largest number in the formula or result. */
export function expectStepsMatch(steps: readonly Step[]): void {
	for (const step of steps) {
		const scale = Math.max(1, Math.abs(step.value), largestMagnitude(step.formula));
		expect(Math.abs(evaluate(step.formula) - step.value), step.id).toBeLessThanOrEqual(
			1e-9 * scale
		);
	}
}

/** Options of `chainArbitrary`. */
export interface ChainArbitraryOptions {
	readonly minStates?: number;
	readonly maxStates?: number;
	readonly minDiscount?: number;
	readonly maxDiscount?: number;
	/** When true, every state's revenue is at least its cost (R ≥ 0). */
	readonly nonNegativeRewards?: boolean;
}

/** Random valid chains: sparse random rows rescaled to sum to 1, whole-number money. */
export function chainArbitrary(options: ChainArbitraryOptions = {}): fc.Arbitrary<LifecycleChain> {
	const { minStates = 2, maxStates = 6, minDiscount = 0.01, maxDiscount = 1 } = options;
	return fc.integer({ min: minStates, max: maxStates }).chain((size) => {
		const weight = fc.oneof(fc.constant(0), doubleIn(0.01, 1));
		const row = fc.array(weight, { minLength: size, maxLength: size });
		const money = fc.array(
			fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: -200, max: 200 })),
			{
				minLength: size,
				maxLength: size
			}
		);
		// d = 0 exactly, or at least 1e-9 (the smallest positive rate the model accepts)
		const positive = fc.double({ min: Math.max(minDiscount, 1e-9), max: maxDiscount, noNaN: true });
		const discount = minDiscount === 0 ? fc.oneof(fc.constant(0), positive) : positive;
		return fc
			.tuple(fc.array(row, { minLength: size, maxLength: size }), money, discount)
			.map(([rows, amounts, discountRate]): LifecycleChain => ({
				states: amounts.map(([base, delta], i) => ({
					id: `s${i}`,
					name: `State ${i}`,
					revenue: options.nonNegativeRewards ? base + Math.abs(delta) : base,
					cost: options.nonNegativeRewards ? base : base - delta
				})),
				transitions: rows.map((weights, i) => {
					const filled = weights.some((w) => w > 0)
						? weights
						: weights.map((_, j) => (j === i ? 1 : 0));
					const total = filled.reduce((a, b) => a + b, 0);
					return filled.map((w) => w / total);
				}),
				discountRate
			}));
	});
}
