/**
 * The page's language's messages, loaded before the page renders (issue 20: ship only the
 * page's locale).
 *
 * Components import both message modules of a feature (`import en from
 * '$lib/i18n/messages/en/kit'`, `… zh …`) and pick one with the page's locale: simple source, and
 * `svelte-check` proves every locale has every key. In the browser build
 * (`./vite-plugin.ts`) each such import gets a stand-in from {@link messagesOf} instead of the
 * module, and the messages themselves come in one file per page and language, which the `[lang]`
 * layout's `load` awaits with {@link loadPageMessages}. SvelteKit runs that `load` before it
 * hydrates or renders a page (on first load, on every navigation, and when a link is preloaded),
 * so a component reads its messages only once they are in. A module imported on demand (a panel,
 * presenting, an island) brings the messages it reads that the page's file lacks the same way:
 * each page's file lists those modules, with a loader of the rest, and the build makes each
 * `import()` of the site's own modules wait for it ({@link onDemand}). The prerendered pages, the
 * dev server and the tests import the message modules themselves; there both do nothing.
 *
 * A stand-in read before its messages arrive (a module reading messages when it is first
 * evaluated, or a page reading the other language's) throws an error that names the messages,
 * rather than rendering a blank.
 */
import bundles, { type Load } from 'virtual:clv-lab/page-messages';
import { isLocale, type Locale } from './locales';

type Messages = Record<string, unknown>;

interface Slot {
	readonly target: Messages;
	readonly stand: Messages;
	filled: boolean;
}

const slots = new Map<string, Slot>();

function slotOf(locale: Locale, namespace: string): Slot {
	const key = `${locale}/${namespace}`;
	let slot = slots.get(key);
	if (!slot) {
		const target: Messages = {};
		const created: Slot = {
			target,
			filled: false,
			stand: new Proxy(target, {
				get(object, property, receiver) {
					if (!created.filled) {
						throw new Error(
							`Messages ${key} were read before they loaded (src/lib/i18n/page-messages.ts)`
						);
					}
					return Reflect.get(object, property, receiver);
				}
			})
		};
		slot = created;
		slots.set(key, slot);
	}
	return slot;
}

/** The stand-in for `$lib/i18n/messages/<locale>/<namespace>` (browser build only). */
export function messagesOf(locale: Locale, namespace: string): Messages {
	return slotOf(locale, namespace).stand;
}

/** The language of the last page whose messages were loaded; undefined before the first. */
let pageLocale: Locale | undefined;

/**
 * By language, then by the key of a module imported on demand: the loader of the messages it reads
 * that the file of a page it can be imported from lacks. Pages' lists add up as they load: an
 * entry from page A's file, used on page B, brings what A lacks, and A's own messages are in
 * already (a file is listed only once its messages are filled); a module a page can import
 * without an entry reads only what that page's file holds.
 */
const demand: Partial<Record<Locale, Record<number, Load>>> = {};

function fill(locale: Locale, messages: Record<string, Messages>): void {
	for (const [namespace, value] of Object.entries(messages)) {
		const slot = slotOf(locale, namespace);
		if (slot.filled) continue;
		Object.defineProperties(slot.target, Object.getOwnPropertyDescriptors(value));
		slot.filled = true;
	}
}

/**
 * Fills the stand-ins of `locale` with `messages`, and adds `loads` to what modules imported on
 * demand wait for: what a page's messages file holds. An article's file calls it itself, as its
 * component loads (`./vite-plugin.ts`).
 */
export function provide(
	locale: Locale,
	messages: Record<string, Messages>,
	loads: Readonly<Record<number, Load>> = {}
): void {
	fill(locale, messages);
	Object.assign((demand[locale] ??= {}), loads);
}

/**
 * Loads the messages of the page at route `routeId` in `locale`, once per route and language (the
 * browser keeps each file's module), and fills the stand-ins. (An article's own messages come with
 * its component, which the page's `load` imports.)
 */
export async function loadPageMessages(locale: Locale, routeId: string | null): Promise<void> {
	if (!bundles || routeId === null) return;
	pageLocale = locale;
	const load = bundles.routes[routeId]?.[locale];
	if (!load) return;
	const file = await load();
	provide(locale, file.default, file.onDemand);
}

/**
 * The language of the page shown: the address's first segment (the address changes before a
 * page renders, whereas a link preloaded on hover runs its page's `load` while this page stays).
 */
function shownLocale(): Locale | undefined {
	const segment = location.pathname.split('/')[1];
	return isLocale(segment) ? segment : pageLocale;
}

/**
 * `import(…)` of a module that reads messages the page may not have loaded yet: resolves with the
 * module once its messages in the page's language are in too (the build wraps every dynamic
 * import of the site's own modules in it, `id` naming the set of namespaces the module reads;
 * modules that read none pass 0).
 */
export async function onDemand<T>(module: Promise<T>, id: number): Promise<T> {
	const locale = bundles ? shownLocale() : undefined;
	const load = locale === undefined ? undefined : demand[locale]?.[id];
	if (!locale || !load) return module;
	const [loaded, messages] = await Promise.all([module, load()]);
	fill(locale, messages.default);
	return loaded;
}
