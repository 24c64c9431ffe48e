import { describe, expect, it } from 'vitest';
import { qrShape } from './qr';

describe('qrShape', () => {
	it('draws a square code with the three finder patterns', () => {
		const { size, path } = qrShape('http://127.0.0.1:4173/zh/calculate/clv/?v=1&spend=100');
		expect(size).toBeGreaterThanOrEqual(21);
		expect((size - 17) % 4).toBe(0);
		// Finder patterns: the top-left, top-right and bottom-left corners are dark.
		for (const [col, row] of [
			[0, 0],
			[size - 1, 0],
			[0, size - 1]
		])
			expect(path).toContain(`M${col} ${row}h1v1h-1z`);
	});

	it('grows with the text and stays deterministic', () => {
		const short = qrShape('https://x.test/');
		const long = qrShape('https://x.test/' + 'a'.repeat(300));
		expect(long.size).toBeGreaterThan(short.size);
		expect(qrShape('https://x.test/')).toEqual(short);
	});
});
