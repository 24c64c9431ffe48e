/**
 * What a number field says about text it cannot read (`fields/read.ts`, loaded once something is
 * typed): why, the one-click fix, and that the result has not changed.
 */
const fieldErrors = {
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
};

export default fieldErrors;
