/**
 * For a calculator's section shown as an island (src/lib/ui/island/) that the reader types into.
 * When its props are replaced while it sleeps (an edit elsewhere changed what it shows), the
 * island mounts it afresh when the browser is idle, and drops what the reader typed into its
 * out-of-date HTML before then. `wakeWhenChanged(() => props)`, attached to an element that holds
 * the `<Island>` (`display: contents`):
 * - wakes it at once instead, as a focus inside it would (a microtask later, once the island has
 *   seen the change): a section whose props were replaced would wake when idle anyway;
 * - keeps what the reader typed while it was not awake, and puts it into the fresh fields (found
 *   by their label) when they are not the ones typed into.
 */
const seen = new WeakSet<Element>();

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isControl = (target: EventTarget | null): target is Control =>
	target instanceof HTMLInputElement ||
	target instanceof HTMLSelectElement ||
	target instanceof HTMLTextAreaElement;

/** A control's name as a reader knows it (its label), and which of the controls so named. */
function keyOf(control: Control, within: Element): string {
	const name = (c: Control) =>
		(c.getAttribute('aria-label') ?? c.labels?.[0]?.textContent ?? c.name).trim();
	const own = name(control);
	const same = [...within.querySelectorAll<Control>('input, select, textarea')].filter(
		(c) => name(c) === own
	);
	return `${own}#${same.indexOf(control)}`;
}

function keepEdits(host: HTMLElement): void {
	const island = () => host.querySelector<HTMLElement>(':scope > .island');
	const edits = new Map<string, { control: Control; value: string; checked: boolean }>();
	const record = (event: Event) => {
		const at = island();
		if (!at || at.dataset.island === 'awake' || !isControl(event.target)) return;
		const control = event.target;
		edits.set(keyOf(control, at), {
			control,
			value: control.value,
			checked: control instanceof HTMLInputElement && control.checked
		});
	};
	host.addEventListener('input', record, true);
	host.addEventListener('change', record, true);
	const at = island();
	if (!at) return;
	new MutationObserver(() => {
		if (at.dataset.island !== 'awake' || edits.size === 0) return;
		queueMicrotask(() => {
			for (const [key, edit] of edits) {
				if (edit.control.isConnected) continue; // the island put it back itself
				const control = [...at.querySelectorAll<Control>('input, select, textarea')].find(
					(c) => keyOf(c, at) === key
				);
				if (!control) continue;
				if (control instanceof HTMLInputElement && /^(checkbox|radio)$/.test(control.type)) {
					if (control.checked === edit.checked) continue;
					control.checked = edit.checked;
				} else {
					if (control.value === edit.value) continue;
					control.value = edit.value;
				}
				control.dispatchEvent(new Event('input', { bubbles: true }));
				control.dispatchEvent(new Event('change', { bubbles: true }));
			}
			edits.clear();
		});
	}).observe(at, { attributes: true, attributeFilter: ['data-island'] });
}

export function wakeWhenChanged(props: () => unknown): (host: HTMLElement) => void {
	return (host) => {
		void props();
		if (!seen.has(host)) {
			seen.add(host);
			keepEdits(host);
			return;
		}
		queueMicrotask(() =>
			host
				.querySelector(':scope > .island[data-island="asleep"]')
				?.dispatchEvent(new FocusEvent('focusin'))
		);
	};
}
