import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyStates } from './classes';
import type { LifecycleChain } from './chain';
import { matrixTimesColumn } from './matrix';
import { prepareChain } from './validate';
import { undiscountedValue } from './zero-discount';
import { chainArbitrary, recencyChain } from './test-fixtures';

/** Σ_{t=0..T} P^t R by brute force. */
function partialSum(chain: LifecycleChain, periods: number): number[] {
	const prepared = prepareChain(chain);
	let term = [...prepared.reward];
	const total = [...term];
	for (let t = 1; t <= periods; t++) {
		term = matrixTimesColumn(prepared.transitions, term);
		term.forEach((x, i) => (total[i]! += x));
	}
	return total;
}

const chainOf = (rewards: number[], transitions: number[][]): LifecycleChain => ({
	states: rewards.map((r, i) => ({ id: `s${i}`, name: `S${i}`, revenue: r, cost: 0 })),
	transitions,
	discountRate: 0
});

/** The chain's undiscounted value is finite and equals `expected`, state by state, to `digits`. */
function expectValues(chain: LifecycleChain, expected: readonly number[], digits: number) {
	const result = undiscountedValue(prepareChain(chain));
	expect(result.kind).toBe('finite');
	if (result.kind !== 'finite') return;
	expect(result.values).toHaveLength(expected.length);
	expected.forEach((x, i) => expect(result.values[i]).toBeCloseTo(x, digits));
}

describe('undiscountedValue (d = 0)', () => {
	it('is finite for Pfeifer & Carraway’s chain (lost earns 0) and equals the long partial sum', () => {
		const chain = { ...recencyChain(), discountRate: 0 };
		expectValues(chain, partialSum(chain, 3000), 8);
	});

	it('reports an absorbing state that earns forever', () => {
		const result = undiscountedValue(
			prepareChain(
				chainOf(
					[5, 10, 0],
					[
						[0.5, 0.3, 0.2],
						[0, 1, 0],
						[0, 0, 1]
					]
				)
			)
		);
		expect(result).toEqual({
			kind: 'divergent',
			reason: 'absorbing-state-earns-forever',
			classStates: [1],
			from: [0, 1],
			rewardPerPeriod: 10
		});
	});

	it('reports an absorbing state that costs forever (negative reward)', () => {
		const result = undiscountedValue(
			prepareChain(
				chainOf(
					[5, -1],
					[
						[0.5, 0.5],
						[0, 1]
					]
				)
			)
		);
		expect(result).toMatchObject({
			kind: 'divergent',
			reason: 'absorbing-state-earns-forever',
			rewardPerPeriod: -1
		});
	});

	it('reports a loop of states that keeps earning', () => {
		const result = undiscountedValue(
			prepareChain(
				chainOf(
					[1, 2],
					[
						[0.5, 0.5],
						[0.5, 0.5]
					]
				)
			)
		);
		expect(result).toMatchObject({ kind: 'divergent', reason: 'recurrent-class-earns-forever' });
		if (result.kind === 'divergent') expect(result.rewardPerPeriod).toBeCloseTo(1.5, 12);
	});

	it('reports a periodic class whose cash flows average 0 but never die out', () => {
		const result = undiscountedValue(
			prepareChain(
				chainOf(
					[1, -1],
					[
						[0, 1],
						[1, 0]
					]
				)
			)
		);
		expect(result).toMatchObject({ kind: 'divergent', reason: 'recurrent-class-oscillates' });
	});

	it('sums an aperiodic closed class whose rewards average 0 (the series converges)', () => {
		// closed class {1, 2}: π = (2/3, 1/3), R = (1, −2), π·R = 0
		const chain = chainOf(
			[3, 1, -2],
			[
				[0.2, 0.5, 0.3],
				[0, 0.7, 0.3],
				[0, 0.6, 0.4]
			]
		);
		expectValues(chain, partialSum(chain, 500), 9);
	});

	it('sums a periodic class whose cyclic subclasses each average 0', () => {
		// a → b or c, b → a, c → a; π = (1/2, 1/4, 1/4); R = (0, 1, −1): V = (0, 1, −1)
		const chain = chainOf(
			[0, 1, -1],
			[
				[0, 0.5, 0.5],
				[1, 0, 0],
				[1, 0, 0]
			]
		);
		expectValues(chain, [0, 1, -1], 12);
	});

	it('values states that cannot reach an earning class even when others diverge (reported in `from`)', () => {
		const result = undiscountedValue(
			prepareChain(
				chainOf(
					[1, 7, 0],
					[
						[0, 1, 0],
						[0, 1, 0],
						[0, 0, 1]
					]
				)
			)
		);
		expect(result).toMatchObject({ kind: 'divergent', from: [0, 1] });
	});

	it('property: finite results solve V = R + P·V and vanish on silent closed classes; divergent ones keep growing', () => {
		const arbitrary = fc
			.tuple(chainArbitrary({ maxStates: 5 }), fc.boolean())
			.map(([chain, silence]) => {
				// Half the time, make every closed class earn nothing so the value is finite.
				if (!silence) return { ...chain, discountRate: 0 };
				const { classes } = classifyStates(chain.transitions);
				const closed = new Set(classes.filter((c) => c.closed).flatMap((c) => c.states));
				const states = chain.states.map((s, i) =>
					closed.has(i) ? { ...s, revenue: 0, cost: 0 } : s
				);
				return { ...chain, states, discountRate: 0 };
			});
		fc.assert(
			fc.property(arbitrary, (chain) => {
				const prepared = prepareChain(chain);
				const result = undiscountedValue(prepared);
				if (result.kind === 'finite') {
					const next = matrixTimesColumn(prepared.transitions, result.values);
					const scale = Math.max(1, ...result.values.map(Math.abs));
					result.values.forEach((x, i) =>
						expect(Math.abs(x - prepared.reward[i]! - next[i]!)).toBeLessThan(1e-9 * scale)
					);
					const { classes } = classifyStates(prepared.transitions);
					for (const cls of classes.filter((c) => c.closed)) {
						if (cls.states.every((s) => prepared.reward[s] === 0)) {
							cls.states.forEach((s) => expect(result.values[s]).toBe(0));
						}
					}
				} else {
					// the expected cash flow of a far period does not die out
					const long = partialSum(chain, 4000);
					const longer = partialSum(chain, 4001);
					expect(result.from.some((s) => Math.abs(longer[s]! - long[s]!) > 1e-6)).toBe(true);
					expect(result.from).toEqual(expect.arrayContaining([...result.classStates]));
				}
			}),
			{ numRuns: 60 }
		);
	});
});
