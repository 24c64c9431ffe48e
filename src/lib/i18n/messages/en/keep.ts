/**
 * Strings of the teach-keep-compare tools once opened: presentation controls, the QR dialog, the
 * saved-scenario and compare panels, a PNG's caption. The buttons' own words are in `tools`.
 */
const keep = {
	present: {
		controls: 'Presentation controls',
		exit: 'Exit presentation',
		next: 'Next',
		previous: 'Previous',
		step: (n: number, total: number) => `${n} / ${total}`,
		stepLabel: (n: number, total: number) => `Step ${n} of ${total}`,
		keys: 'Arrow keys: step · Esc: leave'
	},
	share: {
		title: 'Open this scenario on a phone',
		instructions:
			'Point a phone camera at the code to open exactly this scenario, or type the address below.',
		code: 'QR code of the link to this scenario',
		address: 'Address',
		close: 'Close',
		failed: 'The QR code could not be drawn here; the address below still works.'
	},
	saved: {
		heading: 'Saved scenarios',
		intro:
			'Scenarios are kept in this browser only. Export them to a file to move or back them up.',
		name: 'Name',
		defaultName: (n: number) => `Scenario ${n}`,
		save: 'Save current scenario',
		savedAs: (name: string) => `Saved as “${name}”.`,
		empty: 'No saved scenarios yet.',
		savedOn: (date: string) => `saved ${date}`,
		open: 'Open',
		opened: (name: string) => `Opened “${name}”.`,
		rename: 'Rename',
		newName: (name: string) => `New name for “${name}”`,
		confirmRename: 'Save name',
		renamed: (name: string) => `Renamed to “${name}”.`,
		cancel: 'Cancel',
		delete: 'Delete',
		deleted: (name: string) => `Deleted “${name}”.`,
		actions: (name: string) => `“${name}”`,
		export: 'Export all to a file',
		import: 'Import from a file',
		imported: (n: number) => (n === 1 ? 'Imported 1 scenario.' : `Imported ${n} scenarios.`),
		clash: (names: string) =>
			`You already have scenarios with these names: ${names}. Keep both, or replace yours?`,
		keepBoth: 'Keep both (number the imported ones)',
		replace: 'Replace mine',
		checking: 'Checking the file…',
		unreadableDiscarded: 'The entries kept aside were deleted.',
		storage: {
			quota:
				'The browser’s storage for this site is full, so nothing was saved. Delete a few saved scenarios, or export them to a file first.',
			unavailable:
				'This browser does not let the site store anything (private browsing or a privacy setting), so scenarios cannot be kept here. Export to a file still works.'
		},
		file: {
			'too-large': (size: string, max: string) =>
				`This file is ${size}; a scenario file can be at most ${max}.`,
			'too-many': (count: string, max: string) =>
				`This file holds ${count} scenarios; at most ${max} can be imported at once.`,
			'not-json': 'This is not a JSON file.',
			'not-scenarios': 'This file is not a CLV Lab scenario export.',
			'other-calculator': (id: string) =>
				`This file holds scenarios of another calculator (“${id}”). Import it there.`,
			empty: 'This file holds no scenarios.',
			'bad-entry': (n: number) =>
				`Entry ${n} of the file has no name, no values or no version number.`,
			outdated: (name: string, version: number, current: number) =>
				`“${name}” was made by an older version of this calculator (version ${version}; this is version ${current}) and cannot be opened.`,
			newer: (name: string, version: number) =>
				`“${name}” was made by a newer version of this calculator (version ${version}). Reload the page to get it, then import again.`,
			invalid: (name: string) => `“${name}” has a value that is missing or out of range.`,
			nothing: 'Nothing was imported.'
		}
	},
	compare: {
		heading: 'Compare two scenarios',
		a: 'Scenario A',
		b: 'Scenario B',
		current: 'On screen now',
		needSaved: 'Save a scenario first; then compare it with what is on screen, or with another.',
		measure: 'Measure',
		difference: 'Difference (B − A)',
		same: 'same',
		changed: 'differs',
		notComparable: 'not comparable',
		points: (value: string) => `${value} pp`,
		failed: 'One of these scenarios cannot be computed.',
		chartSummary: 'Scenario A is the solid line, scenario B the dashed line.',
		series: (which: string, label: string) => `${which}: ${label}`
	},
	chart: {
		made: (date: string) => `Made with CLV Lab on ${date}`,
		more: (n: number) => `and ${n} more settings (the address below holds them all)`,
		pair: (label: string, value: string) => `${label}: ${value}`,
		yes: 'yes',
		separator: '; '
	}
};

export default keep;
