/**
 * What the page says when the model refuses the inputs: the message, in the page's language, with
 * the limits written the way the input is typed, placed next to the input it concerns (or above
 * the inputs when it concerns none).
 */
import { formatMoney, formatNumber, formatPercent, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type wordsEn from '$lib/i18n/messages/en/words';
import type { FieldProblem, InputKind } from '$lib/state/field-problem';

/** A limit of an input, written the way the input is typed. */
export function limitText(value: number, kind: InputKind, currency: Currency, locale: Locale) {
	if (kind === 'percent') return formatPercent(value, locale, { digits: 2 });
	if (kind === 'money') return formatMoney(value, currency, locale, { whole: true });
	return formatNumber(value, locale, { digits: 4 });
}

/**
 * The message for a model refusal; `label` names an input (for an uplift, the input that holds its
 * base).
 */
export function problemText(
	problem: FieldProblem,
	words: typeof wordsEn,
	locale: Locale,
	currency: Currency,
	label: (input: string) => string
): string {
	const limit = (x: number | undefined) =>
		x === undefined ? '' : limitText(x, problem.format, currency, locale);
	const e = words.problem;
	switch (problem.kind) {
		case 'uplift':
			return e.uplift(label(problem.base ?? ''), limit(problem.min), limit(problem.max));
		case 'floor':
			return e.floor(label(problem.base ?? ''), limit(problem.min));
		case 'range':
			return e.range(limit(problem.min), limit(problem.max));
		case 'min':
			return e.min(limit(problem.min));
		case 'max':
			return e.max(limit(problem.max));
		case 'integer':
			return e.integer;
		default:
			return e.other;
	}
}

export interface ProblemMessages {
	/** Input key → the message to show beside it. */
	readonly byInput: Readonly<Record<string, string>>;
	/** A message that concerns no single input. */
	readonly general?: string;
}

/**
 * Where the page shows a refusal, and what it says (with the note that the results are the last
 * valid ones). `explain` gives a calculator's own words for a refusal it knows better than the
 * kit (e.g. a market smaller than the customers it starts with), `undefined` for the others.
 */
export function problemMessages(
	problem: FieldProblem | undefined,
	words: typeof wordsEn,
	locale: Locale,
	currency: Currency,
	label: (input: string) => string,
	explain?: (problem: FieldProblem) => string | undefined
): ProblemMessages {
	if (!problem) return { byInput: {} };
	const text = explain?.(problem) ?? problemText(problem, words, locale, currency, label);
	const message = `${text} ${words.problem.kept}`;
	return problem.input
		? { byInput: { [problem.input]: message } }
		: { byInput: {}, general: message };
}
