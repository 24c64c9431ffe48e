/**
 * Drives the Monte-Carlo worker for the page: debounces requests while the reader types, abandons a
 * running job as soon as the inputs change, and exposes progress and the finished band as state.
 */
import { MAX_SAMPLES, type ReferralParams } from '$lib/model/referral';
import {
	MC_SEED,
	bandOf,
	runsFor,
	type McBand,
	type McMessage,
	type McRequest
} from './mc-protocol';

export type McStatus = 'idle' | 'waiting' | 'running' | 'done' | 'error';

export class McRunner {
	status = $state<McStatus>('idle');
	done = $state(0);
	total = $state(0);
	/** The band of the last finished job; `current` says whether it is for the latest inputs. */
	band = $state.raw<McBand | undefined>();
	current = $state(false);
	#key = '';
	#worker: Worker | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#job = 0;
	#active = false;
	#pending: ReferralParams | undefined;

	constructor(
		private readonly createWorker: () => Worker,
		private readonly delay = 250
	) {}

	/**
	 * Lets simulations run. Until then a request is only remembered: the page activates the runner
	 * when the simulated chart comes near the screen, so the worker never competes with the first load.
	 */
	activate(): void {
		if (this.#active) return;
		this.#active = true;
		if (this.#pending) this.request(this.#pending);
		this.#pending = undefined;
	}

	/** Simulates `params` after a short pause; a newer call replaces it. */
	request(params: ReferralParams): void {
		if (!this.#active) {
			this.#pending = params;
			return;
		}
		const key = JSON.stringify(params);
		if (key === this.#key && this.status !== 'error') return;
		this.#key = key;
		clearTimeout(this.#timer);
		const id = ++this.#job;
		if (this.status === 'running') this.#post({ id });
		const runs = runsFor(params.horizon, MAX_SAMPLES);
		this.status = 'waiting';
		this.current = false;
		this.done = 0;
		this.total = runs;
		this.#timer = setTimeout(() => {
			this.status = 'running';
			this.#post({ id, job: { params, seed: MC_SEED, runs } });
		}, this.delay);
	}

	#post(request: McRequest): void {
		this.#worker ??= this.#connect();
		this.#worker.postMessage(request);
	}

	#connect(): Worker {
		const worker = this.createWorker();
		worker.onmessage = (event: MessageEvent<McMessage>) => {
			const message = event.data;
			if (message.id !== this.#job) return;
			if (message.type === 'progress') {
				this.done = message.done;
				this.total = message.total;
			} else if (message.type === 'done') {
				this.band = bandOf(message.summary);
				this.current = true;
				this.status = 'done';
			} else {
				this.status = 'error';
			}
		};
		worker.onerror = () => (this.status = 'error');
		return worker;
	}

	dispose(): void {
		clearTimeout(this.#timer);
		this.#worker?.terminate();
		this.#worker = undefined;
	}
}
