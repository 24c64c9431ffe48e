/**
 * A reader's edit to a form control, put back after the page's code took over, and announced as
 * the browser did when the reader made it (`input`, then `change`), so that the component's state
 * follows what the control shows. Shared by the islands (`controls.ts`, loaded when one wakes) and
 * the page's own controls (`earlyEdits`); small, because the page loads it with its first script.
 */

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export const isControl = (target: unknown): target is Control =>
	target instanceof HTMLInputElement ||
	target instanceof HTMLTextAreaElement ||
	target instanceof HTMLSelectElement;

/** Sets the control to `value` (a checkbox or radio button to `checked`) and announces it. */
export function putBack(control: Control, value: string, checked: boolean): void {
	if (control instanceof HTMLInputElement && /^(checkbox|radio)$/.test(control.type)) {
		control.checked = checked;
	} else if (!(control instanceof HTMLInputElement && control.type === 'file')) {
		// A file input keeps its files on the same node (hydration leaves them); its value can
		// only be set to ''. The events below let the component read them.
		control.value = value;
	}
	control.dispatchEvent(new Event('input', { bubbles: true }));
	control.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The page's own controls (those outside islands, which keep their own: `controls.ts`) that the
 * reader changed before the page's code ran, as app.html noted them, with their values. Read
 * before hydration, which writes each component's values into its controls (a currency or time
 * unit chosen meanwhile went back to the server's).
 */
export function earlyEdits() {
	return (window.clvTyped ?? [])
		.filter((target): target is Control => isControl(target) && !target.closest('.island-root'))
		.map((control) => ({
			control,
			value: control.value,
			checked: control instanceof HTMLInputElement && control.checked
		}));
}

/** Puts `earlyEdits()` back once the page is live: into the same controls, hydration kept them. */
export function restoreEarly(edits: ReturnType<typeof earlyEdits>): void {
	for (const { control, value, checked } of edits) {
		if (control.isConnected) putBack(control, value, checked);
	}
}
