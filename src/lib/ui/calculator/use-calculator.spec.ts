import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { ModelInputError } from '$lib/model/errors';
import type { TimeUnit } from '$lib/model/time';
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import {
	currencyField,
	defineFields,
	fieldMapOf,
	schemaOf,
	timeUnitField,
	type InputsOf
} from '$lib/state/fields';
import { CalculatorKit, type CalculatorKitOptions } from './use-calculator.svelte';

/** A stand-in calculator: the margin on spend per period, refused when cost is above spend. */
const fields = defineFields({
	currency: currencyField,
	unit: timeUnitField,
	spend: { kind: 'money', min: 0, max: 1e6, model: 'spendPerPeriod', label: 'spendPer' },
	cost: { kind: 'money', min: 0, max: 1e6, model: 'costPerPeriod' }
});
type Inputs = InputsOf<typeof fields>;
const start: Inputs = { currency: 'USD', unit: 'month', spend: 100, cost: 40 };
const definition: CalculatorDefinition<Inputs, { margin: number }> = {
	id: 'clv',
	version: 1,
	schema: schemaOf(fields),
	fields: fieldMapOf(fields),
	presets: [{ id: 'shop', inputs: start }],
	compute: ({ spend, cost }) => {
		if (cost > spend)
			throw new ModelInputError('costPerPeriod', 'max', 'cost above spend', { max: spend });
		return { margin: spend - cost };
	}
};
const en = {
	title: 'Margin',
	presets: { shop: 'A shop' },
	fields: { spendPer: (unit: string) => `Spend per ${unit}`, cost: 'Cost' },
	hints: { cost: 'What one period costs.' }
};
const zh = {
	title: '毛利',
	presets: { shop: '小店' },
	fields: { spendPer: (unit: string) => `每${unit}消费`, cost: '成本' },
	hints: { cost: '每期成本。' }
};
type Messages = typeof en;

function page(
	options: CalculatorKitOptions<Inputs, { margin: number }, Messages> = {},
	props: { preset?: string; compact?: boolean } = { compact: true },
	locale: Locale = 'en'
) {
	return new CalculatorKit(
		definition,
		{ en, zh },
		() => props,
		() => ({ ...start }),
		() => locale,
		options
	);
}

describe('CalculatorKit', () => {
	it("gives the calculator's words in the page's language, and the heading level of an embed", () => {
		expect(page({}, { compact: true }, 'zh').t.title).toBe('毛利');
		expect(page({}, { compact: true }).H).toBe('h3');
		expect(page({}, { compact: false }).H).toBe('h2');
		expect(page({}, {}).compact).toBe(false);
	});

	it('labels inputs with the strings among `t.fields` unless the calculator gives its own', () => {
		expect(page().labels).toEqual({ cost: 'Cost' });
		expect(page().hints).toEqual({ cost: 'What one period costs.' });
		const own = page({ labels: ({ t, s }) => ({ spendPer: t.fields.spendPer(s.inputs.unit) }) });
		expect(own.labels).toEqual({ spendPer: 'Spend per month' });
	});

	it("places the model's refusal beside its input, named by its label, and keeps the result", () => {
		const calc = page({
			fields,
			labels: ({ t }) => ({ spendPer: t.fields.spendPer('month'), cost: t.fields.cost })
		});
		expect(calc.problem).toEqual({ byInput: {} });
		calc.s.inputs.cost = 150;
		expect(calc.view).toEqual({ margin: 60 });
		expect(Object.keys(calc.problem.byInput)).toEqual(['cost']);
		expect(calc.problem.byInput['cost']).toMatch(/at most \$100.*last valid inputs/);
		expect(calc.label('spend')).toBe('Spend per month');
	});

	it("says a refusal in the calculator's words, or nothing where the page already says why", () => {
		const own = page({ explain: (p) => (p.input === 'cost' ? 'Cost above spend.' : undefined) });
		own.s.inputs.cost = 150;
		expect(own.problem.byInput['cost']).toMatch(/^Cost above spend\. The results still/);
		const quiet = page({ explain: () => null });
		quiet.s.inputs.cost = 150;
		expect(quiet.problem).toEqual({ byInput: {} });
	});

	it('sets the unit as chosen, or converts the inputs and remembers both sides with `changeUnit`', () => {
		const plain = page();
		plain.switchUnit('year');
		expect(plain.unit).toBe('year');
		expect(plain.s.inputs.spend).toBe(100);
		const twelve = (inputs: Inputs, unit: TimeUnit): Inputs => ({
			...inputs,
			unit,
			spend: unit === 'year' ? inputs.spend * 12 : inputs.spend
		});
		const converting = page({ changeUnit: twelve });
		converting.switchUnit('year');
		expect(converting.s.inputs).toMatchObject({ unit: 'year', spend: 1200 });
		expect(converting.unitChange?.current?.before).toMatchObject({ unit: 'month', spend: 100 });
		converting.unitChange?.keep();
		expect(converting.s.inputs).toMatchObject({ unit: 'month', spend: 100 });
	});

	it('writes a row of the unit-change note: each side in its own unit, which its column names', () => {
		const pair = { before: start, after: { ...start, unit: 'year' as const, spend: 1200 } };
		expect(page({}, {}, 'zh').sides(pair, (inputs) => String(inputs.spend))).toEqual({
			before: '100',
			after: '1200'
		});
	});

	it('reads the currency from `currency`, or where the calculator says it is', () => {
		expect(page().currency).toBe('USD');
		expect(page({ currency: () => 'EUR' }).currency).toBe('EUR');
	});
});
