import { describe, expect, it } from 'vitest';
import { inputsText, maxCaptionInputs, wrapText } from './png-caption';

/** One unit per character: a stand-in for a canvas's text measure. */
const measure = (text: string) => [...text].length;

describe('PNG caption text', () => {
	it('wraps at spaces, and inside a word or an address only when it must', () => {
		expect(wrapText('Spend per year: $1,200; Gross margin: 30%', 20, measure)).toEqual([
			'Spend per year:',
			'$1,200; Gross',
			'margin: 30%'
		]);
		const address = 'https://clv.example/en/calculate/clv/?v=1&k=abc&unit=year';
		const lines = wrapText(address, 20, measure);
		expect(lines.join('')).toBe(address);
		expect(Math.max(...lines.map(measure))).toBeLessThanOrEqual(20);
	});

	it('wraps Chinese text between characters', () => {
		expect(wrapText('每年消费额：1,200；毛利率：30%', 8, measure)).toEqual([
			'每年消费额：1,',
			'200；毛利率：',
			'30%'
		]);
	});

	it('lists the inputs, and says how many more there are', () => {
		const inputs = Array.from({ length: maxCaptionInputs + 3 }, (_, i) => `F${i}: ${i}`);
		const text = inputsText(inputs, (n) => `${n} more`, '; ');
		expect(text.startsWith('F0: 0; F1: 1')).toBe(true);
		expect(text.endsWith(`F${maxCaptionInputs - 1}: ${maxCaptionInputs - 1}; 3 more`)).toBe(true);
		expect(inputsText(['A: 1'], (n) => `${n} more`, '; ')).toBe('A: 1');
	});
});
