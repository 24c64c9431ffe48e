// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	interface Window {
		/** The controls the reader changed before the page was ready (app.html). */
		clvTyped?: EventTarget[];
	}
}

export {};
