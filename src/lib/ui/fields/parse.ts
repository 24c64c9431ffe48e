/**
 * Reads what a person typed into a number field. Strict where it matters: anything ambiguous is
 * refused with a reason the field explains in the page's language, and a reading the reader can
 * accept with one click (two where both are plausible: "1,000" is a thousand, or one with a decimal
 * comma). What a reader's own languages write is accepted as typed (`NumberHabits`): full-width
 * digits for Chinese and Japanese readers, Arabic-Indic digits for Arabic and Persian readers,
 * decimal commas for German, French, Russian… readers; for other readers the same text gets a
 * one-click fix instead.
 */

import { toDisplay, fromDisplay, type FieldKind } from './display';

export { toDisplay, fromDisplay, type FieldKind };

export interface FieldRules {
	readonly kind: FieldKind;
	/** Limits in model units (percent fields: 0.05 means 5%). */
	readonly min: number;
	readonly max: number;
	/** Whole numbers only (counts, periods). */
	readonly integer?: boolean;
}

/** How the reader writes numbers (see `numberHabits`); each off unless said. */
export interface NumberHabits {
	/** Full-width digits ０–９ (Chinese, Japanese and Korean input methods). */
	readonly fullWidthDigits?: boolean;
	/** Arabic-Indic digits ٠–٩ / ۰–۹ with "٫" as the decimal mark (Arabic, Persian, Urdu). */
	readonly arabicDigits?: boolean;
	/** A comma before the decimals, points or spaces between thousands ("1.234,5"). */
	readonly decimalComma?: boolean;
}

export type FieldErrorCode =
	| 'empty'
	| 'notNumber'
	| 'fullWidth'
	| 'arabicDigits'
	| 'grouping'
	| 'decimalComma'
	| 'ambiguous'
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
			/** Every plausible reading when the text is ambiguous (`suggestion` is the first). */
			readonly suggestions?: readonly string[];
	  };

const fullWidth = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF05\u3002]/;
const arabic = /[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/;

/** Converts full-width digits and punctuation (１２．５) to ASCII (12.5). */
export function toHalfWidth(text: string): string {
	return text
		.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/[\uFF0E\u3002]/g, '.')
		.replace(/\uFF0C/g, ',')
		.replace(/\uFF0D/g, '-')
		.replace(/\uFF05/g, '%');
}

/** Converts Arabic-Indic and Extended Arabic-Indic digits (١٢٫٥, ۱۲٫۵) to ASCII (12.5). */
export function toAsciiDigits(text: string): string {
	return text
		.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
		.replace(/\u066B/g, '.')
		.replace(/\u066C/g, ',')
		.replace(/\u066A/g, '%');
}

const plainNumber = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

const digitsOf = (tag: string) => {
	try {
		return new Intl.NumberFormat(tag).formatToParts(1234.5);
	} catch {
		return [];
	}
};

/**
 * The number habits of a reader's languages (`navigator.languages`, plus the page's language): a
 * decimal comma where `Intl` writes 1.5 as "1,5", Arabic-Indic digits where it writes them or the
 * language is Arabic, Persian, Urdu, Pashto or Sorani, full-width digits for Chinese, Japanese and
 * Korean.
 *
 * @example
 * numberHabits(['de-DE']) //=> { decimalComma: true, arabicDigits: false, fullWidthDigits: false }
 */
export function numberHabits(languages: readonly string[]): Required<NumberHabits> {
	const habits = { decimalComma: false, arabicDigits: false, fullWidthDigits: false };
	for (const tag of languages) {
		const base = tag.toLowerCase().split('-')[0] ?? '';
		const parts = digitsOf(tag);
		if (parts.find((p) => p.type === 'decimal')?.value === ',') habits.decimalComma = true;
		const written = parts.map((p) => p.value).join('');
		if (arabic.test(written) || ['ar', 'fa', 'ur', 'ps', 'ckb'].includes(base))
			habits.arabicDigits = true;
		if (['zh', 'ja', 'ko'].includes(base)) habits.fullWidthDigits = true;
	}
	return habits;
}

/** A reading of the separators: the plain number, or why it needs a click. */
type Reading =
	| { readonly kind: 'plain'; readonly text: string }
	| { readonly kind: 'fix'; readonly code: 'grouping' | 'decimalComma'; readonly text: string }
	| { readonly kind: 'ambiguous'; readonly texts: readonly [string, string] }
	| { readonly kind: 'none' };

const groups = {
	/** "1,000", "12,345,678": thousands, or (with a decimal comma) a fraction. */
	commaOnly: /^([-+]?)(\d{1,3}(?:,\d{3})+)$/,
	/** "1,234.5": thousands by comma, decimals by point. */
	commaPoint: /^([-+]?)(\d{1,3}(?:,\d{3})+)\.(\d+)$/,
	/** "12,5", "0,96", "1234,5": a decimal comma (a thousands group would have three digits). */
	decimalComma: /^([-+]?)(\d*),(\d+)$/,
	/** "1.234,5", "1.234.567": thousands by point, decimals (if any) by comma. */
	pointComma: /^([-+]?)(\d{1,3}(?:\.\d{3})+),(\d+)$/,
	pointsOnly: /^([-+]?)(\d{1,3}(?:\.\d{3}){2,})$/,
	/** "1.000" for a reader with a decimal comma: a thousand, or one. */
	onePoint: /^([-+]?)(\d{1,3})\.(\d{3})$/,
	/** "1 234,5", "1 234.5", "1'234.5": spaces or apostrophes between thousands. */
	spaced: /^([-+]?)(\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+)(?:[.,](\d+))?$/
};

