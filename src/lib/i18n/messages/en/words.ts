/**
 * Words the calculators share: the note on illustrative numbers, the steps' heading, the model's
 * refusals of a combination of inputs, percentage points and periods in running text.
 */
const words = {
	illustrative: 'Illustrative numbers chosen to be plausible — not the company’s own figures.',
	/** What separates two sentences: a space in English, nothing in Chinese. */
	gap: ' ',
	sentences: (...parts: string[]) => parts.filter(Boolean).join(' '),
	steps: {
		heading: 'How the result is calculated',
		summary: 'Show every step with your numbers'
	},
	/** A model's refusal of a combination of inputs, said next to the input it concerns. */
	problem: {
		uplift: (base: string, min: string, max: string) =>
			`${base} plus this change must stay between 0% and 100%, so the change can be from ${min} to ${max}.`,
		floor: (base: string, min: string) =>
			`${base} plus this change cannot fall below zero, so the change must be at least ${min}.`,
		range: (min: string, max: string) => `The model needs a value from ${min} to ${max} here.`,
		min: (min: string) => `The model needs at least ${min} here.`,
		max: (max: string) => `The model needs at most ${max} here.`,
		integer: 'The model needs a whole number here.',
		other: 'These inputs have no valid result; check the fields above.',
		kept: 'The results still show your last valid inputs.'
	},
	/** A change in a share, in percentage points. */
	pp: (n: string) => `${n} percentage points`,
	ppShort: (n: string) => `${n} pp`,
	years: (n: number) => (n === 1 ? '1 year' : `${n} years`),
	/** The n-th period of a unit, in running text. */
	nth: {
		month: (n: number) => `month ${n}`,
		quarter: (n: number) => `quarter ${n}`,
		year: (n: number) => `year ${n}`
	},
	/** n periods of a unit. */
	duration: {
		month: (n: number) => (n === 1 ? '1 month' : `${n} months`),
		quarter: (n: number) => (n === 1 ? '1 quarter' : `${n} quarters`),
		year: (n: number) => (n === 1 ? '1 year' : `${n} years`)
	},
	/** The periods' names, one and many (a select's options, "per month"). */
	units: {
		month: 'month',
		quarter: 'quarter',
		year: 'year',
		months: 'months',
		quarters: 'quarters',
		years: 'years'
	},
	/** Axis title of a chart by period. */
	axis: { month: 'Month', quarter: 'Quarter', year: 'Year' },
	yearAxis: 'Year'
};

export default words;
