/**
 * A downloaded chart says what it is, even pasted into a slide: the PNG gets a title above the
 * chart and, below it, the inputs that made it, the date and the page address (which reopens the
 * exact scenario). The same text goes into the file's metadata (png-text.ts). Text layout is pure
 * (a `measure` function stands in for the canvas); reading the inputs looks at the page.
 */

/** Most inputs listed under a chart; the address holds all of them. */
export const maxCaptionInputs = 24;

/** Breaks `text` into lines no wider than `width`, at spaces where it can, anywhere if it must. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	// Words with their following space; CJK text and long addresses break between characters.
	for (const piece of text.match(/\S+\s*|\s+/g) ?? []) {
		if (measure(line + piece.trimEnd()) <= width) {
			line += piece;
			continue;
		}
		if (line) lines.push(line.trimEnd());
		line = '';
		for (const char of piece) {
			if (line && measure(line + char) > width) {
				lines.push(line.trimEnd());
				line = '';
			}
			line += char;
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** "Label: value" for the inputs, `maxCaptionInputs` at most, with a note on how many more. */
export function inputsText(
	inputs: readonly string[],
	more: (count: number) => string,
	separator: string
): string {
	const shown = inputs.slice(0, maxCaptionInputs);
	const rest = inputs.length - shown.length;
	return shown.join(separator) + (rest > 0 ? separator + more(rest) : '');
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text a form control shows, with the signs and units drawn around it (¥1,200, 30%, 12 months). */
function shownValue(control: HTMLInputElement | HTMLSelectElement): string {
	if (control instanceof HTMLSelectElement) return clean(control.selectedOptions[0]?.text);
	const box = control.parentElement;
	if (!box?.querySelector(':scope > .affix')) return clean(control.value);
	let before = '';
	let after = '';
	let seen = false;
	for (const child of box.children) {
		if (child === control) seen = true;
		else if (!seen) before += clean(child.textContent);
		else {
			const text = clean(child.textContent);
			if (text) after += text === '%' ? text : ` ${text}`;
		}
	}
	return before + clean(control.value) + after;
}

/** A control's label as read, without the text of the control itself (a select's options). */
function labelOf(control: HTMLInputElement | HTMLSelectElement): string {
	const label = control.labels?.[0];
	if (!label) return clean(control.getAttribute('aria-label'));
	const copy = label.cloneNode(true) as HTMLElement;
	for (const inner of copy.querySelectorAll('select, input, textarea')) inner.remove();
	return clean(copy.textContent);
}

/** A question used as a heading ("When do the margins arrive?") reads as a name before a colon. */
const asName = (text: string) => text.replace(/[?？:：]$/, '');

/**
 * The inputs of the calculator around `element` as "Label: value" lines, in page order: text
 * fields and selects with their shown value, the chosen option of each radio group, ticked boxes.
 * Sliders (they repeat a field), file pickers and the save/compare panels are left out.
 */
export function readInputs(
	element: Element,
	words: { yes: string; pair: (label: string, value: string) => string }
): string[] {
	const { yes, pair } = words;
	const root = element.closest('[data-calculator]');
	if (!root) return [];
	const lines: string[] = [];
	for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
		'input, select'
	)) {
		if (control.closest('.chart-figure, .panel, dialog, [data-caption-skip]')) continue;
		const type = control instanceof HTMLInputElement ? control.type : 'select';
		if (['range', 'file', 'hidden', 'button', 'submit'].includes(type)) continue;
		if (type === 'radio' || type === 'checkbox') {
			const input = control as HTMLInputElement;
			if (!input.checked) continue;
			const legend = clean(input.closest('fieldset')?.querySelector('legend')?.textContent);
			const label = labelOf(input);
			if (type === 'radio') lines.push(legend ? pair(asName(legend), label) : label);
			else lines.push(pair(asName(label), yes));
			continue;
		}
		const label = labelOf(control);
		const value = shownValue(control);
		if (label && value) lines.push(pair(asName(label), value));
	}
	return lines;
}

export interface Caption {
	readonly title: string;
	readonly inputs: string;
	/** Date and address, one line each. */
	readonly footer: readonly string[];
}

/**
 * The chart on a new canvas with the caption: title above, inputs and footer below, on the page's
 * background in its text colour. `scale` is the device pixel ratio the chart was drawn at.
 */
export function captioned(
	chart: HTMLCanvasElement,
	caption: Caption,
	style: { background: string; text: string; muted: string; font: string; scale: number }
): HTMLCanvasElement {
	const { scale } = style;
	const pad = Math.round(16 * scale);
	const width = chart.width + 2 * pad;
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d');
	if (!context) return chart;
	const titleFont = `600 ${Math.round(18 * scale)}px ${style.font}`;
	const bodyFont = `${Math.round(12 * scale)}px ${style.font}`;
	const measureWith = (font: string) => (text: string) => {
		context.font = font;
		return context.measureText(text).width;
	};
	const inner = width - 2 * pad;
	const title = wrapText(caption.title, inner, measureWith(titleFont));
	const inputs = wrapText(caption.inputs, inner, measureWith(bodyFont));
	const footer = caption.footer.flatMap((line) => wrapText(line, inner, measureWith(bodyFont)));
	const titleLine = Math.round(24 * scale);
	const bodyLine = Math.round(17 * scale);
	const top = pad + title.length * titleLine + Math.round(8 * scale);
	const below = top + chart.height + Math.round(10 * scale);
	canvas.width = width;
	canvas.height = below + (inputs.length + footer.length) * bodyLine + pad;

	context.fillStyle = style.background;
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.textBaseline = 'top';
	context.fillStyle = style.text;
	context.font = titleFont;
	title.forEach((line, i) => context.fillText(line, pad, pad + i * titleLine));
	context.drawImage(chart, pad, top);
	context.font = bodyFont;
	inputs.forEach((line, i) => context.fillText(line, pad, below + i * bodyLine));
	context.fillStyle = style.muted;
	const after = below + inputs.length * bodyLine;
	footer.forEach((line, i) => context.fillText(line, pad, after + i * bodyLine));
	return canvas;
}
