/**
 * Layout of the state diagram: where each state's box goes and the path of every arrow, in SVG user
 * units. Pure geometry, no DOM.
 *
 * Up to `ROW_LIMIT` states sit in a row in lifecycle order, so the usual story reads left to right:
 * moving one stage on is a short straight arrow, skipping stages arcs over the top, going back
 * (a win-back) arcs underneath, and staying put is a loop on top of the box. More states sit on a
 * circle, with curved arrows that bend to their left so A→B and B→A never overlap, and loops on the
 * outside.
 */

export const ROW_LIMIT = 6;
export const NODE_WIDTH = 108;
export const NODE_HEIGHT = 58;

export interface Point {
	readonly x: number;
	readonly y: number;
}

export interface DiagramNode extends Point {
	/** Centre; the box is NODE_WIDTH × NODE_HEIGHT. */
	readonly index: number;
}

export interface DiagramArrow {
	readonly from: number;
	readonly to: number;
	readonly probability: number;
	/** SVG path data, ending at the target box's edge (where the arrowhead goes). */
	readonly path: string;
	/** Where the probability label goes (its centre). */
	readonly label: Point;
}

export interface DiagramLayout {
	readonly kind: 'row' | 'circle';
	readonly width: number;
	readonly height: number;
	readonly nodes: readonly DiagramNode[];
	readonly arrows: readonly DiagramArrow[];
}

const f = (x: number) => Math.round(x * 10) / 10;
const HW = NODE_WIDTH / 2;
const HH = NODE_HEIGHT / 2;
const SPACING = 172;
const LOOP = 46;

/** Distance from a box's centre to its edge along the unit vector (ux, uy). */
function edge(ux: number, uy: number): number {
	const tx = Math.abs(ux) < 1e-9 ? Infinity : HW / Math.abs(ux);
	const ty = Math.abs(uy) < 1e-9 ? Infinity : HH / Math.abs(uy);
	return Math.min(tx, ty);
}

/** Height of the arc over (forward) or under (back) the row for a jump of `distance` states. */
const forwardBulge = (distance: number) => 74 + 30 * (distance - 2);
const backBulge = (distance: number) => 40 + 28 * (distance - 1);
/** How far from the box's centre an arc of this distance leaves or arrives, so heads don't pile up. */
const offset = (distance: number) => NODE_WIDTH * (0.08 + 0.08 * Math.min(distance, 5));

function rowLayout(transitions: readonly (readonly number[])[]): DiagramLayout {
	const n = transitions.length;
	let above = LOOP + 26;
	let below = 22;
	transitions.forEach((row, i) =>
		row.forEach((p, j) => {
			if (p <= 0) return;
			if (j > i + 1) above = Math.max(above, forwardBulge(j - i) + 22);
			if (j < i) below = Math.max(below, backBulge(i - j) + 26);
		})
	);
	const y = above + HH;
	const nodes = transitions.map((_, i) => ({ index: i, x: 24 + HW + SPACING * i, y }));
	const arrows: DiagramArrow[] = [];
	transitions.forEach((row, i) =>
		row.forEach((p, j) => {
			if (p <= 0) return;
			const a = nodes[i]!;
			const b = nodes[j]!;
			const top = y - HH;
			const bottom = y + HH;
			let path: string;
			let label: Point;
			if (i === j) {
				path = `M${f(a.x - 14)} ${f(top)} C${f(a.x - 38)} ${f(top - LOOP - 12)} ${f(a.x + 38)} ${f(top - LOOP - 12)} ${f(a.x + 14)} ${f(top)}`;
				label = { x: a.x, y: top - LOOP - 6 };
			} else if (j === i + 1) {
				path = `M${f(a.x + HW)} ${f(y)} L${f(b.x - HW)} ${f(y)}`;
				label = { x: (a.x + b.x) / 2, y: y - 14 };
			} else if (j > i) {
				const d = j - i;
				const x0 = a.x + offset(d - 1);
				const x1 = b.x - offset(d - 1);
				const h = forwardBulge(d);
				path = `M${f(x0)} ${f(top)} Q${f((x0 + x1) / 2)} ${f(top - 2 * h)} ${f(x1)} ${f(top)}`;
				label = { x: (x0 + x1) / 2, y: top - h };
			} else {
				const d = i - j;
				const x0 = a.x - offset(d);
				const x1 = b.x + offset(d);
				const h = backBulge(d);
				path = `M${f(x0)} ${f(bottom)} Q${f((x0 + x1) / 2)} ${f(bottom + 2 * h)} ${f(x1)} ${f(bottom)}`;
				label = { x: (x0 + x1) / 2, y: bottom + h };
			}
			arrows.push({
				from: i,
				to: j,
				probability: p,
				path,
				label: { x: f(label.x), y: f(label.y) }
			});
		})
	);
	return {
		kind: 'row',
		width: f(48 + NODE_WIDTH + SPACING * (n - 1)),
		height: f(y + HH + below),
		nodes,
		arrows
	};
}

