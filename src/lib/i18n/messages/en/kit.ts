/**
 * Strings of the calculator kit: fields, results, formulas, charts, scenario links, the model's
 * refusals, and the period words every calculator uses.
 */
const kit = {
	field: {
		slider: (label: string) => `${label} (slider)`,
		errors: {
			empty: 'Enter a value.',
			notNumber: 'Enter a number using digits, for example 12.5.',
			fullWidth: (suggestion: string) =>
				`Full-width digits can’t be read here. Did you mean ${suggestion}?`,
			grouping: (suggestion: string) =>
				`Type the number without thousands separators: ${suggestion}.`,
			tooLarge: (max: string) => `That number is too large. The largest allowed is ${max}.`,
			belowMin: (min: string) => `Must be at least ${min}.`,
			aboveMax: (max: string) => `Must be at most ${max}.`,
			notInteger: 'Enter a whole number.'
		},
		use: (suggestion: string) => `Use ${suggestion}`,
		keptResult: 'The result still shows your last valid input.'
	},
	formula: {
		heading: 'The arithmetic',
		symbolic: 'Formula',
		numeric: 'With your numbers',
		where: 'where',
		/** Between the entries of a formula's legend, and after the last. */
		whereSeparator: '; ',
		whereEnd: '.'
	},
	chart: {
		table: 'Show the data as a table',
		period: 'Period'
	},
	scenario: {
		presets: 'Start from an example',
		custom: 'Your own numbers',
		copyLink: 'Copy link to this scenario',
		copied: 'Link copied to the clipboard.',
		copyFailed: 'Copying failed: select the address in the address bar and copy it.',
		reset: 'Reset',
		outdatedLink:
			'This link was made by an older version of the calculator, so the default example is shown instead.',
		invalidLink:
			'Some settings in this link were not valid, so the default example is shown instead.',
		dismiss: 'Dismiss'
	},
	units: {
		month: 'month',
		quarter: 'quarter',
		year: 'year',
		months: 'months',
		quarters: 'quarters',
		years: 'years'
	},
	/** After a number box: what the number counts. */
	fieldUnits: { years: 'years', months: 'months' },
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
	/** Axis title of a chart by period. */
	axis: { month: 'Month', quarter: 'Quarter', year: 'Year' },
	yearAxis: 'Year',
	currency: 'Currency',
	timeUnit: 'Time unit'
};

export default kit;
