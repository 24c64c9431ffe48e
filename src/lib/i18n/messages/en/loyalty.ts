/** Words shared by the loyalty calculators (points, complementary product, customer club). */
const loyalty = {
	illustrative: 'Illustrative numbers chosen to be plausible — not the company’s own figures.',
	currency: 'Currency',
	timeUnit: 'Period',
	perYearUnit: 'per year',
	yearsUnit: 'years',
	monthsUnit: 'months',
	stepsHeading: 'How the result is calculated',
	stepsSummary: 'Show every step with your numbers',
	figuresHeading: 'Key figures',
	errors: {
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
	years: (n: number) => (n === 1 ? '1 year' : `${n} years`),
	/** Sentences run together: with a space in English, none in Chinese. */
	/** What separates two sentences: a space in English, nothing in Chinese. */
	gap: ' ',
	sentences: (...parts: string[]) => parts.filter(Boolean).join(' '),
	/** A change in a share, in percentage points. */
	pp: (n: string) => `${n} percentage points`,
	/** The n-th period of a unit, in running text. */
	ppShort: (n: string) => `${n} pp`,
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
	year: (n: number | string) => `Year ${n}`,
	yearAxis: 'Year'
};

export default loyalty;
