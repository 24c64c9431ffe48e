/**
 * The page's side of the Monte-Carlo worker: starts the worker in the browser, restarts the
 * simulation (after a short pause in typing) whenever its input changes, cancels the one in flight,
 * and exposes progress and the last finished result as reactive state.
 */
import type { MonteCarloInput, MonteCarloResult } from '$lib/model/lifecycle';
import type { WorkerRequest } from './montecarlo.worker';
import type { SimulationPlan } from './simulation';

export interface Finished {
	readonly result: MonteCarloResult;
	readonly plan: SimulationPlan;
	readonly seconds: number;
}

type WorkerReply =
	| { type: 'progress'; id: number; fraction: number }
	| { type: 'done'; id: number; result: MonteCarloResult; seconds: number }
	| { type: 'error'; id: number; message: string };

export class SimulationRunner {
	status = $state<'idle' | 'waiting' | 'running' | 'done' | 'failed'>('idle');
	fraction = $state(0);
	finished = $state.raw<Finished | undefined>();
	#worker: Worker | undefined;
	#job = 0;
	#plan: SimulationPlan | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#pending: [MonteCarloInput, SimulationPlan] | undefined;

	constructor(private readonly debounce = 250) {}

	/**
	 * Creates the worker (browser only) and runs the request made before it, if any. The page calls
	 * this when the simulation's section nears the screen, so the worker stays off the first load.
	 */
	start(): void {
		if (this.#worker) return;
		try {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off worker URL, never observed
			this.#worker = new Worker(new URL('./montecarlo.worker.ts', import.meta.url), {
				type: 'module'
			});
			this.#worker.onmessage = (event: MessageEvent<WorkerReply>) => this.#receive(event.data);
			this.#worker.onerror = () => (this.status = 'failed');
		} catch {
			this.status = 'failed';
			return;
		}
		if (this.#pending) this.request(...this.#pending);
		this.#pending = undefined;
	}

	/** Asks for a new simulation; any running one is cancelled. Before `start` it is remembered. */
	request(input: MonteCarloInput, plan: SimulationPlan): void {
		if (!this.#worker) {
			this.#pending = [input, plan];
			return;
		}
		clearTimeout(this.#timer);
		this.#post({ type: 'cancel' });
		this.#job++;
		this.finished = undefined;
		this.fraction = 0;
		this.status = 'waiting';
		const job = this.#job;
		this.#timer = setTimeout(() => {
			this.#plan = plan;
			this.status = 'running';
			this.#post({ type: 'run', id: job, input });
		}, this.debounce);
	}

	destroy(): void {
		clearTimeout(this.#timer);
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	#post(message: WorkerRequest): void {
		this.#worker?.postMessage(message);
	}

	#receive(reply: WorkerReply): void {
		if (reply.id !== this.#job) return;
		if (reply.type === 'progress') this.fraction = reply.fraction;
		else if (reply.type === 'done') {
			this.finished = { result: reply.result, plan: this.#plan!, seconds: reply.seconds };
			this.fraction = 1;
			this.status = 'done';
		} else this.status = 'failed';
	}
}
