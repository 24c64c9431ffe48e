/**
 * A tiny expression tree for showing arithmetic.
 *
 * Every model returns, beside its value, the formulas that produced it as `Expr` trees. A tree is
 * written once with named variables that carry their values, so the UI can render it twice from the
 * same data: symbolically ("CLV = m(1+i)/(1+i−r)") and with the user's numbers substituted
 * ("CLV = 100 × 1.12 / (1.12 − 0.8)"). `evaluate` recomputes a tree, which lets tests prove that the
 * formula shown is the formula used.
 *
 * Plain data only: no Svelte, no DOM. Rendering to MathML lives in `$lib/ui/math`.
 */

/** How a substituted value is written. Rates are written as decimals so the arithmetic reads right. */
export type ValueFormat = 'money' | 'rate' | 'count' | 'number';

export type Expr =
	/** A named quantity, e.g. `m` (margin per period). `name` may carry a subscript: `m_t`. */
	| {
			readonly op: 'var';
			readonly name: string;
			readonly value: number;
			readonly format: ValueFormat;
	  }
	/** A literal number that is part of the formula itself, such as the 1 in (1 + i). */
	| { readonly op: 'const'; readonly value: number }
	/** The running index of a sum (`t`), only meaningful inside `sum`. */
	| { readonly op: 'index'; readonly name: string }
	| { readonly op: 'add' | 'sub' | 'mul'; readonly args: readonly Expr[] }
	| { readonly op: 'div'; readonly num: Expr; readonly den: Expr }
	| { readonly op: 'pow'; readonly base: Expr; readonly exp: Expr }
	| { readonly op: 'neg'; readonly arg: Expr }
	| { readonly op: 'paren'; readonly arg: Expr }
	/** Σ_{index=from..to} body. `to` may be Infinity for display; `evaluate` refuses it. */
	| {
			readonly op: 'sum';
			readonly index: string;
			readonly from: number;
			readonly to: number;
			readonly body: Expr;
	  };

/** One named step of a computation: `id` names it (the UI translates it), `formula` shows how. */
export interface Step {
	readonly id: string;
	readonly formula: Expr;
	readonly value: number;
}

export const v = (name: string, value: number, format: ValueFormat = 'number'): Expr => ({
	op: 'var',
	name,
	value,
	format
});
export const c = (value: number): Expr => ({ op: 'const', value });
export const idx = (name: string): Expr => ({ op: 'index', name });
export const add = (...args: Expr[]): Expr => ({ op: 'add', args });
export const sub = (...args: Expr[]): Expr => ({ op: 'sub', args });
export const mul = (...args: Expr[]): Expr => ({ op: 'mul', args });
export const div = (num: Expr, den: Expr): Expr => ({ op: 'div', num, den });
export const pow = (base: Expr, exp: Expr): Expr => ({ op: 'pow', base, exp });
export const neg = (arg: Expr): Expr => ({ op: 'neg', arg });
export const paren = (arg: Expr): Expr => ({ op: 'paren', arg });
export const sum = (index: string, from: number, to: number, body: Expr): Expr => ({
	op: 'sum',
	index,
	from,
	to,
	body
});

/**
 * Evaluates a tree. Sums must be finite (at most 10 000 terms).
 *
 * @example
 * evaluate(div(mul(v('m', 100), paren(add(c(1), v('i', 0.12)))), paren(sub(add(c(1), v('i', 0.12)), v('r', 0.8)))))
 * //=> 350
 */
