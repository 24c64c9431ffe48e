/** Written by `./vite-plugin.ts`: which messages file each page loads, in the browser build. */
declare module 'virtual:clv-lab/page-messages' {
	type Load = () => Promise<{ default: Record<string, Record<string, unknown>> }>;

	interface RouteMessages {
		readonly en?: Load;
		readonly zh?: Load;
		/** The route param that picks a page's own file (`slug`), where the route has them. */
		readonly param?: string;
		/** By locale, then by that param's value. */
		readonly variants?: Readonly<Partial<Record<'en' | 'zh', Readonly<Record<string, Load>>>>>;
	}

	interface OnDemandMessages {
		/** What the module and its imports read. */
		readonly namespaces: readonly string[];
		readonly en?: Load;
		readonly zh?: Load;
	}

	/** `null` wherever the message modules are imported as they are (server, dev, tests). */
	const bundles: {
		readonly routes: Readonly<Record<string, RouteMessages>>;
		/** Modules imported on demand, by a key the build gives each. */
		readonly onDemand: Readonly<Record<string, OnDemandMessages>>;
	} | null;
	export default bundles;
}
