/** Strings of the calculator kit: fields, results, formulas, charts, scenario links. */
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
		/** What a short link's `p` is, named in a notice about the link. */
		linkExample: 'the example the link starts from',
		custom: 'Your own numbers',
		copyLink: 'Copy link to this scenario',
		copied: 'Link copied to the clipboard.',
		copyFailed: 'Copying failed: select the address in the address bar and copy it.',
		reset: 'Reset',
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
	currency: 'Currency',
	timeUnit: 'Time unit'
};

export default kit;
