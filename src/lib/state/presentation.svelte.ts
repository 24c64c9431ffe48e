/**
 * Presentation mode for any page: the root gets the `presenting` class (large type, high contrast,
 * site chrome hidden, the main region as a full-viewport layer: see styles/present.css), the page
 * goes full screen where the Fullscreen API allows, and the arrow keys step through the main
 * region's sections (h1/h2) and reveal steps in document order:
 *
 * - `<details>` opens when stepped onto (chart data tables, inside figures, are skipped);
 * - any element with `data-reveal` receives a `reveal` event (a predict-reveal component can
 *   listen for it) and is scrolled to and focused;
 * - `data-present-skip` on an element leaves it and its contents out.
 *
 * Esc (or leaving full screen, or the Exit button) ends it and gives focus back to the button that
 * started it. One shared instance, driven by PresentationLayer in the `[lang]` layout.
 */
const stepSelector = 'h1, h2, details, [data-reveal]';

export function findSteps(root: ParentNode): HTMLElement[] {
	return [...root.querySelectorAll<HTMLElement>(stepSelector)].filter(
		(element) =>
			!element.closest('[data-present-skip]') &&
			!(element.tagName === 'DETAILS' && element.closest('figure')) &&
			element.getClientRects().length > 0
	);
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
		const target = steps[index]!;
		if (delta > 0 && target instanceof HTMLDetailsElement) target.open = true;
		if (delta > 0 && target.hasAttribute('data-reveal'))
			target.dispatchEvent(new CustomEvent('reveal', { bubbles: true }));
		const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
		target.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
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
