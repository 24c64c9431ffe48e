/**
 * The reader's data as the page holds it (a file, a paste or the example, as bytes): what the
 * data input makes on the first screen, before the analysis code (`live.ts`) has loaded.
 */

/** The reader's data, held in the tab as bytes (a paste is encoded as UTF-8). */
export interface DataSource {
	readonly key: string;
	readonly kind: 'file' | 'paste' | 'example';
	/** File name (for a paste or the example the page names it). */
	readonly name: string;
	readonly buffer: ArrayBuffer;
}

let sources = 0;

/** A new data source with a key of its own. */
export function dataSource(kind: DataSource['kind'], name: string, buffer: ArrayBuffer) {
	return { key: `source-${++sources}`, kind, name, buffer } satisfies DataSource;
}