const joined = (sign: string, whole: string, decimals?: string) =>
	`${sign === '-' ? '-' : ''}${whole.replace(/[^\d]/g, '')}${decimals ? '.' + decimals : ''}`;

/** A decimal reading without trailing zeros ("1.000" → "1"), so it cannot pass for a thousand. */
const tidy = (text: string) => String(Number(text));

/** Reads thousands separators and decimal marks, by the reader's habits. */
function readSeparators(text: string, habits: NumberHabits): Reading {
	if (plainNumber.test(text)) {
		const point = groups.onePoint.exec(text);
		if (point && habits.decimalComma) {
			const [, sign = '', whole = '', part = ''] = point;
			return {
				kind: 'ambiguous',
				texts: [joined(sign, whole + part), tidy(joined(sign, whole, part))]
			};
		}
		return { kind: 'plain', text };
	}
	let m = groups.commaOnly.exec(text);
	if (m) {
		const [, sign = '', whole = ''] = m;
		const thousands = joined(sign, whole);
		if (!habits.decimalComma) return { kind: 'fix', code: 'grouping', text: thousands };
		const [head, ...rest] = whole.split(',');
		// "1,000" as a decimal comma only when it has a single comma
		if (rest.length > 1) return { kind: 'fix', code: 'grouping', text: thousands };
		return { kind: 'ambiguous', texts: [thousands, tidy(joined(sign, head ?? '', rest[0]))] };
	}
	m = groups.commaPoint.exec(text);
	if (m) return { kind: 'fix', code: 'grouping', text: joined(m[1] ?? '', m[2] ?? '', m[3]) };
	m = groups.decimalComma.exec(text);
	if (m) {
		const reading = joined(m[1] ?? '', m[2] || '0', m[3]);
		return habits.decimalComma
			? { kind: 'plain', text: reading }
			: { kind: 'fix', code: 'decimalComma', text: reading };
	}
	m = groups.pointComma.exec(text) ?? groups.pointsOnly.exec(text);
	if (m) {
		const reading = joined(m[1] ?? '', m[2] ?? '', m[3]);
		return habits.decimalComma
			? { kind: 'plain', text: reading }
			: { kind: 'fix', code: 'decimalComma', text: reading };
	}
	m = groups.spaced.exec(text);
	if (m) return { kind: 'plain', text: joined(m[1] ?? '', m[2] ?? '', m[3]) };
	return { kind: 'none' };
}

/**
 * Parses typed text into a value in model units, or explains why it cannot.
 *
 * @example
 * parseField('12.5', { kind: 'percent', min: 0, max: 1 }) //=> { ok: true, value: 0.125 }
 * parseField('1,000', { kind: 'money', min: 0, max: 1e9 }) //=> { ok: false, code: 'grouping', suggestion: '1000' }
 * parseField('12,5', { kind: 'money', min: 0, max: 1e9 }, { decimalComma: true }) //=> { ok: true, value: 12.5 }
 */
export function parseField(raw: string, rules: FieldRules, habits: NumberHabits = {}): ParseResult {
	let text = raw.trim();
	if (text === '') return { ok: false, code: 'empty' };
	if (rules.kind === 'percent') text = text.replace(/\s*[%\uFF05\u066A]$/, '');

	// Another script's digits: read as typed where the reader writes them, else offer the reading.
	let script: 'fullWidth' | 'arabicDigits' | undefined;
	if (fullWidth.test(text)) {
		text = toHalfWidth(text);
		if (!habits.fullWidthDigits) script = 'fullWidth';
	}
	if (arabic.test(text)) {
		text = toAsciiDigits(text);
		if (!habits.arabicDigits) script ??= 'arabicDigits';
	}

	const reading = readSeparators(text, habits);
	if (reading.kind === 'none') return { ok: false, code: 'notNumber' };
	if (reading.kind === 'ambiguous')
		return {
			ok: false,
			code: 'ambiguous',
			suggestion: reading.texts[0],
			suggestions: reading.texts
		};
	if (script) return { ok: false, code: script, suggestion: reading.text };
	if (reading.kind === 'fix') return { ok: false, code: reading.code, suggestion: reading.text };
	return checkLimits(reading.text, rules);
}

/** A plainly written number against the field's limits. */
function checkLimits(text: string, rules: FieldRules): ParseResult {
	const shown = Number(text);
	if (!Number.isFinite(shown)) return { ok: false, code: 'tooLarge' };
	const value = fromDisplay(shown, rules.kind);
	if (rules.integer && !Number.isInteger(shown)) return { ok: false, code: 'notInteger' };
	if (value < rules.min) return { ok: false, code: 'belowMin' };
	if (value > rules.max) return { ok: false, code: value > 1e15 ? 'tooLarge' : 'aboveMax' };
	return { ok: true, value };
}
