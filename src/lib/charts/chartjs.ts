/**
 * chart.js with only the parts the site's charts use, registered once, and the code that turns a
 * chart spec into its configuration. Loaded on demand by the chart attachment when a chart first
 * comes near the viewport, so neither is part of a page's first load.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
);

export { Chart };
export { configure } from './configure';
