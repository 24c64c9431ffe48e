/**
 * What a `NumberField` does with the text typed into it: reads it as a number by the reader's
 * habits (`parse.ts`), or says in the page's language why it cannot (`field-text.ts`). Not part of
 * a page's first load (issue 20): a field shows its value without it, and it arrives when the
 * browser is first idle after the page loads, or when a field is first pointed at, focused or
 * typed into (`loadReader`).
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/field-errors';
import zh from '$lib/i18n/messages/zh/field-errors';
import type { FieldFormat } from './display';
import { problemOf, type FieldProblem } from './field-text';
import { numberHabits, parseField, type FieldRules, type NumberHabits } from './parse';

export { parseField };

/** Text the field could not read, as it says so: why, the fixes offered, and what stays. */
export interface ShownProblem extends FieldProblem {
	/** A fix's button ("Use 1000"). */
	readonly use: (suggestion: string) => string;
	/** That the result still shows the last valid input. */
	readonly kept: string;
}

/** The reading of a field's text: its value, or why it has none. */
export type Reading =
	| { readonly ok: true; readonly value: number }
	| { readonly ok: false; readonly problem: ShownProblem };

let known: { key: string; habits: Required<NumberHabits> } | undefined;

/** How the reader writes numbers: the page's language and the browser's (`navigator.languages`). */
function habitsOf(locale: Locale): Required<NumberHabits> {
	const languages = [locale, ...(typeof navigator === 'undefined' ? [] : navigator.languages)];
	const key = languages.join(' ');
	if (known?.key !== key) known = { key, habits: numberHabits(languages) };
	return known.habits;
}

/**
 * `text` read as the field's number (`rules`), by `habits` if given, else by the page's and the
 * browser's languages; or what the field says about it, in the page's language.
 */
export function readField(
	text: string,
	rules: FieldRules,
	format: FieldFormat,
	habits?: NumberHabits
): Reading {
	const result = parseField(text, rules, habits ?? habitsOf(format.locale));
	if (result.ok) return { ok: true, value: result.value };
	const t = pick(format.locale, en, zh);
	const problem = problemOf(result, rules, format, t.errors);
	return { ok: false, problem: { ...problem, use: t.use, kept: t.keptResult } };
}
