/**
 * The reading of typed text (`read.ts`), loaded once for every field on the page: not part of a
 * page's first load (issue 20), fetched when the browser is first idle after a field mounts
 * (`warmReader`) or when a field is focused or typed into first (`loadReader`).
 */
export type Reader = typeof import('./read');

let loaded: Reader | undefined;
let loading: Promise<Reader> | undefined;
let warming = false;

/** The reader, if it has arrived: a field then reads what is typed at once. */
export const readerNow = (): Reader | undefined => loaded;

/** The reader, loaded once (again after a failed load: offline before it was cached). */
export function loadReader(): Promise<Reader> {
	loading ??= import('./read').then(
		(reader) => (loaded = reader),
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

/** Fetches the reader once the browser is idle, so that the first keystroke rarely waits for it. */
export function warmReader(): void {
	if (warming || loaded) return;
	warming = true;
	const warm = () => void loadReader().catch(() => (warming = false));
	if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
	else setTimeout(warm, 200);
}
