/** Strings of the calculator kit: fields, results, formulas, charts, scenario links. */
import words from './words';

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
	/** Shown over a table or formula wider than the screen (it scrolls sideways). */
	scrollHint: 'Swipe or scroll sideways to see it all',
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
	units: words.units,
	/** After a number box: what the number counts. */
	fieldUnits: { years: 'years', months: 'months' },
	currency: 'Currency',
	/** A currency in the list: its name and code ("Euro (EUR)"). */
	currencyOption: (name: string, code: string) => (name === code ? code : `${name} (${code})`),
	currencyGroups: { common: 'Most used', all: 'All currencies' },
	timeUnit: 'Time unit',
	/** After a change of time unit (`UnitChangeNote`); `unit` is a unit id (month, quarter, year). */
	unitChange: {
		/** The unit-free word for a row's label ("Spend per period"). */
		period: 'period',
		title: (from: string, to: string) => `Now counted in ${plural(to)}, not ${plural(from)}`,
		intro: 'The inputs were converted so they describe the same customer; the result still moves:',
		column: (unit: string) => `In ${plural(unit)}`,
		measure: 'Measure',
		keep: (unit: string) => `Go back to ${plural(unit)}`,
		dismiss: (unit: string) => `Keep ${plural(unit)}`,
		/** Why the same customer's CLV differs in a longer period (timing by timing). */
		reason: (timing: string, longer: string, shorter: string) => {
			const adj: Record<string, string> = {
				month: 'monthly',
				quarter: 'quarterly',
				year: 'yearly'
			};
			const [l, s] = [adj[longer] ?? longer, adj[shorter] ?? shorter];
			if (timing === 'end-of-period')
				return `In ${l} steps a customer pays nothing until they have stayed a whole ${longer}, and that ${longer}’s margin arrives at its end; in ${s} steps margin comes every ${shorter} they stay.`;
			if (timing === 'end-first-certain')
				return `In ${l} steps the first ${longer}’s margin is certain but arrives at its end, and a customer can leave only once a ${longer}; in ${s} steps margin comes every ${shorter} and a customer can leave after any ${shorter}.`;
			return `In ${l} steps a whole ${longer}’s margin arrives at its start and a customer can leave only when the ${longer} ends; in ${s} steps margin comes ${shorter} by ${shorter} and a customer can leave after any ${shorter}.`;
		},
		direction: { higher: 'higher', lower: 'lower' } as Record<string, string>,
		/** `unit`: the id of the period now used; `measure`: what moved (CLV by default). */
		so: (direction: string, unit: string, measure = 'CLV') => {
			const plural: Record<string, string> = {
				month: 'months',
				quarter: 'quarters',
				year: 'years'
			};
			// mid-sentence: "the net effect…", but "CLV" stays as it is
			const what = /^[A-Z][a-z]/.test(measure)
				? `the ${measure.charAt(0).toLowerCase()}${measure.slice(1)}`
				: measure;
			return `That is why ${what} is ${direction} counted in ${plural[unit] ?? unit}.`;
		},
		same: 'Here the two come out the same.'
	}
};

function plural(unit: string): string {
	return (
		({ month: 'months', quarter: 'quarters', year: 'years' } as Record<string, string>)[unit] ??
		unit
	);
}

export default kit;
