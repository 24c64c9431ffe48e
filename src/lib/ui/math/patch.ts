/**
 * Brings an element up to date with new markup for it while keeping the nodes that stay: where
 * the new markup has the same elements in the same places, only the texts and attributes that
 * differ are written; where it has other elements or another number of them, that level's nodes
 * are replaced. A formula with the reader's numbers keeps its shape from one step of a slider to
 * the next, so each step rewrites a few numbers instead of removing the whole MathML, parsing it
 * again and laying it out afresh (issue 20: input → next paint).
 */
export function patchElement(current: Element, markup: string): void {
	const template = current.ownerDocument.createElement('template');
	template.innerHTML = markup;
	// The markup is the element itself (`<math …>…</math>`): its attributes and content are what
	// `current` takes.
	const next = template.content.firstElementChild;
	if (next) patch(current, next);
	else current.replaceChildren();
}

/**
 * A row of formula pieces (`<math>` elements, one per piece, between `<wbr>`s, inside `row`):
 * the pieces whose markup changed are patched, the others are left alone; a row with another
 * number of pieces is written afresh.
 */
export function patchPieces(
	row: Element,
	before: readonly string[],
	after: readonly string[],
	markup: (piece: string) => string
): void {
	if (before.length !== after.length || row.children.length !== 2 * after.length - 1) {
		row.innerHTML = after.map(markup).join('<wbr>');
		return;
	}
	for (let i = 0; i < after.length; i++) {
		if (after[i] !== before[i]) patchElement(row.children[2 * i]!, markup(after[i]!));
	}
}

/** Same kind of node: the same type, and for elements the same name in the same namespace. */
function same(a: Node, b: Node): boolean {
	if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
	return !(a instanceof Element) || a.namespaceURI === (b as Element).namespaceURI;
}

function patch(current: Node, next: Node): void {
	if (!(current instanceof Element) || !(next instanceof Element)) {
		if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
		return;
	}
	patchAttributes(current, next);
	let have = current.firstChild;
	let want = next.firstChild;
	while (have && want && same(have, want)) {
		have = have.nextSibling;
		want = want.nextSibling;
	}
	if (have || want) {
		current.replaceChildren(...next.childNodes);
		return;
	}
	for (have = current.firstChild, want = next.firstChild; have && want;) {
		patch(have, want);
		have = have.nextSibling;
		want = want.nextSibling;
	}
}

function patchAttributes(current: Element, next: Element): void {
	const have = current.attributes;
	const want = next.attributes;
	if (have.length === want.length) {
		let i = 0;
		for (; i < want.length; i++) {
			if (have[i]!.name !== want[i]!.name) break;
			if (have[i]!.value !== want[i]!.value) have[i]!.value = want[i]!.value;
		}
		if (i === want.length) return;
	}
	for (const { name } of [...have]) {
		if (!next.hasAttribute(name)) current.removeAttribute(name);
	}
	for (const { name, value } of want) {
		if (current.getAttribute(name) !== value) current.setAttribute(name, value);
	}
}