export function evaluate(expr: Expr, scope: Readonly<Record<string, number>> = {}): number {
	switch (expr.op) {
		case 'var':
		case 'const':
			return expr.value;
		case 'index': {
			const value = scope[expr.name];
			if (value === undefined) throw new Error(`index "${expr.name}" used outside its sum`);
			return value;
		}
		case 'add':
			return expr.args.reduce((acc, arg) => acc + evaluate(arg, scope), 0);
		case 'sub':
			return expr.args
				.slice(1)
				.reduce((acc, arg) => acc - evaluate(arg, scope), evaluate(expr.args[0]!, scope));
		case 'mul':
			return expr.args.reduce((acc, arg) => acc * evaluate(arg, scope), 1);
		case 'div':
			return evaluate(expr.num, scope) / evaluate(expr.den, scope);
		case 'pow':
			return Math.pow(evaluate(expr.base, scope), evaluate(expr.exp, scope));
		case 'neg':
			return -evaluate(expr.arg, scope);
		case 'paren':
			return evaluate(expr.arg, scope);
		case 'sum': {
			if (!Number.isFinite(expr.to) || expr.to - expr.from > 10_000) {
				throw new Error('cannot evaluate an infinite or very long sum');
			}
			let total = 0;
			for (let t = expr.from; t <= expr.to; t++) {
				total += evaluate(expr.body, { ...scope, [expr.index]: t });
			}
			return total;
		}
	}
}

/** The direct sub-expressions of a node, in reading order (none for variables and numbers). */
export function children(expr: Expr): readonly Expr[] {
	switch (expr.op) {
		case 'add':
		case 'sub':
		case 'mul':
			return expr.args;
		case 'div':
			return [expr.num, expr.den];
		case 'pow':
			return [expr.base, expr.exp];
		case 'neg':
		case 'paren':
			return [expr.arg];
		case 'sum':
			return [expr.body];
		default:
			return [];
	}
}

/**
 * Every node of a tree, each before its sub-expressions, in reading order: the one way to look
 * through a formula (which variables it uses, its largest number…).
 *
 * @example
 * nodes(mul(v('m', 10), c(2))).map((e) => e.op) //=> ['mul', 'var', 'const']
 */
export function nodes(expr: Expr): Expr[] {
	const found: Expr[] = [];
	const visit = (e: Expr): void => {
		found.push(e);
		children(e).forEach(visit);
	};
	visit(expr);
	return found;
}

/** The same node with each direct sub-expression replaced by `f(child)`; leaves are returned as is. */
export function mapChildren(expr: Expr, f: (child: Expr) => Expr): Expr {
	switch (expr.op) {
		case 'add':
		case 'sub':
		case 'mul':
			return { op: expr.op, args: expr.args.map(f) };
		case 'div':
			return { op: 'div', num: f(expr.num), den: f(expr.den) };
		case 'pow':
			return { op: 'pow', base: f(expr.base), exp: f(expr.exp) };
		case 'neg':
		case 'paren':
			return { op: expr.op, arg: f(expr.arg) };
		case 'sum':
			return { ...expr, body: f(expr.body) };
		default:
			return expr;
	}
}

/**
 * The tree with named variables replaced: by a new name (a symbol in the reader's language; value
 * and format kept, so the arithmetic shown stays the arithmetic computed) or by another expression
 * (a variable with its own value). Unlisted variables, sum indices and numbers are kept.
 *
 * @example
 * renameVars(add(v('main', 600), v('premium', 50)), { main: 'first' }) // first + premium
 * renameVars(mul(v('m', 1), v('r', 0.8)), { m: v('m₁', 100, 'money') }) // m₁ × r, = 80
 */
export function renameVars(expr: Expr, by: Readonly<Record<string, string | Expr>>): Expr {
	if (expr.op !== 'var') return mapChildren(expr, (child) => renameVars(child, by));
	const to = Object.hasOwn(by, expr.name) ? by[expr.name] : undefined;
	if (!to) return expr;
	return typeof to === 'string' ? { ...expr, name: to } : to;
}

/**
 * Names of the variables and sum indices in a formula, in order of first appearance (for its legend).
 *
 * @example
 * symbolsIn(sum('t', 1, 3, mul(v('m', 10), pow(v('r', 0.5), idx('t'))))) //=> ['t', 'm', 'r']
 */
export function symbolsIn(expr: Expr): string[] {
	const found = new Set<string>();
	for (const node of nodes(expr)) {
		if (node.op === 'var' || node.op === 'index') found.add(node.name);
		else if (node.op === 'sum') found.add(node.index);
	}
	return [...found];
}
