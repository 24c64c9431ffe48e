/** Stored entries this version of a calculator cannot open (the saved-scenarios panel). */
const unreadable = {
	heading: (n: number) =>
		n === 1
			? '1 stored entry cannot be opened by this version of the calculator'
			: `${n} stored entries cannot be opened by this version of the calculator`,
	kept: 'They are kept aside in this browser, not deleted, and open again in a version that can read them. Download them to keep a copy.',
	item: (who: string, why: string) => `${who}: ${why}.`,
	entry: (name: string) => `“${name}”`,
	unnamed: (n: number) => `Entry ${n}`,
	reasons: {
		outdated: (version: number, current: number) =>
			`made by an older version of the calculator (version ${version}; this is version ${current}), whose settings this version cannot read`,
		newer: (version: number) =>
			`made by a newer version of the calculator (version ${version}): reload the page to get it, and the scenario opens again`,
		invalid: 'a value is missing or out of range (edited by hand?)',
		'bad-entry': 'it has no name, no values or no version number',
		'not-json': 'The stored data is damaged: it is not readable JSON.',
		'not-scenarios': 'The stored data is not a list of scenarios.'
	},
	download: 'Download the entries kept aside',
	discard: 'Delete them from this browser'
};

export default unreadable;
