import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCohortTable, encodeCohortTable, MAX_LINK_TABLE_CHARS } from './share-link';
import { REGULAR } from './test-fixtures';

describe('share-link table codec', () => {
	it('writes whole counts as size + losses in base 36', () => {
		expect(encodeCohortTable([[1000, 631, 468]], true)).toEqual({
			kind: 'link',
			text: '1ckrs.a9.4j'
		});
		expect(decodeCohortTable('1ckrs.a9.4j')).toEqual({
			counts: [[1000, 631, 468]],
			sizesKnown: true
		});
		const regular = encodeCohortTable([REGULAR], true);
		expect(regular.kind === 'link' && regular.text.length).toBeLessThan(45);
	});

	it('round-trips fractional counts exactly, and the sizes-assumed flag', () => {
		const counts = [
			[1000, 631.25, 468.125],
			[1000, 600]
		];
		const encoded = encodeCohortTable(counts, false);
		if (encoded.kind !== 'link') throw new Error();
		expect(encoded.text.startsWith('1xa')).toBe(true);
		expect(decodeCohortTable(encoded.text)).toEqual({ counts, sizesKnown: false });
		expect(encodeURIComponent(encoded.text)).toBe(encoded.text);
	});

	it('property: any valid table survives the round trip; the text is URL-safe', () => {
		const row = fc
			.tuple(
				fc.integer({ min: 1, max: 10_000_000 }),
				fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 30 })
			)
			.map(([size, losses]) => {
				const counts = [size];
				for (const loss of losses) counts.push(Math.max(0, counts[counts.length - 1]! - loss));
				return counts;
			});
		fc.assert(
			fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), fc.boolean(), (counts, known) => {
				const encoded = encodeCohortTable(counts, known);
				if (encoded.kind !== 'link') return;
				expect(new URLSearchParams({ t: encoded.text }).toString()).toBe(`t=${encoded.text}`);
				expect(decodeCohortTable(encoded.text)).toEqual({ counts, sizesKnown: known });
			})
		);
	});

	it('a large table is too long for a link', () => {
		const big = Array.from({ length: 60 }, (_, c) =>
			Array.from({ length: 60 - c }, (_, t) => 100_000 - 1_537 * t)
		);
		const encoded = encodeCohortTable(big, true);
		expect(encoded.kind).toBe('too-long');
		if (encoded.kind === 'too-long') expect(encoded.limit).toBe(MAX_LINK_TABLE_CHARS);
	});

	it('refuses tampered or outdated text', () => {
		for (const text of [
			'',
			'2ckrs.a9',
			'1ck',
			'1ckrs.a9.zzzzzzzzzz',
			'1ckrs..4j',
			'1ckrs.a9-',
			'1xk1000_1200',
			'1xk0_0',
			'1xk1e400',
			'1qkrs',
			'1ckRS.a9'
		])
			expect(decodeCohortTable(text), text).toBeUndefined();
		expect(decodeCohortTable(`1ck${'1.'.repeat(MAX_LINK_TABLE_CHARS)}1`)).toBeUndefined();
	});
});
