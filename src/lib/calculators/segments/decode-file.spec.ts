import { describe, expect, it } from 'vitest';
import { decodeCsv, MAX_FILE_BYTES, readCsvFile } from './decode-file';

/** "编号,交易次数,利润" as Excel saves it for a Chinese system (GB18030), byte by byte. */
const gb18030Header = Uint8Array.of(
	...[0xb1, 0xe0, 0xba, 0xc5, 0x2c], // 编号,
	...[0xbd, 0xbb, 0xd2, 0xd7, 0xb4, 0xce, 0xca, 0xfd, 0x2c], // 交易次数,
	...[0xc0, 0xfb, 0xc8, 0xf3] // 利润
);

describe('decodeCsv', () => {
	it('reads UTF-8, with or without a byte-order mark', () => {
		const text = 'id,交易次数,利润\r\nA1,12,960';
		expect(decodeCsv(new TextEncoder().encode(text))).toBe(text);
		const withBom = Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text));
		expect(decodeCsv(withBom)).toBe(text);
		expect(decodeCsv(new TextEncoder().encode(text).buffer)).toBe(text);
	});

	it('falls back to GB18030 when the bytes are not UTF-8', () => {
		expect(decodeCsv(gb18030Header)).toBe('编号,交易次数,利润');
		const rows = new TextEncoder().encode('\r\nA,3,90');
		expect(decodeCsv(Uint8Array.of(...gb18030Header, ...rows))).toBe(
			'编号,交易次数,利润\r\nA,3,90'
		);
	});

	it('leaves plain ASCII alone', () => {
		expect(decodeCsv(new TextEncoder().encode('id,transactions,profit'))).toBe(
			'id,transactions,profit'
		);
		expect(decodeCsv(new Uint8Array())).toBe('');
	});
});

describe('readCsvFile', () => {
	it('reads a file as text', async () => {
		const file = new Blob([gb18030Header, '\r\nB,1,40'], { type: 'text/csv' });
		expect(await readCsvFile(file)).toEqual({ kind: 'text', text: '编号,交易次数,利润\r\nB,1,40' });
	});

	it('refuses a file over the limit without reading it', async () => {
		const file = new Blob(['x'.repeat(11)]);
		expect(await readCsvFile(file, 10)).toEqual({ kind: 'too-large', size: 11 });
		expect(await readCsvFile(new Blob(['x'.repeat(10)]), 10)).toEqual({
			kind: 'text',
			text: 'x'.repeat(10)
		});
		expect(MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
	});

	it('says it failed when the browser cannot read the file', async () => {
		const broken = {
			size: 3,
			arrayBuffer: () => Promise.reject(new Error('NotReadableError'))
		} as unknown as Blob;
		expect(await readCsvFile(broken)).toEqual({ kind: 'failed' });
	});
});
