/**
 * From the bytes of a file to text: refuse what is not text at once, and find the encoding.
 *
 * Spreadsheets saved as CSV come in a few encodings: UTF-8 (with or without the byte-order mark
 * Excel writes), GB18030 / GBK (Excel and WPS on Chinese Windows), and UTF-16 (Excel's "Unicode
 * text"). We read a byte-order mark when there is one; otherwise the bytes are UTF-8 if they decode
 * as UTF-8 without error, and GB18030 if not (a superset of GBK and GB2312). `TextDecoder` does the
 * decoding, in browsers and in Node alike.
 */
import { MAX_BYTES, type ImportError } from './problems';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded =
	| {
			readonly kind: 'text';
			readonly text: string;
			readonly encoding: TextEncoding;
			/** Whether the file started with a byte-order mark. */
			readonly bom: boolean;
	  }
	| { readonly kind: 'error'; readonly error: ImportError };

/** Bytes looked at to tell text from binary. */
const SNIFF = 64 * 1024;

/** File signatures of things people drop by mistake: zip (xlsx, docx), old Excel, PDF, images. */
const SIGNATURES: readonly { bytes: readonly number[]; spreadsheet: boolean }[] = [
	{ bytes: [0x50, 0x4b, 0x03, 0x04], spreadsheet: true },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], spreadsheet: true },
	{ bytes: [0x25, 0x50, 0x44, 0x46], spreadsheet: false },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], spreadsheet: false },
	{ bytes: [0xff, 0xd8, 0xff], spreadsheet: false },
	{ bytes: [0x47, 0x49, 0x46, 0x38], spreadsheet: false },
	{ bytes: [0x1f, 0x8b], spreadsheet: false }
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
	prefix.every((b, i) => bytes[i] === b);

/**
 * True when the first 64 KB look like binary data: a NUL byte, or more than 1% control characters
 * other than tab, line feed, carriage return and form feed.
 */
export function looksBinary(bytes: Uint8Array): boolean {
	const end = Math.min(bytes.length, SNIFF);
	let control = 0;
	for (let i = 0; i < end; i++) {
		const b = bytes[i]!;
		if (b === 0) return true;
		if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
	}
	return control > end * 0.01;
}

/** Whether the bytes start with a byte-order mark (UTF-8 or UTF-16). */
const hasBom = (bytes: Uint8Array) =>
	startsWith(bytes, [0xef, 0xbb, 0xbf]) ||
	startsWith(bytes, [0xff, 0xfe]) ||
	startsWith(bytes, [0xfe, 0xff]);

/**
 * Why bytes cannot be a text table, judged from their start alone (a file signature, or binary
 * data in the first 64 KB), or undefined when they may be. Enough to refuse a large binary file
 * from its first slice, before the rest is read.
 *
 * @example
 * notText(Uint8Array.of(0x50, 0x4b, 0x03, 0x04)) //=> { code: 'spreadsheet' }
 */
export function notText(bytes: Uint8Array): ImportError | undefined {
	if (hasBom(bytes)) return undefined;
	const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
	if (signature) return { code: signature.spreadsheet ? 'spreadsheet' : 'binary' };
	if (looksBinary(bytes)) return { code: 'binary' };
	return undefined;
}

/**
 * Decodes a file's bytes, or says why it is not a text table.
 *
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) //=> { kind: 'text', text: 'a', encoding: 'utf-8', bom: true }
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes.length > MAX_BYTES) {
		return { kind: 'error', error: { code: 'too-large', bytes: bytes.length, limit: MAX_BYTES } };
	}
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		return text(bytes.subarray(3), 'utf-8', true);
	}
	if (startsWith(bytes, [0xff, 0xfe])) return text(bytes.subarray(2), 'utf-16le', true);
	if (startsWith(bytes, [0xfe, 0xff])) return text(bytes.subarray(2), 'utf-16be', true);
	const refused = notText(bytes);
	if (refused) return { kind: 'error', error: refused };
	try {
		return {
			kind: 'text',
			text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
			encoding: 'utf-8',
			bom: false
		};
	} catch {
		return text(bytes, 'gb18030', false);
	}
}

function text(bytes: Uint8Array, encoding: TextEncoding, bom: boolean): Decoded {
	try {
		const decoded = new TextDecoder(encoding, { fatal: true }).decode(bytes);
		if (decoded.includes('\0')) return { kind: 'error', error: { code: 'binary' } };
		return { kind: 'text', text: decoded, encoding, bom };
	} catch {
		return { kind: 'error', error: { code: 'binary' } };
	}
}
