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
	neutral: '#999999'
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
