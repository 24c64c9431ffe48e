/** Strings of the calculator kit: fields, results, formulas, charts, scenario links. */
import words from './words';

const kit = {
	field: {
		slider: (label: string) => `${label} (slider)`
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
		dismiss: 'Dismiss',
		/** Shown instead of the scenario bar when the browser runs no JavaScript. */
		noScript:
			'JavaScript is off, so this calculator shows its example’s figures only. Turn it on to try your own numbers, the other examples and share links.'
	},
	units: words.units,
	/** After a number box: what the number counts. */
	fieldUnits: { years: 'years', months: 'months' },
	currency: 'Currency',
	/** A currency in the list: its name and code ("Euro (EUR)"). */
	currencyOption: (name: string, code: string) => (name === code ? code : `${name} (${code})`),
	currencyGroups: { common: 'Most used', all: 'All currencies' },
	timeUnit: 'Time unit',
	/** After a change of time unit; the note's own words are in `unit-note`. */
	unitChange: {
		/** The unit-free word for a row's label ("Spend per period"). */
		period: 'period'
	}
};

export default kit;
