/** Strings of the calculator kit: fields, results, formulas, charts, scenario links. */
const kit = {
	field: {
		slider: (label: string) => `${label} (slider)`,
		errors: {
			empty: 'Enter a value.',
			notNumber: 'Enter a number using digits, for example 12.5.',
			fullWidth: (suggestion: string) =>
				`Full-width digits can’t be read here. Did you mean ${suggestion}?`,
			arabicDigits: (suggestion: string) =>
				`These digits can’t be read here. Did you mean ${suggestion}?`,
			decimalComma: (suggestion: string) =>
				`Write decimals with a point. Did you mean ${suggestion}?`,
			ambiguous: (a: string, b: string) => `Did you mean ${a} or ${b}? Choose one.`,
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
	/** A currency in the list: its name and code ("Euro (EUR)"). */
	currencyOption: (name: string, code: string) => (name === code ? code : `${name} (${code})`),
	currencyGroups: { common: 'Most used', all: 'All currencies' },
	timeUnit: 'Time unit',
	/** After a change of time unit (`UnitChangeNote`); `unit` is a unit id (month, quarter, year). */
	unitChange: {
		title: (from: string, to: string) => `Now counted in ${plural(to)}, not ${plural(from)}`,
		intro: 'The inputs were converted so they describe the same customer; the result still moves:',
		column: (unit: string) => `In ${plural(unit)}`,
		measure: 'Measure',
		keep: (unit: string) => `Go back to ${plural(unit)}`,
		dismiss: (unit: string) => `Keep ${plural(unit)}`
	}
};

function plural(unit: string): string {
	return (
		({ month: 'months', quarter: 'quarters', year: 'years' } as Record<string, string>)[unit] ??
		unit
	);
}

export default kit;
