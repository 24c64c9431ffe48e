/**
 * A calculator's words as its page loads them, with more words added to their groups: the
 * sections below the first screen keep their own words in an `<id>-sections` module, which only
 * they import, so those words load when a section wakes (issue 20, `vite-plugin.ts`); a section
 * reads both as one `t` (`t.matrix.…` holds the group's words from each).
 */
export type WithGroups<Page, More> = {
	readonly [K in keyof Page | keyof More]: K extends keyof Page
		? K extends keyof More
			? Page[K] & More[K]
			: Page[K]
		: K extends keyof More
			? More[K]
			: never;
};

/** `page` with each group of `more` added to the group of the same name (or as a new group). */
export function withGroups<Page extends object, More extends object>(
	page: Page,
	more: More
): WithGroups<Page, More> {
	const all: Record<string, unknown> = { ...(page as Record<string, unknown>) };
	for (const [group, words] of Object.entries(more)) {
		const own = (page as Record<string, unknown>)[group];
		all[group] = { ...(own as object | undefined), ...words };
	}
	return all as WithGroups<Page, More>;
}
