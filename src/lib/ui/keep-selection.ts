/**
 * For a section that hydrates while the reader is in one of its fields (an island woken by focus,
 * src/lib/ui/island/): Svelte drops the server's `value` attributes of hydrated inputs in a
 * microtask, which puts the caret at the end of the focused field and loses a selection made
 * just before (a reader who tabbed in and selected the number to retype it would add to it
 * instead). Attached to the section's root, this puts that selection back once Svelte is done,
 * unless the field changed meanwhile.
 */
export function keepSelection(root: HTMLElement): void {
	const field = document.activeElement;
	if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
	if (!root.contains(field)) return;
	let start: number | null;
	let end: number | null;
	try {
		({ selectionStart: start, selectionEnd: end } = field);
	} catch {
		return;
	}
	if (start === null || end === null) return;
	const { value, selectionDirection } = field;
	queueMicrotask(() => {
		if (document.activeElement !== field || field.value !== value) return;
		field.setSelectionRange(start, end, selectionDirection ?? undefined);
	});
}
