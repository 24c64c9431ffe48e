import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en/subscription-sections';
import { add, evaluate, mul, paren, v } from '$lib/model/expr';
import { computeSubscription } from './compute';
import { presetInputs } from './presets';
import { legendOf, MAX_TERMS, shorten, stepSymbol } from './steps';

describe('subscription steps', () => {
	it('shortens a long sum to its first terms, one subtotal and the last, adding up the same', () => {
		const terms = Array.from({ length: 20 }, (_, k) => v(`ℓ_${k + 1}`, -(k + 1)));
		const formula = mul(v('m', 2, 'money'), paren(add(...terms)));
		const short = shorten(formula);
		expect(evaluate(short)).toBeCloseTo(evaluate(formula), 12);
		const inner = short.op === 'mul' && short.args[1]!.op === 'paren' ? short.args[1]!.arg : short;
		expect(inner.op === 'add' && inner.args.length).toBe(5);
		const few = add(...terms.slice(0, MAX_TERMS));
		expect(shorten(few)).toEqual(few);
	});

	it('names every symbol of every step, with subscripts read for what they index', () => {
		const view = computeSubscription(presetInputs('fh-regular'), () => undefined);
		for (const step of [...view.steps.fit, ...view.steps.values, ...view.steps.lesson]) {
			expect(en.steps[step.id], step.id).toBeDefined();
			expect(stepSymbol(step)).not.toBe(step.id);
			const formula = shorten(step.formula);
			const legend = legendOf(formula, en.legend);
			for (const name of Object.keys(legend)) expect(legend[name]).not.toBe('');
		}
		const legend = legendOf(
			add(v('N_3', 1), v('DERL_c', 2), v('DERL_2', 3), v('i_year', 0.1)),
			en.legend
		);
		expect(legend).toEqual({
			N_3: 'customers facing the renewal of period 3',
			DERL_c: 'DERL under constant churn',
			DERL_2: 'DERL of cohort 2’s customers',
			i_year: 'discount rate per year'
		});
	});

	it('explains a symbol summed over many periods or cohorts once', () => {
		const periods = add(...[1, 2, 3, 4].map((t) => v(`ℓ_${t}`, -t)), v('Σ_5..9', -30));
		expect(legendOf(periods, en.legend)).toEqual({
			ℓ_t: 'log-likelihood of period t',
			'Σ_5..9': 'terms 5 to 9 added up'
		});
		const cohorts = add(v('n_1', 5), v('n_2', 6), v('n_3', 7));
		expect(Object.keys(legendOf(cohorts, en.legend))).toEqual(['n_j']);
	});

	it('writes the shortcut’s survival with its period', () => {
		const view = computeSubscription(presetInputs('fh-regular'), () => undefined);
		const survival = view.steps.lesson.filter((s) => s.id === 'sbg.constantSurvival');
		expect(survival.map(stepSymbol)).toEqual(['S_c(24)', 'S_c(36)']);
	});
});
