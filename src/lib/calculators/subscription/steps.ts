/**
 * How the subscription calculator writes its steps: the symbol of each, which are money or
 * percentages, long sums shortened for display, and the legend of symbols whose meaning depends on
 * their subscript (N_3 is period 3's customers at risk, n_2 cohort 2's active customers, DERL_c the
 * shortcut's residual lifetime).
 */
import { evaluate, mapChildren, symbolsIn, v, type Expr, type Step } from '$lib/model/expr';
import { stepKinds } from '$lib/ui/calculator/steps';

/** Step id → the symbol on the left of its equation. */
const symbols: Readonly<Record<string, string>> = {
	periodDiscountRate: 'd',
	'sbg.logLikelihood': 'LL',
	'sbg.customerPeriods': 'ΣN',
	'sbg.meanChurn': 'E[θ]',
	'sbg.churnSpread': 'SD[θ]',
	'sbg.polarization': 'φ',
	'sbg.alpha': 'α',
	'sbg.del': 'DEL',
	'sbg.clv': 'CLV',
	'sbg.derl': 'DERL',
	'sbg.residualValue': 'RV',
	'sbg.baseValue': 'V',
	'sbg.constantChurn': 'c',
	'sbg.constantLifetime': 'L_c',
	'sbg.constantDel': 'DEL_c',
	'sbg.constantDerl': 'DERL_c',
	'sbg.constantBaseValue': 'V_c',
	'sbg.baseValueGap': 'ΔV'
};

/** The symbol of a step; the shortcut's survival names its period: S_c(24). */
export function stepSymbol(step: Step): string {
	if (step.id === 'sbg.constantSurvival' && step.formula.op === 'pow') {
		const exponent = step.formula.exp;
		if (exponent.op === 'const') return `S_c(${exponent.value})`;
	}
	return symbols[step.id] ?? step.id;
}

/** Steps whose value is money or a share; the others are numbers (lifetimes, α, β, LL). */
export const kinds = stepKinds({
	money: [
		'sbg.clv',
		'sbg.residualValue',
		'sbg.baseValue',
		'sbg.constantBaseValue',
		'sbg.baseValueGap'
	],
	percent: ['sbg.meanChurn', 'sbg.constantChurn']
});

/** Longest sum written out term by term. */
export const MAX_TERMS = 8;

/**
 * Shortens a sum of many terms (the log-likelihood of 59 periods, the value of 60 cohorts) to its
 * first three terms, their middle as one subtotal Σ_a..b (its exact value, so the numbers still add
 * up) and the last term.
 *
 * @example
 * // ℓ_1 + ℓ_2 + … + ℓ_20 → ℓ_1 + ℓ_2 + ℓ_3 + Σ_4..19 + ℓ_20
 */
export function shorten(expr: Expr): Expr {
	if (expr.op !== 'add') return mapChildren(expr, shorten);
	const args = expr.args.map(shorten);
	if (args.length <= MAX_TERMS) return { op: 'add', args };
	const middle = args.slice(3, -1);
	const subtotal = middle.reduce((total, term) => total + evaluate(term), 0);
	return {
		op: 'add',
		args: [...args.slice(0, 3), v(`Σ_${4}..${args.length - 1}`, subtotal), args.at(-1)!]
	};
}

/** What the legend says: symbols by name, and those with a numeric subscript by their base. */
export interface LegendTexts {
	readonly symbols: Readonly<Record<string, string>>;
	readonly indexed: Readonly<Record<string, (index: string) => string>>;
}

/** Symbols written once for all their subscripts when a formula has many: ℓ_t, N_t, n_j, DERL_j. */
const running: Readonly<Record<string, string>> = { ℓ: 't', N: 't', n: 'j', DERL: 'j' };
/** How many subscripts of one symbol make it worth writing once. */
const MANY = 3;

/**
 * The legend of one formula: each symbol it uses, by its full name (`DERL_c`, `i_year`), else by
 * its base and subscript (`N_3` → indexed.N('3')), else by its base. A symbol used with many
 * numbered subscripts (a sum over periods or cohorts) is explained once, as `ℓ_t` or `n_j`.
 */
export function legendOf(formula: Expr, texts: LegendTexts): Record<string, string> {
	const names = symbolsIn(formula);
	const numbered = (name: string) => /^[^_]+_\d+$/.test(name);
	const counts = new Map<string, number>();
	for (const name of names.filter(numbered)) {
		const base = name.split('_')[0]!;
		counts.set(base, (counts.get(base) ?? 0) + 1);
	}
	const found: Record<string, string> = {};
	for (const name of names) {
		const [base = name, index] = name.split('_');
		const letter = running[base];
		if (numbered(name) && letter && (counts.get(base) ?? 0) >= MANY) {
			const meaning = texts.indexed[base]?.(letter);
			if (meaning) found[`${base}_${letter}`] = meaning;
			continue;
		}
		const meaning =
			texts.symbols[name] ??
			(index !== undefined ? texts.indexed[base]?.(index) : undefined) ??
			texts.symbols[base];
		if (meaning) found[name] = meaning;
	}
	return found;
}
