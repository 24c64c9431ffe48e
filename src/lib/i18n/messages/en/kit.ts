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
		custom: 'Your own numbers',
		copyLink: 'Copy link to this scenario',
		copied: 'Link copied to the clipboard.',
		copyFailed: 'Copying failed: select the address in the address bar and copy it.',
		reset: 'Reset',
		outdatedLink:
			'This link was made by an older version of the calculator, whose settings this version cannot read, so the default example is shown instead.',
		newerLink:
			'This link was made by a newer version of the calculator than the one this browser has. Reload the page to get the update, then open the link again; the default example is shown for now.',
		corruptLink:
			'This link is damaged (its version mark is missing or unreadable), so the default example is shown instead.',
		tooLongLink: (length: string) =>
			`This link is far longer than any link the calculator makes (${length} characters), so it was not read; the default example is shown instead.`,
		invalidLink: (fields: string) =>
			`Some settings in this link are not valid (${fields}), so the default example is shown instead.`,
		invalidLinkTogether:
			'The settings in this link are not valid together (they do not fit one another), so the default example is shown instead.',
		partialLink: (fields: string) =>
			`This link looks cut short. The settings it holds were applied, but these were missing and show the default example’s values: ${fields}.`,
		checkLast: (field: string) =>
			`The last setting in the link, ${field}, may have been cut too: check it, or ask for the whole link.`,
		editedLink: (field: string) =>
			`This link does not match the check code it was made with: it was edited, or cut off inside its last setting. It was applied as it is; check ${field}.`,
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
	currency: 'Currency',
	timeUnit: 'Time unit'
};

export default kit;
