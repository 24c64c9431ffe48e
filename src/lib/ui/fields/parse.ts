/**
 * Reads what a person typed into a number field. Strict on purpose: anything ambiguous is refused
 * with a reason the field explains in the page's language, and, where the intent is clear
 * (full-width digits, thousands separators), a suggested value the reader can accept with one click.
 */

export type FieldKind = 'number' | 'percent' | 'money' | 'count';

export interface FieldRules {
	readonly kind: FieldKind;
	/** Limits in model units (percent fields: 0.05 means 5%). */
	readonly min: number;
	readonly max: number;
	/** Whole numbers only (counts, periods). */
	readonly integer?: boolean;
}

export type FieldErrorCode =
	| 'empty'
	| 'notNumber'
	| 'fullWidth'
	| 'grouping'
	| 'tooLarge'
	| 'belowMin'
	| 'aboveMax'
	| 'notInteger';

export type ParseResult =
	| { readonly ok: true; readonly value: number }
	| {
			readonly ok: false;
			readonly code: FieldErrorCode;
			/** A corrected reading of the text, in display units, when the intent is clear. */
			readonly suggestion?: string;
	  };

const fullWidth = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF05\u3002]/;

/** Converts full-width digits and punctuation (１２．５) to ASCII (12.5). */
export function toHalfWidth(text: string): string {
	return text
		.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/[\uFF0E\u3002]/g, '.')
		.replace(/\uFF0C/g, ',')
		.replace(/\uFF0D/g, '-')
		.replace(/\uFF05/g, '%');
}

const plainNumber = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Converts between model units and what the field shows (percent fields show ×100). */
export const toDisplay = (value: number, kind: FieldKind) =>
	kind === 'percent' ? Math.round(value * 100 * 1e9) / 1e9 : value;
export const fromDisplay = (value: number, kind: FieldKind) =>
	kind === 'percent' ? value / 100 : value;

/**
 * Parses typed text into a value in model units, or explains why it cannot.
 *
 * @example
 * parseField('12.5', { kind: 'percent', min: 0, max: 1 }) //=> { ok: true, value: 0.125 }
 * parseField('1,000', { kind: 'money', min: 0, max: 1e9 }) //=> { ok: false, code: 'grouping', suggestion: '1000' }
 */
export function parseField(raw: string, rules: FieldRules): ParseResult {
	let text = raw.trim();
	if (text === '') return { ok: false, code: 'empty' };
	if (rules.kind === 'percent') text = text.replace(/\s*[%\uFF05]$/, '');

	if (fullWidth.test(text)) {
		const converted = toHalfWidth(text).replace(/,/g, '');
		return plainNumber.test(converted)
			? { ok: false, code: 'fullWidth', suggestion: converted }
			: { ok: false, code: 'notNumber' };
	}
	if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
		return { ok: false, code: 'grouping', suggestion: text.replace(/,/g, '') };
	}
	if (!plainNumber.test(text)) return { ok: false, code: 'notNumber' };

	const shown = Number(text);
	if (!Number.isFinite(shown)) return { ok: false, code: 'tooLarge' };
	const value = fromDisplay(shown, rules.kind);
	if (rules.integer && !Number.isInteger(shown)) return { ok: false, code: 'notInteger' };
	if (value < rules.min) return { ok: false, code: 'belowMin' };
	if (value > rules.max) return { ok: false, code: value > 1e15 ? 'tooLarge' : 'aboveMax' };
	return { ok: true, value };
}
