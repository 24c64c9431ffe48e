/**
 * The cohort-table reader (`reader.ts`: the paste grid, the layout and unit detection, the cell
 * checks) is not part of the subscription page's first load. The paste box starts with the inputs'
 * table, whose reading is known (`TableDraft.show`); the reader is fetched when the browser is idle
 * after load, or at once when the box or its unit menu takes focus or the reader types or pastes.
 * What was typed meanwhile is kept in the box and read when the reader comes (`TableDraft.edit`).
 */
export type TableReader = typeof import('./reader');

const holder = $state<{ reader?: TableReader }>({});
let loading: Promise<TableReader> | undefined;

export const tableReader = {
	/** The reader, once its code is here (reactive: a reading made without it is made again). */
	get reader(): TableReader | undefined {
		return holder.reader;
	},
	/** Fetches the reader once (again after a failed fetch). */
	load(): Promise<TableReader> {
		if (holder.reader) return Promise.resolve(holder.reader);
		loading ??= import('./reader').then(
			(reader) => (holder.reader = reader),
			(error: unknown) => {
				loading = undefined;
				throw error;
			}
		);
		return loading;
	}
};
