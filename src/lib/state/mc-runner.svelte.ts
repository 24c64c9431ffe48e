/**
 * The page's side of a Monte-Carlo simulation in a Web Worker (the worker's side is
 * `serveSimulations` in `./mc-protocol`). It waits until `start()` — the page calls it when the
 * simulation's report nears the screen (`whenNear`), so no worker competes with the first load —
 * then runs the latest request after a short pause in typing, abandons the one in flight when a new
 * one comes, and exposes the progress and the finished result as reactive state.
 *
 * @example
 * const runner = new McRunner<Job, Result>(
 *   () => new Worker(new URL('./my.worker.ts', import.meta.url), { type: 'module' })
 * );
 * runner.request(job); // remembered until…
 * runner.start(); // …the report nears the screen
 */
import type { McReply, McRequest } from './mc-protocol';

export type McStatus = 'idle' | 'waiting' | 'running' | 'done' | 'error';

/** A finished simulation: the job it ran, its result and how long it took in the worker. */
export interface McFinished<Job, Result> {
	readonly job: Job;
	readonly result: Result;
	readonly seconds: number;
}

export interface McRunnerOptions<Job> {
	/** Pause after the last request before the worker starts, in ms (typing stays quick). */
	readonly delay?: number;
	/** The progress total of a job before the worker's first report (0 if omitted). */
	readonly size?: (job: Job) => number;
}

export class McRunner<Job, Result> {
	status = $state<McStatus>('idle');
	/** Progress of the latest job: `done` of `total` (the simulation's own units). */
	done = $state(0);
	total = $state(0);
	/** The finished simulation of the latest request; `undefined` while that one is still to come. */
	finished = $state.raw<McFinished<Job, Result> | undefined>();
	#worker: Worker | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#id = 0;
	#key = '';
	#job: Job | undefined;
	#started = false;
	#pending: Job | undefined;
	readonly #createWorker: () => Worker;
	readonly #delay: number;
	readonly #size: (job: Job) => number;

	constructor(
		createWorker: () => Worker,
		{ delay = 250, size = () => 0 }: McRunnerOptions<Job> = {}
	) {
		this.#createWorker = createWorker;
		this.#delay = delay;
		this.#size = size;
	}

	/** `done / total`, 0 … 1. */
	get fraction(): number {
		return this.total > 0 ? Math.min(1, this.done / this.total) : 0;
	}

	/** Lets simulations run, beginning with the request made before, if any. Idempotent. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		const pending = this.#pending;
		this.#pending = undefined;
		if (pending !== undefined) this.request(pending);
	}

	/**
	 * Simulates `job` after a short pause; a newer request replaces it and stops it in the worker.
	 * Asking again for the job already shown (or running) does nothing, unless it failed.
	 */
	request(job: Job): void {
		if (!this.#started) {
			this.#pending = job;
			return;
		}
		const key = JSON.stringify(job);
		if (key === this.#key && this.status !== 'error') return;
		this.#key = key;
		clearTimeout(this.#timer);
		const id = ++this.#id;
		if (this.status === 'running') this.#post({ id });
		this.status = 'waiting';
		this.finished = undefined;
		this.done = 0;
		this.total = this.#size(job);
		this.#timer = setTimeout(() => {
			this.#job = job;
			this.status = 'running';
			this.#post({ id, job });
		}, this.#delay);
	}

	/**
	 * Stops the job in flight (or about to start) at the worker's next pause, and forgets it: the
	 * status returns to 'idle', and asking for the same job again runs it again.
	 */
	cancel(): void {
		clearTimeout(this.#timer);
		this.#pending = undefined;
		this.#key = '';
		if (this.status === 'running' || this.status === 'waiting') {
			const id = ++this.#id;
			if (this.status === 'running') this.#post({ id });
			this.status = 'idle';
			this.done = 0;
			this.total = 0;
		}
	}

	/** Stops the worker (the page is leaving). */
	destroy(): void {
		clearTimeout(this.#timer);
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	#post(request: McRequest<Job>): void {
		try {
			this.#worker ??= this.#connect();
			this.#worker.postMessage(request);
		} catch {
			// No worker in this browser (or it could not load): say so instead of waiting forever.
			this.status = 'error';
		}
	}

	#connect(): Worker {
		const worker = this.#createWorker();
		worker.onmessage = (event: MessageEvent<McReply<Result>>) => this.#receive(event.data);
		worker.onerror = () => (this.status = 'error');
		return worker;
	}

	#receive(reply: McReply<Result>): void {
		if (reply.id !== this.#id) return;
		if (reply.type === 'progress') {
			this.done = reply.done;
			this.total = reply.total;
		} else if (reply.type === 'done') {
			this.finished = { job: this.#job!, result: reply.result, seconds: reply.seconds };
			this.done = this.total;
			this.status = 'done';
		} else {
			this.status = 'error';
		}
	}
}
