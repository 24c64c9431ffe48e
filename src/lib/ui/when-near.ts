/**
 * Work a section needs only once a reader gets near it — drawing a chart, starting a simulation
 * worker — starts then, or when the page is printed, instead of competing with the first load.
 */
import type { Attachment } from 'svelte/attachments';

/** One screen height below the visible part of the page. */
const screenAhead = '0px 0px 100% 0px';

/**
 * Runs `start` once, when `element` comes within `rootMargin` of the viewport or the page is about
 * to print (at once where IntersectionObserver is missing). Returns a function that stops watching.
 */
export function onceNear(
	element: Element,
	start: () => void,
	rootMargin = screenAhead
): () => void {
	const observer =
		typeof IntersectionObserver === 'function'
			? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && run(), {
					rootMargin
				})
			: undefined;
	function stop() {
		observer?.disconnect();
		removeEventListener('beforeprint', run);
	}
	function run() {
		stop();
		start();
	}
	addEventListener('beforeprint', run);
	if (observer) observer.observe(element);
	else run();
	return stop;
}

/** Attachment form of {@link onceNear}: `<div {@attach whenNear(() => runner.start())}>`. */
export function whenNear(start: () => void, rootMargin = screenAhead): Attachment<HTMLElement> {
	return (element) => onceNear(element, start, rootMargin);
}
