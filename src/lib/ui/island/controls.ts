/**
 * What a reader did inside a sleeping island before its code took over (`Island.svelte`): values
 * typed or dragged into the server's form controls, the field the focus is in and its selection.
 * Hydration writes the component's values back into the controls, and an island whose HTML went
 * out of date mounts a fresh rendering instead: both would lose them without this.
 */

import { isControl, putBack, type Control } from './put-back';

const controlsIn = (root: Element) => [
	...root.querySelectorAll<Control>('input, textarea, select')
];

const focusablesIn = (root: Element) => [
	...root.querySelectorAll<HTMLElement>(
		'input, textarea, select, button, a[href], summary, [tabindex]:not([tabindex="-1"])'
	)
];

/** An element's name as a reader knows it: its label, else its text. */
function nameOf(element: HTMLElement): string {
	const label = isControl(element) ? element.labels?.[0]?.textContent : undefined;
	return (
		element.getAttribute('aria-label') ??
		label ??
		(isControl(element) ? element.name : element.textContent) ??
		''
	)
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Where an element is among `all` (the island's controls, or what can take focus), to find it
 * again in a fresh rendering: by its name and which of those so named it is (rows may have been
 * added before it), and by its place.
 */
interface Place {
	tag: string;
	type: string;
	name: string;
	/** Which of the elements with this name. */
	nth: number;
	index: number;
}

function placeOf(element: HTMLElement, all: HTMLElement[]): Place {
	const name = nameOf(element);
	return {
		tag: element.tagName,
		type: element.getAttribute('type') ?? '',
		name,
		nth: all.filter((e) => nameOf(e) === name).indexOf(element),
		index: all.indexOf(element)
	};
}

/** The element at `place` among `all`, if it is of the same kind. */
function find(place: Place, all: HTMLElement[]): HTMLElement | undefined {
	const same = (e: HTMLElement | undefined) =>
		e && e.tagName === place.tag && (e.getAttribute('type') ?? '') === place.type ? e : undefined;
	return (
		same(all.filter((e) => nameOf(e) === place.name)[place.nth]) ??
		(place.name === '' ? same(all[place.index]) : undefined)
	);
}

/** A text field's value and selection (a reader who selected the number to retype it). */
function selectionOf(element: Element) {
	if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return;
	try {
		const { value, selectionStart: start, selectionEnd: end, selectionDirection } = element;
		if (start === null || end === null) return;
		return { value, start, end, direction: selectionDirection ?? undefined };
	} catch {
		return; // a field without a selection (number, range)
	}
}

interface Edit {
	control: Control;
	place: Place;
	value: string;
	checked: boolean;
}

/**
 * What the reader did in `root` before the island woke: the edits to the controls in `touched`
 * (and those app.html saw before the page was ready), the focused element and its selection. Read
 * before hydrating.
 */
export function readerState(root: HTMLElement, touched: readonly EventTarget[]) {
	const controls = controlsIn(root);
	// Also what was typed before the page's code ran, which the island could not see.
	const edits: Edit[] = [...new Set([...(window.clvTyped ?? []), ...touched])]
		.filter((target): target is Control => isControl(target) && root.contains(target))
		.map((control) => ({
			control,
			place: placeOf(control, controls),
			value: control.value,
			checked: control instanceof HTMLInputElement && control.checked
		}));
	const active = document.activeElement;
	const focused =
		active instanceof HTMLElement && root.contains(active)
			? {
					element: active,
					place: placeOf(active, focusablesIn(root)),
					selection: selectionOf(active)
				}
			: undefined;
	return { edits, focused };
}

export type ReaderState = ReturnType<typeof readerState>;

/**
 * Puts the reader's edits back and announces them to the component, as the browser did then: into
 * the same controls (hydration keeps them), or, when the island rendered afresh, into the controls
 * with the same label (else at the same place) if they are of the same kind; and the focus (with a
 * field's selection, if it holds the same text) back where it was.
 */
export function restore({ edits, focused }: ReaderState, root: HTMLElement): void {
	const controls = controlsIn(root);
	for (const edit of edits) {
		const { value, checked } = edit;
		const control = root.contains(edit.control)
			? edit.control
			: (find(edit.place, controls) as Control | undefined);
		if (!control) continue;
		// A fresh rendering's control that already shows the edit needs nothing.
		const toggle = control instanceof HTMLInputElement && /^(checkbox|radio)$/.test(control.type);
		if (
			control !== edit.control &&
			(toggle ? control.checked === checked : control.value === value)
		)
			continue;
		putBack(control, value, checked);
	}
	if (focused && !focused.element.isConnected) {
		const now = find(focused.place, focusablesIn(root));
		now?.focus({ preventScroll: true });
		const { selection } = focused;
		if (
			selection &&
			(now instanceof HTMLInputElement || now instanceof HTMLTextAreaElement) &&
			now.value === selection.value
		) {
			now.setSelectionRange(selection.start, selection.end, selection.direction);
		}
	}
}

/**
 * For an island hydrating while the reader is in one of its fields: Svelte drops the server's
 * `value` attributes of hydrated inputs in a microtask, which puts the caret at the end of the
 * focused field and loses a selection made just before (a reader who tabbed in and selected the
 * number to retype it would add to it instead). Called once hydration has run, before that
 * microtask runs (`flushSync` runs it too): puts the selection back after it, unless the field
 * changed meanwhile.
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
