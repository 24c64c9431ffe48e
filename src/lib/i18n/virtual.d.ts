/** Written by `./vite-plugin.ts`: which messages file each page loads, in the browser build. */
declare module 'virtual:clv-lab/page-messages' {
	/** A route's messages file: its namespaces' messages, and its on-demand list. */
	export interface MessagesFile {
		readonly default: Record<string, Record<string, unknown>>;
		/**
		 * A page's file: by the number of a module the page can import on demand (one per set of
		 * namespaces such modules read), the loader of the messages it reads that this file lacks.
		 */
		readonly onDemand?: Readonly<Record<number, Load>>;
	}
	export type Load = () => Promise<MessagesFile>;

	interface RouteMessages {
		readonly en?: Load;
		readonly zh?: Load;
	}

	/** `null` wherever the message modules are imported as they are (server, dev, tests). */
	const bundles: {
		readonly routes: Readonly<Record<string, RouteMessages>>;
	} | null;
	export default bundles;
}
