/**
 * When the page draws what follows a new view: the arithmetic, the plot and the sections under the
 * headline take a new sample's view in a task after the next paint. Part of the page's first load,
 * apart from the model (`after-paint.ts` re-exports it).
 */
import type { SegmentsView } from './compute';

/** Runs a task later, once. */
export type Schedule = (task: () => void) => void;

/** Runs `task` after the page has painted its next frame (a task queued from that frame). */
export const afterPaint: Schedule = (task) => {
	requestAnimationFrame(() => setTimeout(task, 0));
};

/**
 * Hands `show` the page's views for what is drawn after the headline (the arithmetic, the plot
 * and the sections under it): a view of the same customers at once (a moved line), a new sample's
 * view in a task after the next paint (`schedule`), so that the frame that shows a new sample's
 * headline holds nothing else. Only the newest view waiting is shown.
 *
 * @example
 * const follow = followAfterPaint((view) => (drawn = view));
 * $effect.pre(() => follow(view));
 */
export function followAfterPaint(
	show: (view: SegmentsView) => void,
	schedule: Schedule = afterPaint
): (view: SegmentsView) => void {
	let current: SegmentsView | undefined;
	let next: SegmentsView | undefined;
	const pass = (view: SegmentsView) => {
		current = view;
		show(view);
	};
	return (view) => {
		if (!current || view.customers === current.customers) {
			next = undefined;
			pass(view);
			return;
		}
		if (next === undefined) {
			schedule(() => {
				const waiting = next;
				next = undefined;
				if (waiting) pass(waiting);
			});
		}
		next = view;
	};
}
