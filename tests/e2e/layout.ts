/**
 * Layout checks that see what a reader sees. Sections below the fold use `content-visibility:
 * auto`, whose paint containment clips anything wider than the section instead of letting the page
 * scroll sideways, so `scrollWidth > clientWidth` misses a formula cut off at a phone's edge. These
 * helpers scroll through the page (so every section and lazy chart renders) and then look at the
 * elements themselves.
 */
import type { Locator, Page } from '@playwright/test';

/** Scrolls from top to bottom in viewport steps, letting lazy sections and charts render. */
export async function scrollThrough(page: Page): Promise<void> {
	for (let step = 0; step < 60; step++) {
		const done = await page.evaluate(() => {
			window.scrollBy(0, window.innerHeight * 0.8);
			return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
		});
		await page.waitForTimeout(100);
		if (done) break;
	}
	await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Scrolls down a wheel turn at a time, as a reader would, until `target` is wholly on screen (a
 * jump straight to it can land elsewhere while sections above it render at their real height).
 * Returns whether it got there.
 */
export async function scrollDownTo(page: Page, target: Locator): Promise<boolean> {
	const height = page.viewportSize()?.height ?? 0;
	for (let turn = 0; turn < 60; turn++) {
		const box = await target.boundingBox();
		if (box && box.y >= 0 && box.y + box.height <= height) return true;
		await page.mouse.wheel(0, 400);
		await page.waitForTimeout(100);
	}
	return false;
}

/**
 * Elements in `main` that reach past the left or right edge of the viewport without sitting in a
 * box that scrolls sideways (those are reachable; anything else is cut off or makes the page
 * scroll). Each is described as `tag.class "text…"`.
 */
export async function cutOffElements(page: Page): Promise<string[]> {
	await scrollThrough(page);
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const scrolls = (el: Element | null): boolean => {
			for (let p = el; p && p !== document.body; p = p.parentElement) {
				if (/(auto|scroll)/.test(getComputedStyle(p).overflowX)) return true;
			}
			return false;
		};
		const found: string[] = [];
		for (const el of document.querySelectorAll('main *')) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 || (box.right <= width + 1 && box.left >= -1)) continue;
			if (scrolls(el.parentElement)) continue;
			const name = `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(' ')[0]}`;
			found.push(
				`${name} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.left)}…${Math.round(box.right)}`
			);
		}
		return found;
	});
}

/** For each chart canvas, after scrolling it into view: how many of its pixels are painted. */
export async function paintedChartPixels(page: Page): Promise<number[]> {
	const canvases = page.locator('canvas');
	const counts: number[] = [];
	for (let i = 0; i < (await canvases.count()); i++) {
		const canvas = canvases.nth(i);
		await canvas.scrollIntoViewIfNeeded();
		const painted = async () =>
			canvas.evaluate((c: HTMLCanvasElement) => {
				if (c.width === 0 || c.height === 0) return 0;
				const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
				let n = 0;
				for (let k = 3; k < data.length; k += 4) if (data[k]! > 0) n++;
				return n;
			});
		// chart.js loads when the canvas nears the viewport; give it a moment to draw
		for (let attempt = 0; attempt < 20 && (await painted()) === 0; attempt++) {
			await page.waitForTimeout(100);
		}
		counts.push(await painted());
	}
	return counts;
}

/**
 * Boxes that cut off text inside formulas and tables: a `.formula` or `table`, a box inside one,
 * or a box around one (overflow, `content-visibility`, the screen's edge) that something of the
 * formula or table reaches past. A box that scrolls sideways counts only when it shows no visible
 * hint that it does (`[data-scroll-hint]` in a `[data-overflowing]` box, as ScrollRegion draws).
 * Visually hidden text (a 1 px box) is left out. Call after `scrollThrough`; each formula and table
 * is brought on screen before anything is measured. Each is described as `tag.class "what is cut
 * off…" why`, once per box.
 */
export async function clippedInFormulasAndTables(page: Page): Promise<string[]> {
	// look at each formula and table on screen, as a reader does (hints follow what is rendered)
	const roots = page.locator('main .formula, main table');
	for (let i = 0; i < (await roots.count()); i++) {
		await roots.nth(i).evaluate(async (root) => {
			root.scrollIntoView({ block: 'center' });
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		});
	}
	return page.evaluate(() => {
		const screen = document.documentElement.clientWidth;
		const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.classList[0] ?? ''}`;
		const text = (el: Element) =>
			(el.getAttribute('aria-label') ?? el.textContent ?? '')
				.trim()
				.replace(/\s+/g, ' ')
				.slice(0, 40);
		const hinted = (box: Element) =>
			box.matches('[data-overflowing]') &&
			[...box.querySelectorAll(':scope > [data-scroll-hint]')].some((hint) =>
				hint.checkVisibility()
			);
		const clips = (style: CSSStyleDeclaration) =>
			style.overflowX !== 'visible' ||
			style.contentVisibility === 'auto' ||
			/paint|strict|content/.test(style.contain);
		const scrolls = (style: CSSStyleDeclaration) => /(auto|scroll)/.test(style.overflowX);
		/** Visually hidden (kept for screen readers): a 1 px box that clips its content. */
		const hidden = (el: Element) => {
			for (let up: Element | null = el; up && up !== document.body; up = up.parentElement) {
				const style = getComputedStyle(up);
				const clipped = style.overflow !== 'visible' || style.clipPath !== 'none';
				if (clipped && style.display !== 'contents' && up.getBoundingClientRect().width <= 1)
					return true;
			}
			return false;
		};
		const found = new Map<Element, string>();
		const report = (box: Element, what: Element, why: string) => {
			if (!found.has(box)) found.set(box, `${name(box)} "${text(what)}" ${why}`);
		};
		const parts = new Set<Element>();
		for (const root of document.querySelectorAll('main .formula, main table')) {
			parts.add(root);
			for (const el of root.querySelectorAll('*')) parts.add(el);
		}
		for (const el of parts) {
			if (!el.checkVisibility() || hidden(el)) continue;
			const style = getComputedStyle(el);
			if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && clips(style)) {
				if (!(scrolls(style) && hinted(el)))
					report(el, el, `holds ${el.scrollWidth} px in ${el.clientWidth} px`);
			}
			const box = el.getBoundingClientRect();
			if (box.width === 0) continue;
			let inScroller = false;
			for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
				const upStyle = getComputedStyle(up);
				if (!clips(upStyle)) continue;
				const edge = up.getBoundingClientRect();
				const inside = box.right <= edge.right + 1 && box.left >= edge.left - 1;
				if (!inside && !(scrolls(upStyle) && hinted(up))) report(up, el, 'cuts it off');
				if (scrolls(upStyle) || !inside) {
					inScroller = true;
					break;
				}
			}
			if (!inScroller && (box.right > screen + 1 || box.left < -1))
				report(el, el, `reaches past the screen (${Math.round(box.right)} px)`);
		}
		return [...found.values()];
	});
}
