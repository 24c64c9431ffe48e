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
 * started it. One shared instance, driven by PresentationLayer in the `[lang]` layout.
 */
const stepSelector = 'h1, h2, details, [data-reveal]';

/** One step: the element shown, and whether this step opens it (a disclosure, a reveal). */
export interface PresentStep {
	readonly element: HTMLElement;
	readonly opens: boolean;
}

export function findSteps(root: ParentNode): PresentStep[] {
	return [...root.querySelectorAll<HTMLElement>(stepSelector)]
		.filter(
			(element) =>
				!element.closest('[data-present-skip]') &&
				!(element.tagName === 'DETAILS' && element.closest('figure')) &&
				element.getClientRects().length > 0
		)
		.flatMap((element) => {
			if (element.tagName !== 'DETAILS' && !element.hasAttribute('data-reveal'))
				return [{ element, opens: false }];
			const opening = { element, opens: true };
			return element.hasAttribute('data-present-question')
				? [{ element, opens: false }, opening]
				: [opening];
		});
}

function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable) return true;
	return ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
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
		this.#opener = opener ?? (document.activeElement as HTMLElement | null);
		this.active = true;
		this.step = -1;
		document.documentElement.classList.add('presenting');
		this.total = findSteps(this.#root()).length;
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
		const steps = findSteps(this.#root());
		this.total = steps.length;
		if (steps.length === 0) return;
		const index = Math.min(steps.length - 1, Math.max(0, this.step + delta));
		this.step = index;
		const { element: target, opens } = steps[index]!;
		const reveals = opens && target.hasAttribute('data-reveal');
		if (target instanceof HTMLDetailsElement) {
			if (delta > 0 && opens) target.open = true;
			// back onto a question: its answer closes again
			if (delta < 0 && !opens && target.hasAttribute('data-present-question')) target.open = false;
		}
		// back onto a prediction's question: its answer hides again, as a self-check's does
		if (delta < 0 && !opens && target.hasAttribute('data-reveal'))
			target.dispatchEvent(new CustomEvent('conceal', { bubbles: true }));
		const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
		const behavior = reduce ? 'auto' : 'smooth';
		if (delta > 0 && reveals) {
			target.dispatchEvent(new CustomEvent('reveal', { bubbles: true }));
			// the answer of a question, once drawn, takes focus itself; show it from its start
			if (target.hasAttribute('data-present-question')) {
				requestAnimationFrame(() => {
					const answer = document.activeElement;
					const shown = answer !== target && target.contains(answer) ? answer! : target;
					shown.scrollIntoView({ block: 'start', behavior });
				});
				return;
			}
		}
		target.scrollIntoView({ block: 'start', behavior });
		const focusable =
			target instanceof HTMLDetailsElement ? target.querySelector('summary') : target;
		if (focusable && focusable.tabIndex < 0 && !focusable.hasAttribute('tabindex'))
			focusable.setAttribute('tabindex', '-1');
		focusable?.focus({ preventScroll: true });
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
		if (isTyping(event.target)) return false;
		const forward = ['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key);
		const back = ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key);
		if (!forward && !back) return false;
		this.go(forward ? 1 : -1);
		return true;
	}
}

export const presentation = new Presentation();
