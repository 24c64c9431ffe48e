/**
 * Text metadata in a PNG file: `iTXt` chunks (UTF-8, so Chinese titles survive) with the standard
 * keywords — Title, Description, Creation Time, Source — inserted right after the header chunk.
 * Image viewers and slide tools show them as the picture's properties. Pure bytes in, bytes out.
 */

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO 3309, as PNG uses) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
	crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	let crc = 0xffffffff;
	for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** One iTXt chunk: keyword, no compression, no language tag, UTF-8 text. */
function itxtChunk(keyword: string, text: string): Uint8Array {
	const encoder = new TextEncoder();
	const data = new Uint8Array([
		...encoder.encode(keyword),
		0, // end of keyword
		0, // not compressed
		0, // compression method
		0, // empty language tag
		0, // empty translated keyword
		...encoder.encode(text)
	]);
	const type = encoder.encode('iTXt');
	const chunk = new Uint8Array(12 + data.length);
	const view = new DataView(chunk.buffer);
	view.setUint32(0, data.length);
	chunk.set(type, 4);
	chunk.set(data, 8);
	view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
	return chunk;
}

/** The PNG with one iTXt chunk per entry after its IHDR chunk; other bytes unchanged. */
export function withPngText(
	png: Uint8Array,
	entries: Readonly<Record<string, string>>
): Uint8Array {
	if (!signature.every((byte, i) => png[i] === byte)) throw new Error('Not a PNG file.');
	const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
	const chunks = Object.entries(entries).map(([keyword, text]) => itxtChunk(keyword, text));
	const size = chunks.reduce((sum, c) => sum + c.length, png.length);
	const out = new Uint8Array(size);
	out.set(png.subarray(0, ihdrEnd));
	let at = ihdrEnd;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	out.set(png.subarray(ihdrEnd), at);
	return out;
}

/** The iTXt entries of a PNG (keyword → text), for tests and tools. */
export function readPngText(png: Uint8Array): Record<string, string> {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const decoder = new TextDecoder();
	const found: Record<string, string> = {};
	for (let at = 8; at + 12 <= png.length;) {
		const length = view.getUint32(at);
		const type = decoder.decode(png.subarray(at + 4, at + 8));
		if (type === 'iTXt') {
			const data = png.subarray(at + 8, at + 8 + length);
			const end = data.indexOf(0);
			let text = end + 3;
			text = data.indexOf(0, text) + 1; // after the language tag
			text = data.indexOf(0, text) + 1; // after the translated keyword
			found[decoder.decode(data.subarray(0, end))] = decoder.decode(data.subarray(text));
		}
		at += 12 + length;
	}
	return found;
}
