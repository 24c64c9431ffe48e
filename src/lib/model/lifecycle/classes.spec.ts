import { describe, expect, it } from 'vitest';
import { classifyStates, statesReaching } from './classes';
import { prepareChain } from './validate';
import { recencyChain } from './test-fixtures';

describe('classifyStates', () => {
	it('finds the absorbing lost state of Pfeifer & Carraway’s chain; states 1–4 are transient', () => {
		const { classes, classOf } = classifyStates(prepareChain(recencyChain()).transitions);
		const closed = classes.filter((c) => c.closed);
		expect(closed).toEqual([{ states: [4], closed: true, period: 1, phase: [0] }]);
		// states 1–4 communicate (all can buy and return to state 1) and form one transient class
		expect(new Set(classOf.slice(0, 4)).size).toBe(1);
		expect(classes[classOf[0]!]!.closed).toBe(false);
	});

	it('computes periods: a 2-cycle, a 3-cycle and an aperiodic loop', () => {
		const twoCycle = classifyStates([
			[0, 1],
			[1, 0]
		]);
		expect(twoCycle.classes).toEqual([{ states: [0, 1], closed: true, period: 2, phase: [0, 1] }]);
		const threeCycle = classifyStates([
			[0, 1, 0],
			[0, 0, 1],
			[1, 0, 0]
		]);
		expect(threeCycle.classes[0]!.period).toBe(3);
		const lazy = classifyStates([
			[0.5, 0.5],
			[1, 0]
		]);
		expect(lazy.classes[0]!.period).toBe(1);
	});

	it('gives cyclic subclasses of a periodic class', () => {
		// a → b or c, b → a, c → a: period 2, subclasses {a} and {b, c}
		const { classes } = classifyStates([
			[0, 0.5, 0.5],
			[1, 0, 0],
			[1, 0, 0]
		]);
		expect(classes[0]).toEqual({ states: [0, 1, 2], closed: true, period: 2, phase: [0, 1, 1] });
	});

	it('finds several closed classes', () => {
		const { classes } = classifyStates([
			[0.2, 0.4, 0.4],
			[0, 1, 0],
			[0, 0, 1]
		]);
		expect(classes.filter((c) => c.closed).map((c) => c.states)).toEqual([[1], [2]]);
	});
});

describe('statesReaching', () => {
	it('follows positive transitions backwards', () => {
		const transitions = [
			[0.5, 0.5, 0],
			[0, 1, 0],
			[0, 0, 1]
		];
		expect(statesReaching(transitions, [1])).toEqual([true, true, false]);
		expect(statesReaching(transitions, [2])).toEqual([false, false, true]);
	});
});
