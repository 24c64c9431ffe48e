/**
 * Whether an element is near the screen, as it changes: an attachment calling `report(true)` when
 * the element comes within `rootMargin` of the viewport (a screen above and below by default) and
 * before the page prints, and `report(false)` when it leaves. Where IntersectionObserver is
 * missing, it reports nothing (the caller's starting value stands).
 */
import type { Attachment } from 'svelte/attachments';

export function nearScreen(
	report: (near: boolean) => void,
	rootMargin = '100% 0px'
): Attachment<HTMLElement> {
	return (node) => {
		if (typeof IntersectionObserver !== 'function') return;
		const observer = new IntersectionObserver((entries) => report(entries.at(-1)!.isIntersecting), {
			rootMargin
		});
		observer.observe(node);
		const print = () => report(true);
		addEventListener('beforeprint', print);
		return () => {
			observer.disconnect();
			removeEventListener('beforeprint', print);
		};
	};
}
