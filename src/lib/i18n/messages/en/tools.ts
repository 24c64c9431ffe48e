/**
 * The words of the teach-and-keep buttons (present, print, QR code, saved scenarios, compare,
 * chart downloads): what a page shows before any of them is pressed. What the panels, the QR
 * dialog and the presentation controls say is in `keep`, loaded with them.
 */
const tools = {
	/** The scenario bar's link and reset buttons, and whether the link was copied. */
	scenario: {
		copyLink: 'Copy link to this scenario',
		copied: 'Link copied to the clipboard.',
		copyFailed: 'Copying failed: select the address in the address bar and copy it.',
		reset: 'Reset'
	},
	panelFailed: 'This panel could not load. Check the connection and try again.',
	present: {
		button: 'Present',
		hint: 'Full screen with large type for a room; arrow keys step through, Esc leaves'
	},
	print: {
		button: 'Print handout',
		preparing: 'Preparing the handout…'
	},
	share: { button: 'QR code' },
	saved: { button: 'Saved scenarios' },
	compare: { button: 'Compare A and B' },
	chart: {
		png: 'Download PNG',
		csv: 'Download CSV',
		failed: 'The download failed. Try again, or use the data table.'
	}
};

export default tools;
