/**
 * The part of presentation mode (`./presentation.svelte.ts`) that walks the page: which elements
 * are steps, and what stepping onto one does (open a disclosure, send `reveal`/`conceal`, scroll,
 * focus). Loaded when a page is first presented (or its Present button is pointed at or focused),
 * so it is not part of any page's first load.
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

export function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable) return true;
	return ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/**
 * Steps from `current` by `delta` in `root` and shows that step: returns the new step index and
 * the number of steps (the same index when the page has none).
 */
export function stepBy(
	root: ParentNode,
	current: number,
	delta: 1 | -1
): { step: number; total: number } {
	const steps = findSteps(root);
	if (steps.length === 0) return { step: current, total: 0 };
	const index = Math.min(steps.length - 1, Math.max(0, current + delta));
	const result = { step: index, total: steps.length };
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
			return result;
		}
	}
	target.scrollIntoView({ block: 'start', behavior });
	const focusable = target instanceof HTMLDetailsElement ? target.querySelector('summary') : target;
	if (focusable && focusable.tabIndex < 0 && !focusable.hasAttribute('tabindex'))
		focusable.setAttribute('tabindex', '-1');
	focusable?.focus({ preventScroll: true });
	return result;
}
