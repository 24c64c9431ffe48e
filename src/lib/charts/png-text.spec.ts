import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, readPngText, withPngText } from './png-text';

/** The smallest valid PNG: 1×1, one grey pixel (IHDR, IDAT, IEND). */
const onePixel = Uint8Array.from(
	Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
		'base64'
	)
);

describe('PNG text metadata', () => {
	it('computes the CRC-32 PNG uses (checked against zlib)', () => {
		for (const text of ['', 'IEND', 'iTXtTitle客户终身价值'])
			expect(crc32(new TextEncoder().encode(text))).toBe(zlibCrc32(text));
	});

	it('adds UTF-8 text after the header and reads it back', () => {
		const entries = { Title: '累计折现利润', Source: 'https://example.test/zh/calculate/clv/?v=1' };
		const png = withPngText(onePixel, entries);
		expect(png.length).toBeGreaterThan(onePixel.length);
		expect(readPngText(png)).toEqual(entries);
		// Everything else is unchanged: the header before, the image data and end after.
		expect([...png.subarray(0, 33)]).toEqual([...onePixel.subarray(0, 33)]);
		expect([...png.subarray(-25)]).toEqual([...onePixel.subarray(-25)]);
	});

	it('writes chunks whose CRC a PNG reader accepts', () => {
		const png = withPngText(onePixel, { Title: 'x' });
		const view = new DataView(png.buffer);
		const length = view.getUint32(33);
		const stored = view.getUint32(33 + 8 + length);
		expect(stored).toBe(zlibCrc32(Buffer.from(png.subarray(37, 41 + length))));
	});

	it('refuses what is not a PNG', () => {
		expect(() => withPngText(new Uint8Array(10), { Title: 'x' })).toThrow('Not a PNG');
	});
});
