/**
 * Renders model formulas (`Expr` trees) as MathML markup and as plain text, either symbolically
 * ("m(1 + i)") or with the user's numbers ("100 × (1 + 0.12)"). No math library reaches the
 * browser: browsers typeset MathML Core natively, and this file is the whole renderer.
 */
import type { Expr } from '$lib/model/expr';
import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';

export type MathMode = 'symbolic' | 'numeric';

const escape = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Binding strength, to decide where parentheses are needed. With the user's numbers substituted a
 * negative number is a unary minus, so it binds like `neg`: (−0.7)² rather than −0.7², −(−0.7).
 */
function precedence(expr: Expr, mode: MathMode): number {
	if (mode === 'numeric' && isNegativeNumber(expr)) return 2;
	switch (expr.op) {
		case 'add':
		case 'sub':
			return 1;
		case 'mul':
		case 'div':
		case 'sum':
		case 'neg':
			return 2;
		case 'pow':
			return 3;
		default:
			return 4;
	}
}

function isNegativeNumber(expr: Expr): boolean {
	return (expr.op === 'var' || expr.op === 'const') && expr.value < 0;
}

/**
 * The precedence an operand must beat: a negative number after an operator is always bracketed,
 * so the arithmetic reads "1 + (−0.71)" and "2 × (−0.71)", never "1 + −0.71" or "1 − −0.71".
 */
function bindAfterOperator(e: Expr, mode: MathMode, bind: number, first: boolean): number {
	return !first && mode === 'numeric' && isNegativeNumber(e) ? Infinity : bind;
}

/** Formats a substituted value: rates as decimals (0.12) so the arithmetic can be checked by hand. */
export function formatValue(value: number, format: string, locale: Locale): string {
	if (format === 'rate') return formatNumber(value, locale, { digits: 6 });
	if (format === 'count') return formatNumber(value, locale, { digits: 2 });
	return formatNumber(value, locale, { digits: Math.abs(value) >= 100 ? 2 : 4 });
}

function identifier(name: string): string {
	const [base, sub] = name.split('_');
	const mi = (s: string) => `<mi>${escape(s)}</mi>`;
	return sub ? `<msub>${mi(base!)}${mi(sub)}</msub>` : mi(base!);
}

function numberML(text: string): string {
	return text.startsWith('-') || text.startsWith('−')
		? `<mrow><mo>−</mo><mn>${escape(text.slice(1))}</mn></mrow>`
		: `<mn>${escape(text)}</mn>`;
}

/** A summation sign with its limits: ∑ from `index = from` to `to` (∞ for none). */
function sumSign(e: Extract<Expr, { op: 'sum' }>): string {
	const to = Number.isFinite(e.to) ? numberML(String(e.to)) : '<mi>∞</mi>';
	return `<munderover><mo>∑</mo><mrow>${identifier(e.index)}<mo>=</mo>${numberML(String(e.from))}</mrow>${to}</munderover>`;
}

/** MathML for an expression (without the outer <math> element). */
export function toMathML(expr: Expr, mode: MathMode, locale: Locale): string {
	const recur = (e: Expr, parentPrecedence = 0): string => {
		const inner = render(e);
		return precedence(e, mode) < parentPrecedence
			? `<mrow><mo>(</mo>${inner}<mo>)</mo></mrow>`
			: inner;
	};
	const operand = (e: Expr, bind: number, i: number) =>
		recur(e, bindAfterOperator(e, mode, bind, i === 0));
	const render = (e: Expr): string => {
		switch (e.op) {
			case 'var':
				return mode === 'symbolic'
					? identifier(e.name)
					: numberML(formatValue(e.value, e.format, locale));
			case 'const':
				return numberML(formatNumber(e.value, locale, { digits: 6 }));
			case 'index':
				return identifier(e.name);
			case 'add':
				return `<mrow>${e.args.map((a, i) => operand(a, 1, i)).join('<mo>+</mo>')}</mrow>`;
			case 'sub':
				return `<mrow>${e.args.map((a, i) => operand(a, i === 0 ? 1 : 2, i)).join('<mo>−</mo>')}</mrow>`;
			case 'mul': {
				const symbolic = mode === 'symbolic';
				const parts = e.args.map((a, i) => operand(a, 2, i));
				return `<mrow>${parts.join(symbolic ? '<mo>&#x2062;</mo>' : '<mo>×</mo>')}</mrow>`;
			}
			case 'div':
				return `<mfrac>${render(e.num)}${render(e.den)}</mfrac>`;
			case 'pow':
				return `<msup>${recur(e.base, 4)}${render(e.exp)}</msup>`;
			case 'neg':
				return `<mrow><mo>−</mo>${recur(e.arg, 3)}</mrow>`;
			case 'paren':
				return `<mrow><mo>(</mo>${render(e.arg)}<mo>)</mo></mrow>`;
			case 'sum':
				return `<mrow>${sumSign(e)}${recur(e.body, 2)}</mrow>`;
		}
	};
	return render(expr);
}

