/**
 * Attachment that runs `start` once, when the element comes within one screen height below the
 * visible part of the page (or when the page is printed). Background work a section needs — a
 * simulation worker, say — starts then instead of competing with the page's first load.
 */
import type { Attachment } from 'svelte/attachments';

export function whenNear(start: () => void): Attachment<HTMLElement> {
	return (element) => {
		const observer =
			typeof IntersectionObserver === 'function'
				? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && run(), {
						rootMargin: '0px 0px 100% 0px'
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
	};
}
