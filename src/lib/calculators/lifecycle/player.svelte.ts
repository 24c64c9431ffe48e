/**
 * The workshop player: a current step that Play advances on a timer, Step advances by one and
 * Reset puts back to the start. The timer is the only outside world it touches.
 */
export class Player {
	/** Current step, 0-based (clamp it to the horizon when showing it). */
	frame = $state(0);
	playing = $state(false);
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(
		/** Index of the last step of the horizon. */
		private readonly last: () => number,
		private readonly interval = 700
	) {}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	play(): void {
		if (this.frame >= this.last()) this.frame = 0;
		this.playing = true;
		clearInterval(this.#timer);
		this.#timer = setInterval(() => this.step(), this.interval);
	}

	pause(): void {
		this.playing = false;
		clearInterval(this.#timer);
		this.#timer = undefined;
	}

	step(): void {
		const last = this.last();
		this.frame = Math.min(this.frame + 1, last);
		if (this.frame >= last) this.pause();
	}

	reset(): void {
		this.pause();
		this.frame = 0;
	}

	destroy(): void {
		clearInterval(this.#timer);
	}
}
