import { describe, expect, it } from 'vitest';
import pageEn from '$lib/i18n/messages/en/segments';
import pageZh from '$lib/i18n/messages/zh/segments';
import {
	importErrorText,
	listText,
	megabytes,
	otherMark,
	pasteTooLongText,
	readingText
} from './own-table-text';
import { sectionTexts } from './section-texts';

const en = sectionTexts(pageEn, 'en');
const zh = sectionTexts(pageZh, 'zh');

describe('what the own-table panel says', () => {
	it.each([
		[25.5, 'en', '25.5 MB'],
		[25, 'en', '25 MB'],
		[1.25, 'zh', '1.3 MB']
	] as const)('writes %d megabytes (%s) as %s, to one decimal', (size, locale, text) => {
		expect(megabytes(size * 1024 * 1024, locale)).toBe(text);
	});

	it('counts a paste too long in characters and lines, grouped as the page’s language does', () => {
		const pasted = 'a'.repeat(2_500_000) + '\n\n';
		expect(pasteTooLongText(pasted, 'en', en)).toContain('2,500,002 characters of text (3 lines)');
		expect(pasteTooLongText(pasted, 'zh', zh)).toContain('2,500,002 个字符（3 行）');
	});

	it('names the reason a file cannot be read, with its line or size', () => {
		expect(importErrorText({ code: 'binary' }, 'en', en)).toBe(en.own.errors.binary);
		expect(importErrorText({ code: 'header-only' }, 'zh', zh)).toBe(zh.own.errors['header-only']);
		expect(importErrorText({ code: 'unbalanced-quote', line: 1234 }, 'en', en)).toContain(
			'line 1,234'
		);
		const big = { code: 'too-large', bytes: 30 * 1024 * 1024, limit: 1 } as const;
		expect(importErrorText(big, 'en', en)).toBe(en.own.fileTooLarge('30 MB'));
		// a code the panel has no sentence for falls back to the general one, never a blank
		expect(importErrorText({ code: 'no-valid-rows' }, 'zh', zh)).toBe(zh.own.readFailed);
	});

	it('says how a field was read, naming the file’s own headers', () => {
		const reading = {
			field: 'recency_days',
			headers: ['T', 'recency'],
			rule: 'end-minus-recency'
		} as const;
		expect(readingText(reading, en)).toMatch(/^[^:]+: T − recency, /);
		const plain = { field: 'id', headers: ['客户'], rule: 'as-is' } as const;
		expect(readingText(plain, zh)).toContain('客户');
	});

	it('lists as each language does and offers the other decimal mark', () => {
		expect(listText(['a', 'b'], 'en')).toBe('a, b');
		expect(listText(['甲', '乙'], 'zh')).toBe('甲、乙');
		expect(otherMark('point')).toBe('comma');
		expect(otherMark('comma')).toBe('point');
	});
});
