import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MonteCarloInput } from '$lib/model/lifecycle';
import { SimulationRunner } from './montecarlo.svelte';
import type { SimulationPlan } from './simulation';

/** Stand-in for the browser's Worker: records every worker made and what is posted to it. */
class FakeWorker {
	static made: FakeWorker[] = [];
	posted: unknown[] = [];
	onmessage: unknown;
	onerror: unknown;
	constructor() {
		FakeWorker.made.push(this);
	}
	postMessage(message: unknown) {
		this.posted.push(message);
	}
	terminate() {}
}

// The runner passes inputs through to the worker untouched; tagged objects are enough here.
const input = (tag: string) => ({ tag }) as unknown as MonteCarloInput;
const plan = {} as SimulationPlan;

describe('SimulationRunner', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		FakeWorker.made = [];
	});

	it('remembers requests until started, then runs only the latest', () => {
		vi.useFakeTimers();
		vi.stubGlobal('Worker', FakeWorker);
		const runner = new SimulationRunner(10);
		runner.request(input('first'), plan);
		runner.request(input('latest'), plan);
		vi.advanceTimersByTime(100);
		expect(FakeWorker.made).toHaveLength(0);
		expect(runner.status).toBe('idle');

		runner.start();
		runner.start();
		expect(FakeWorker.made).toHaveLength(1);
		expect(runner.status).toBe('waiting');
		vi.advanceTimersByTime(100);
		const runs = FakeWorker.made[0]!.posted.filter((m) => (m as { type: string }).type === 'run');
		expect(runs).toEqual([{ type: 'run', id: 1, input: input('latest') }]);
		expect(runner.status).toBe('running');
	});

	it('says it failed when the browser cannot make a worker', () => {
		vi.stubGlobal('Worker', undefined);
		const runner = new SimulationRunner(10);
		runner.request(input('any'), plan);
		runner.start();
		expect(runner.status).toBe('failed');
	});
});
