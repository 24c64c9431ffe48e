/**
 * Printing the whole page. Parts of a page start only when a reader scrolls near them (charts,
 * simulations: see ui/when-near.ts), so a printout made at once would miss them. Anything can
 * register "wait for me before printing" here; the Print button and Ctrl/⌘+P run every such task,
 * wait for all of them (a chart drawn, a simulation finished), then open the browser's print dialog.
 * Printing from the browser's menu cannot wait: there, `beforeprint` handlers do what they can at
 * once (charts draw synchronously once chart.js has loaded).
 */
import type { Attachment } from 'svelte/attachments';

export type PrintTask = () => unknown;

const tasks = new Set<PrintTask>();

/** Longest wait before printing anyway, with whatever is ready. */
export const printTimeoutMs = 20_000;

/** Registers a task to run and await before printing; returns the function that removes it. */
export function beforePrinting(task: PrintTask): () => void {
	tasks.add(task);
	return () => tasks.delete(task);
}

/**
 * Attachment form of {@link beforePrinting}, removed with its element:
 * `<div {@attach printWaitsFor(() => runner.finished())}>`.
 */
export function printWaitsFor(task: PrintTask): Attachment {
	return () => beforePrinting(task);
}

/** Runs every registered task and waits until all have settled (or `timeoutMs` passed). */
export async function readyToPrint(timeoutMs = printTimeoutMs): Promise<void> {
	const all = Promise.allSettled([...tasks].map(async (task) => task()));
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
	await Promise.race([all, timeout]);
	clearTimeout(timer);
	// Let the last results reach the page before the print snapshot is taken.
	await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

let printing: Promise<void> | undefined;

/** Waits for everything registered, then prints; a second request while waiting joins the first. */
export function printPage(): Promise<void> {
	printing ??= (async () => {
		document.documentElement.dataset.preparingPrint = '';
		try {
			await readyToPrint();
		} finally {
			delete document.documentElement.dataset.preparingPrint;
			printing = undefined;
		}
		window.print();
	})();
	return printing;
}

/** Keydown handler: Ctrl+P / ⌘+P prints the whole page, waiting like the Print button. */
export function printShortcut(event: KeyboardEvent): void {
	if (event.key.toLowerCase() !== 'p' || event.altKey || event.shiftKey) return;
	if (!(event.ctrlKey || event.metaKey)) return;
	event.preventDefault();
	void printPage();
}

/** Resolves once `busy()` is false, checking every `intervalMs` (for state kept in runes). */
export function whenSettled(busy: () => boolean, intervalMs = 100): Promise<void> {
	return new Promise((resolve) => {
		const check = () => (busy() ? setTimeout(check, intervalMs) : resolve());
		check();
	});
}
