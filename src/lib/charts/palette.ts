/**
 * Series colours, the same meaning everywhere on the site (Okabe–Ito, colour-blind safe). Charts
 * never rely on colour alone: every series is named in the legend and the table, and cost/loss
 * series are dashed.
 */
export const seriesColor = {
	own: '#0072b2',
	upsell: '#56b4e9',
	cross: '#009e73',
	referral: '#e69f00',
	cost: '#d55e00',
	other: '#cc79a7',
	neutral: '#999999',
	// Categorical colours for series that are states or groups with no site-wide meaning (e.g.
	// lifecycle stages, one per stage): Okabe–Ito first, then Paul Tol's muted set.
	state1: '#0072b2',
	state2: '#e69f00',
	state3: '#009e73',
	state4: '#cc79a7',
	state5: '#56b4e9',
	state6: '#d55e00',
	state7: '#999933',
	state8: '#aa3377',
	state9: '#44aa99',
	state10: '#ddcc77',
	state11: '#6699cc',
	state12: '#882255'
} as const;

export type SeriesRole = keyof typeof seriesColor;

/**
 * Text and grid colours for the active theme. Custom properties hold `light-dark()` tokens that a
 * canvas cannot parse, so the element's own resolved `color` and `border-top-color` are read: the
 * chart canvas is styled with `color: var(--color-muted)` and `border-color: var(--color-border)`.
 */
export function chartTheme(element: Element): { text: string; grid: string; font: string } {
	const style = getComputedStyle(element);
	return { text: style.color, grid: style.borderTopColor, font: style.fontFamily };
}
