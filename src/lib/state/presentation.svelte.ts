/**
 * Presentation mode for any page: the root gets the `presenting` class (large type, high contrast,
 * site chrome hidden, the main region as a full-viewport layer: see styles/present.css), the page
 * goes full screen where the Fullscreen API allows, and the arrow keys step through the main
 * region's sections (h1/h2) and reveal steps in document order:
 *
 * - `<details>` opens when stepped onto (chart data tables, inside figures, are skipped);
 * - any element with `data-reveal` receives a `reveal` event (a predict-reveal component can
 *   listen for it) and is scrolled to and focused; stepping back onto its question sends `conceal`;
 * - `data-present-question` on such an element (a prediction, a self-check question) makes it two
 *   steps: first the question alone, then its answer, so the room can think before it shows;
 * - `data-present-skip` on an element leaves it and its contents out.
 *
 * Esc (or leaving full screen, or the Exit button) ends it and gives focus back to the button that
 * started it. One shared instance, driven by PresentationLayer in the `[lang]` layout. What walks
 * the steps (`./present-steps.ts`) loads when presenting first starts (or the Present button is
 * pointed at or focused): a page's first load holds only this state and the keyboard entry point.
 */
/** The step-walking code (`./present-steps.ts`), loaded when a page is first presented. */
type Steps = typeof import('./present-steps');
let steps: Steps | undefined;
let loading: Promise<Steps> | undefined;

/**
 * Loads the step-walking code (again after a failed load: offline before it was cached). The
 * Present button calls it when pointed at or focused, so the first press rarely waits.
 */
export function prepareSteps(): Promise<Steps> {
	loading ??= import('./present-steps').then(
		(module) => (steps = module),
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

class Presentation {
	active = $state(false);
	/** Index of the current step, -1 before the first. */
	step = $state(-1);
	total = $state(0);
	#opener: HTMLElement | null = null;
	#fullscreen = false;

	#root(): HTMLElement {
		return document.getElementById('main') ?? document.body;
	}

	/** Starts presenting; `opener` gets focus back on exit. */
	async enter(opener?: HTMLElement | null): Promise<void> {
		if (this.active) return;
		const from = opener ?? (document.activeElement as HTMLElement | null);
		let walk: Steps;
		try {
			walk = steps ?? (await prepareSteps());
		} catch {
			return; // offline before the code was cached: the page stays as it is
		}
		if (this.active) return;
		this.#opener = from;
		this.active = true;
		this.step = -1;
		document.documentElement.classList.add('presenting');
		this.total = walk.findSteps(this.#root()).length;
		this.#root().scrollTo?.({ top: 0 });
		this.#root().focus({ preventScroll: true });
		if (document.fullscreenEnabled && !document.fullscreenElement) {
			try {
				await document.documentElement.requestFullscreen();
				this.#fullscreen = true;
			} catch {
				// Not allowed here (no user gesture, an iframe, a phone): the overlay layer stays.
			}
		}
	}

	exit(): void {
		if (!this.active) return;
		this.active = false;
		document.documentElement.classList.remove('presenting');
		if (this.#fullscreen && document.fullscreenElement)
			void document.exitFullscreen().catch(() => {});
		this.#fullscreen = false;
		const opener = this.#opener;
		this.#opener = null;
		if (opener?.isConnected) opener.focus();
	}

	/** Called on `fullscreenchange`: leaving full screen (the browser's own Esc) ends presenting. */
	fullscreenChanged(): void {
		if (this.#fullscreen && !document.fullscreenElement) {
			this.#fullscreen = false;
			this.exit();
		}
	}

	go(delta: 1 | -1): void {
		if (!steps) return; // loaded before presenting starts
		const { step, total } = steps.stepBy(this.#root(), this.step, delta);
		this.step = step;
		this.total = total;
	}

	/** Keyboard handling while presenting; returns whether the key was used. */
	key(event: KeyboardEvent): boolean {
		if (!this.active || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey)
			return false;
		if (document.querySelector('dialog[open]')) return false;
		if (event.key === 'Escape') {
			this.exit();
			return true;
		}
		if (steps?.isTyping(event.target)) return false;
		const forward = ['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key);
		const back = ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key);
		if (!forward && !back) return false;
		this.go(forward ? 1 : -1);
		return true;
	}
}

export const presentation = new Presentation();
