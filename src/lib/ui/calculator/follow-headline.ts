/**
 * Follows a calculator's headline for its one-line copy (`Layout`): what the first `<output>` in
 * the side column says (its accessible name and text), and whether it is on screen. Loaded when a
 * calculator mounts, not with the page (issue 20): the copy is never in the server's HTML.
 */

/** What the copy shows: the headline's name and value. */
export interface Headline {
	readonly label: string;
	readonly value: string;
}

/** The headline `<output>`'s accessible name (its label element or `aria-label`) and text. */
function read(output: HTMLOutputElement): Headline {
	const ids = output.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
	const named = ids.map((ref) => document.getElementById(ref)?.textContent ?? '').join(' ');
	const label = (named || output.getAttribute('aria-label') || '').trim();
	return { label, value: (output.textContent ?? '').trim() };
}

/**
 * Calls `headline` with what `node`'s headline says (null without one), again whenever it changes,
 * and `inView` with whether it is on screen; returns the function that stops following.
 */
export function followHeadline(
	node: HTMLElement,
	headline: (headline: Headline | null) => void,
	inView: (inView: boolean) => void
): () => void {
	let watched: Element | null = null;
	const visibility = new IntersectionObserver((entries) => {
		for (const entry of entries) inView(entry.isIntersecting);
	});
	const update = () => {
		const output = node.querySelector('output');
		headline(output && output.textContent?.trim() ? read(output) : null);
		if (output !== watched) {
			if (watched) visibility.unobserve(watched);
			if (output) visibility.observe(output);
			watched = output;
		}
	};
	update();
	const changes = new MutationObserver(update);
	changes.observe(node, { subtree: true, childList: true, characterData: true });
	return () => {
		changes.disconnect();
		visibility.disconnect();
	};
}
