/**
 * Reading the reader's own CSV file in the browser: a size limit, then the bytes decoded as UTF-8
 * or, when they are not valid UTF-8, as GB18030 (what Excel writes for a Chinese CSV). Nothing is
 * sent anywhere.
 */

/** Largest file read: 5 MB, far more than a customer table needs, little enough to parse at once. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Text of a CSV file's bytes: UTF-8 (a byte-order mark dropped), else GB18030.
 *
 * @example
 * decodeCsv(new TextEncoder().encode('id,利润')) //=> 'id,利润'
 * decodeCsv(Uint8Array.of(0xc0, 0xfb, 0xc8, 0xf3)) //=> '利润' (GB18030)
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('gb18030').decode(bytes);
	}
}

export type FileRead =
	| { readonly kind: 'text'; readonly text: string }
	| { readonly kind: 'too-large'; readonly size: number }
	| { readonly kind: 'failed' };

/** Reads a chosen file as CSV text, refusing one over `maxBytes` before reading it. */
export async function readCsvFile(file: Blob, maxBytes = MAX_FILE_BYTES): Promise<FileRead> {
	if (file.size > maxBytes) return { kind: 'too-large', size: file.size };
	try {
		return { kind: 'text', text: decodeCsv(await file.arrayBuffer()) };
	} catch {
		return { kind: 'failed' };
	}
}
