import { describe, expect, it } from 'vitest';
import { simulateCohort, type MonteCarloProgress } from './montecarlo';
import { runCohortSimulation } from './montecarlo-run';
import { recencyInput } from './test-fixtures';

describe('runCohortSimulation (Web Worker driver)', () => {
	const immediate = () => Promise.resolve();

	it('reports progress after every chunk and returns the same result as simulateCohort', async () => {
		const input = recencyInput({
			runs: 2,
			cohort: { cohortSize: 1000, periods: 10, initial: 'recency-1' }
		});
		const progress: MonteCarloProgress[] = [];
		const outcome = await runCohortSimulation(input, {
			chunkSize: 300,
			onProgress: (p) => progress.push(p),
			yieldControl: immediate
		});
		expect(outcome.kind).toBe('complete');
		if (outcome.kind === 'complete') expect(outcome.result).toEqual(simulateCohort(input));
		expect(progress.map((p) => p.simulatedCustomers)).toEqual([
			300, 600, 900, 1200, 1500, 1800, 2000
		]);
		expect(progress.at(-1)).toEqual({
			simulatedCustomers: 2000,
			totalCustomers: 2000,
			fraction: 1
		});
	});

	it('stops between chunks when shouldStop() says so', async () => {
		let chunks = 0;
		const outcome = await runCohortSimulation(recencyInput(), {
			chunkSize: 1000,
			onProgress: () => chunks++,
			shouldStop: () => chunks >= 2,
			yieldControl: immediate
		});
		expect(outcome).toEqual({
			kind: 'cancelled',
			simulatedCustomers: 2000,
			totalCustomers: 20_000
		});
	});

	it('yields to the event loop between chunks by default, so a cancel message can arrive', async () => {
		let stop = false;
		const pending = runCohortSimulation(recencyInput(), { chunkSize: 500, shouldStop: () => stop });
		setTimeout(() => (stop = true), 0);
		const outcome = await pending;
		expect(outcome.kind).toBe('cancelled');
	});

	it('rejects invalid input before running', async () => {
		await expect(runCohortSimulation(recencyInput({ runs: -1 }))).rejects.toMatchObject({
			field: 'runs'
		});
	});
});