/**
 * The same MathML as `toMathML`, cut into pieces a line may break between, so a long formula wraps
 * on a phone or a projector instead of being cut off (browsers do not break MathML lines). Breaks
 * fall before a top-level +, − or × (a product written by juxtaposition too: the continuation
 * hangs under the first line), inside brackets and after a sum sign, the operator starting the next
 * line as typesetters do; fractions and powers stay whole.
 * Each piece is a run of MathML elements for its own `<math>`; an operator that opens a piece is
 * marked `form="infix"` so it keeps its spacing there.
 *
 * @example
 * toMathMLPieces(add(v('a', 1), v('b', 2)), 'numeric', 'en') //=> ['<mn>1</mn>', '<mo form="infix">+</mo><mn>2</mn>']
 */
export function toMathMLPieces(expr: Expr, mode: MathMode, locale: Locale): string[] {
	const whole = (e: Expr) => [toMathML(e, mode, locale)];
	const lead = (op: string, parts: string[]) => [
		`<mo form="infix">${op}</mo>${parts[0] ?? ''}`,
		...parts.slice(1)
	];
	const bracket = (parts: string[]) => {
		const out = [...parts];
		out[0] = `<mo>(</mo>${out[0] ?? ''}`;
		out[out.length - 1] = `${out[out.length - 1] ?? ''}<mo>)</mo>`;
		return out;
	};
	/** A chain of operands joined by `op`, the i-th operand bound as tightly as `bind(i)`. */
	const chain = (args: readonly Expr[], op: string, bind: (i: number) => number) =>
		args.flatMap((a, i) => {
			const parts = recur(a, bindAfterOperator(a, mode, bind(i), i === 0));
			return i === 0 ? parts : lead(op, parts);
		});
	const recur = (e: Expr, parentPrecedence = 0): string[] =>
		precedence(e, mode) < parentPrecedence ? bracket(split(e)) : split(e);
	const split = (e: Expr): string[] => {
		switch (e.op) {
			case 'add':
				return chain(e.args, '+', () => 1);
			case 'sub':
				return chain(e.args, '−', (i) => (i === 0 ? 1 : 2));
			case 'mul':
				return chain(e.args, mode === 'numeric' ? '×' : '&#x2062;', () => 2);
			case 'neg': {
				const parts = recur(e.arg, 3);
				return [`<mo>−</mo>${parts[0] ?? ''}`, ...parts.slice(1)];
			}
			case 'paren':
				return bracket(split(e.arg));
			case 'sum': {
				const parts = recur(e.body, 2);
				return [sumSign(e) + (parts[0] ?? ''), ...parts.slice(1)];
			}
			default:
				return whole(e);
		}
	};
	return split(expr);
}

/** Plain-text form of the same expression, for screen readers, copying and tests. */
export function toText(expr: Expr, mode: MathMode, locale: Locale): string {
	const recur = (e: Expr, parentPrecedence = 0): string => {
		const inner = render(e);
		return precedence(e, mode) < parentPrecedence ? `(${inner})` : inner;
	};
	const operand = (e: Expr, bind: number, i: number) =>
		recur(e, bindAfterOperator(e, mode, bind, i === 0));
	const render = (e: Expr): string => {
		switch (e.op) {
			case 'var':
				return mode === 'symbolic' ? e.name : formatValue(e.value, e.format, locale);
			case 'const':
				return formatNumber(e.value, locale, { digits: 6 });
			case 'index':
				return e.name;
			case 'add':
				return e.args.map((a, i) => operand(a, 1, i)).join(' + ');
			case 'sub':
				return e.args.map((a, i) => operand(a, i === 0 ? 1 : 2, i)).join(' − ');
			case 'mul':
				return e.args.map((a, i) => operand(a, 2, i)).join(' × ');
			case 'div':
				return `${recur(e.num, 2)} / ${recur(e.den, 3)}`;
			case 'pow':
				return `${recur(e.base, 4)}^${recur(e.exp, 4)}`;
			case 'neg':
				return `−${recur(e.arg, 3)}`;
			case 'paren':
				return `(${render(e.arg)})`;
			case 'sum':
				return `Σ[${e.index}=${e.from}..${Number.isFinite(e.to) ? e.to : '∞'}] ${recur(e.body, 2)}`;
		}
	};
	return render(expr);
}