function circleLayout(transitions: readonly (readonly number[])[]): DiagramLayout {
	const n = transitions.length;
	const radius = Math.max(210, 27 * n);
	const margin = HW + LOOP + 40;
	const cx = radius + margin;
	const cy = radius + HH + LOOP + 40;
	const nodes = transitions.map((_, i) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
		return { index: i, x: f(cx + radius * Math.cos(angle)), y: f(cy + radius * Math.sin(angle)) };
	});
	const arrows: DiagramArrow[] = [];
	transitions.forEach((row, i) =>
		row.forEach((p, j) => {
			if (p <= 0) return;
			const a = nodes[i]!;
			if (i === j) {
				const len = Math.hypot(a.x - cx, a.y - cy);
				const ux = (a.x - cx) / len;
				const uy = (a.y - cy) / len;
				const r = edge(ux, uy);
				const at = (out: number, side: number): string =>
					`${f(a.x + ux * out - uy * side)} ${f(a.y + uy * out + ux * side)}`;
				const path = `M${at(r, -14)} C${at(r + LOOP + 10, -38)} ${at(r + LOOP + 10, 38)} ${at(r, 14)}`;
				const label = { x: f(a.x + ux * (r + LOOP + 14)), y: f(a.y + uy * (r + LOOP + 14)) };
				arrows.push({ from: i, to: j, probability: p, path, label });
				return;
			}
			const b = nodes[j]!;
			const dx = b.x - a.x;
			const dy = b.y - a.y;
			const len = Math.hypot(dx, dy);
			// Bend to the left of the direction of travel.
			const bend = 0.16 * len + 12;
			const control = {
				x: (a.x + b.x) / 2 + (dy / len) * bend,
				y: (a.y + b.y) / 2 - (dx / len) * bend
			};
			const start = towards(a, control);
			const end = towards(b, control);
			const path = `M${f(start.x)} ${f(start.y)} Q${f(control.x)} ${f(control.y)} ${f(end.x)} ${f(end.y)}`;
			const label = {
				x: f(0.25 * start.x + 0.5 * control.x + 0.25 * end.x),
				y: f(0.25 * start.y + 0.5 * control.y + 0.25 * end.y)
			};
			arrows.push({ from: i, to: j, probability: p, path, label });
		})
	);
	return { kind: 'circle', width: f(2 * cx), height: f(2 * cy), nodes, arrows };
}

/** The point on the box around `centre` in the direction of `target`. */
function towards(centre: Point, target: Point): Point {
	const dx = target.x - centre.x;
	const dy = target.y - centre.y;
	const len = Math.hypot(dx, dy) || 1;
	const r = edge(dx / len, dy / len);
	return { x: centre.x + (dx / len) * r, y: centre.y + (dy / len) * r };
}

/**
 * Lays out the diagram for a transition matrix (probabilities of 0 draw no arrow).
 *
 * @example
 * diagramLayout([[0.8, 0.2], [0, 1]]).arrows.map((a) => [a.from, a.to]) //=> [[0, 0], [0, 1], [1, 1]]
 */
export function diagramLayout(transitions: readonly (readonly number[])[]): DiagramLayout {
	return transitions.length <= ROW_LIMIT ? rowLayout(transitions) : circleLayout(transitions);
}

/**
 * Shortens a name to fit a box: CJK characters count double. Returns the name itself when it fits.
 *
 * @example
 * fitLabel('Key follow-up customers', 14) //=> 'Key follow-up…'
 */
export function fitLabel(name: string, room = 14): string {
	let used = 0;
	let out = '';
	for (const ch of name.trim()) {
		const w = /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
		if (used + w > room) return out.trimEnd() + '…';
		used += w;
		out += ch;
	}
	return out;
}
