/**
 * Brings an element's content up to date with new markup while keeping the nodes that stay:
 * where the new markup has the same elements in the same places, only the texts and attributes
 * that differ are written; where it has other elements or another number of them, that level's
 * nodes are replaced. A formula with the reader's numbers keeps its shape from one step of a
 * slider to the next, so each step rewrites a few numbers instead of removing the whole MathML,
 * parsing it again and laying it out afresh (issue 20: input → next paint).
 */
export function patchElement(current: Element, markup: string): void {
	const template = current.ownerDocument.createElement('template');
	template.innerHTML = markup;
	// The markup is the element itself (`<span class="expr" …>…</span>`): its attributes and content
	// are what `current` takes.
	const next = template.content.firstElementChild;
	if (next) patch(current, next);
	else current.replaceChildren();
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
	for (const { name } of [...current.attributes]) {
		if (!next.hasAttribute(name)) current.removeAttribute(name);
	}
	for (const { name, value } of next.attributes) {
		if (current.getAttribute(name) !== value) current.setAttribute(name, value);
	}
	const have = current.childNodes;
	const want = next.childNodes;
	if (have.length !== want.length || [...have].some((node, i) => !same(node, want[i]!))) {
		current.replaceChildren(...want);
		return;
	}
	for (let i = 0; i < have.length; i++) patch(have[i]!, want[i]!);
}
