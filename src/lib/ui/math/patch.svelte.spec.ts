import { describe, expect, it } from 'vitest';
import { patchElement, patchPieces } from './patch';

/** An element parsed from markup, as the browser builds it. */
function parse(markup: string): Element {
	const template = document.createElement('template');
	template.innerHTML = markup;
	const element = template.content.firstElementChild!;
	document.body.append(element);
	return element;
}

const row = (label: string, numbers: string[]) =>
	`<span class="expr" role="math" aria-label="${label}">${numbers
		.map(
			(n) =>
				`<math displaystyle="true" aria-hidden="true"><mrow><mi>m</mi><mo>×</mo><mn>${n}</mn></mrow></math>`
		)
		.join('<wbr>')}</span>`;

describe('patchElement', () => {
	it('writes new numbers and names into the same nodes when the shape is the same', () => {
		const current = parse(row('CLV = 12', ['12', '0.8']));
		const numbers = [...current.querySelectorAll('mn')];
		const maths = [...current.querySelectorAll('math')];
		const next = row('CLV = 1,234.5', ['1,234.5', '−0.25']);
		patchElement(current, next);
		expect(current.outerHTML).toBe(parse(next).outerHTML);
		expect(current.getAttribute('aria-label')).toBe('CLV = 1,234.5');
		// the same MathML elements, only their texts changed
		expect([...current.querySelectorAll('math')]).toEqual(maths);
		expect([...current.querySelectorAll('mn')]).toEqual(numbers);
		expect(numbers.map((n) => n.textContent)).toEqual(['1,234.5', '−0.25']);
		expect(numbers[0]!.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
	});

	it('replaces what changed shape and keeps the MathML namespace', () => {
		const current = parse(row('a', ['1', '2']));
		const kept = current;
		const next =
			'<span class="expr" role="math" aria-label="b"><math displaystyle="true" aria-hidden="true"><mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><mi>d</mi></mrow></mfrac></math></span>';
		patchElement(current, next);
		expect(current).toBe(kept);
		expect(current.outerHTML).toBe(parse(next).outerHTML);
		expect(current.querySelector('mfrac')!.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
		// three pieces, then one: the level with another number of nodes is replaced
		patchElement(current, row('c', ['4', '5', '6']));
		expect(current.outerHTML).toBe(parse(row('c', ['4', '5', '6'])).outerHTML);
	});

	it('drops attributes the new markup no longer has', () => {
		const current = parse(
			'<span class="expr" data-x="1"><math><mn lspace="0">1</mn></math></span>'
		);
		patchElement(current, '<span class="expr"><math><mn>2</mn></math></span>');
		expect(current.outerHTML).toBe('<span class="expr"><math><mn>2</mn></math></span>');
	});

	it('patches only the pieces of a row that changed, and rewrites a row of another length', () => {
		const wrap = (piece: string) => `<math displaystyle="true" aria-hidden="true">${piece}</math>`;
		const pieces = ['<mi>m</mi>', '<mo>×</mo><mn>3</mn>', '<mo>=</mo><mn>9</mn>'];
		const current = parse(`<span class="expr">${pieces.map(wrap).join('<wbr>')}</span>`);
		const [first, second, third] = [...current.querySelectorAll('math')];
		const after = ['<mi>m</mi>', '<mo>×</mo><mn>4</mn>', '<mo>=</mo><mn>12</mn>'];
		patchPieces(current, pieces, after, wrap);
		expect(current.innerHTML).toBe(after.map(wrap).join('<wbr>'));
		expect([...current.querySelectorAll('math')]).toEqual([first, second, third]);
		const shorter = ['<mi>m</mi>', '<mo>=</mo><mn>1</mn>'];
		patchPieces(current, after, shorter, wrap);
		expect(current.innerHTML).toBe(shorter.map(wrap).join('<wbr>'));
		expect(current.querySelector('mn')!.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
	});
});
