/**
 * Whether a box is wider inside than it is (so it scrolls sideways): a wide table or formula on a
 * phone shows a visible hint only while that is so.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * An attachment calling `report` with whether the element's content is wider than its box, at
 * once, whenever the box, its children or its content change, and when it comes into view.
 */
export function sideways(report: (overflowing: boolean) => void): Attachment<HTMLElement> {
	return (node) => {
		const check = () => {
			// Measuring a box in a section skipped for now (content-visibility) would lay that whole
			// section out at once; it is measured when it comes into view instead (below).
			if (node.checkVisibility?.({ contentVisibilityAuto: true }) === false) return;
			report(node.scrollWidth > node.clientWidth + 1);
		};
		const sizes = new ResizeObserver(check);
		const watchChildren = () => {
			for (const child of node.children) sizes.observe(child);
		};
		sizes.observe(node);
		watchChildren();
		const changes = new MutationObserver(() => {
			watchChildren();
			check();
		});
		changes.observe(node, { childList: true, subtree: true, characterData: true });
		// content that changed while its section was skipped (content-visibility) is measured again
		// when it comes into view, and when its section starts rendering: the two are told apart in
		// the same frame, in either order, so coming into view alone can find it still skipped
		const shown = new IntersectionObserver((entries) => {
			if (entries.some((entry) => entry.isIntersecting)) check();
		});
		shown.observe(node);
		const rendered = (event: Event) => {
			const { skipped } = event as Event & { skipped?: boolean };
			if (skipped === false && event.target instanceof Node && event.target.contains(node)) check();
		};
		// the event does not bubble; a capturing listener on the window sees every section's
		addEventListener('contentvisibilityautostatechange', rendered, { capture: true });
		check();
		return () => {
			sizes.disconnect();
			changes.disconnect();
			shown.disconnect();
			removeEventListener('contentvisibilityautostatechange', rendered, { capture: true });
		};
	};
}
