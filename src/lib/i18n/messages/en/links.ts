/** Notices about a share link that was not applied as sent (loaded only when one is shown). */
const links = {
	outdated:
		'This link was made by an older version of the calculator, whose settings this version cannot read, so the default example is shown instead.',
	newer:
		'This link was made by a newer version of the calculator than the one this browser has. Reload the page to get the update, then open the link again; the default example is shown for now.',
	corrupt:
		'This link is damaged (its version mark is missing or unreadable), so the default example is shown instead.',
	tooLong: (length: string) =>
		`This link is far longer than any link the calculator makes (${length} characters), so it was not read; the default example is shown instead.`,
	invalid: (fields: string) =>
		`Some settings in this link are not valid (${fields}), so the default example is shown instead.`,
	invalidTogether:
		'The settings in this link are not valid together (they do not fit one another), so the default example is shown instead.',
	partial: (fields: string) =>
		`This link looks cut short. The settings it holds were applied, but these were missing and show the default example’s values: ${fields}.`,
	checkLast: (field: string) =>
		`The last setting in the link, ${field}, may have been cut too: check it, or ask for the whole link.`,
	unchecked:
		'This link does not match the check code it was made with: it was cut short or edited, or the example it starts from has changed since. The settings it holds were applied to that example; any it lost show the example’s values.',
	uncheckedLast: (field: string) =>
		`Check the last setting in the link, ${field}, or ask for the whole link.`,
	edited: (field: string) =>
		`This link does not match the check code it was made with: it was edited, or cut off inside its last setting. It was applied as it is; check ${field}.`
};

export default links;
