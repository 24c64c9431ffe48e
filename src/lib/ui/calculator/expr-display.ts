/**
 * Display helpers for model formulas: the variables a formula uses (for its legend) and the same
 * tree with some variables shown under another name (e.g. a source of value named in the reader's
 * language). Values are untouched, so the arithmetic shown is the arithmetic computed.
 */
import type { Expr } from '$lib/model/expr';

/** Names of the variables and sum indices in a formula, in order of first appearance. */
export function symbolsIn(expr: Expr): string[] {
	const found = new Set<string>();
	const walk = (e: Expr): void => {
		switch (e.op) {
			case 'var':
			case 'index':
				found.add(e.name);
				return;
			case 'const':
				return;
			case 'add':
			case 'sub':
			case 'mul':
				e.args.forEach(walk);
				return;
			case 'div':
				walk(e.num);
				walk(e.den);
				return;
			case 'pow':
				walk(e.base);
				walk(e.exp);
				return;
			case 'neg':
			case 'paren':
				walk(e.arg);
				return;
			case 'sum':
				found.add(e.index);
				walk(e.body);
		}
	};
	walk(expr);
	return [...found];
}

/**
 * The tree with variables renamed by `names` (unlisted names kept).
 *
 * @example
 * renameVars(add(v('main', 600), v('premium', 50)), { main: 'first' }) // first + premium
 */
export function renameVars(expr: Expr, names: Readonly<Record<string, string>>): Expr {
	const go = (e: Expr): Expr => renameVars(e, names);
	switch (expr.op) {
		case 'var':
			return names[expr.name] ? { ...expr, name: names[expr.name]! } : expr;
		case 'const':
		case 'index':
			return expr;
		case 'add':
		case 'sub':
		case 'mul':
			return { op: expr.op, args: expr.args.map(go) };
		case 'div':
			return { op: 'div', num: go(expr.num), den: go(expr.den) };
		case 'pow':
			return { op: 'pow', base: go(expr.base), exp: go(expr.exp) };
		case 'neg':
		case 'paren':
			return { op: expr.op, arg: go(expr.arg) };
		case 'sum':
			return { ...expr, body: go(expr.body) };
	}
}
