#!/usr/bin/env node
/**
 * How fast the subscription page redraws after one cell of a large cohort table is edited
 * (issue 16: "editing a cell redraws within a frame"). Not a test: timings depend on the machine.
 *
 * Loads /en/calculate/subscription/ from a running server (`npm run build`, then
 * `npx vite preview --port 4183`), pastes a 60 × 60 triangular cohort table into the paste box,
 * then makes one-cell edits the way the lead measured them: the textarea's value is replaced and
 * its `input` event dispatched. For each edit, measured in the page:
 *
 *   handler   dispatch → the input handler returned (the edit itself, before Svelte's flush)
 *   script    dispatch → the microtask queued after the handler ran (Svelte's flush: model + DOM)
 *   frame     dispatch → the next animation frame's callback (when the browser starts the frame)
 *   next      dispatch → the animation frame after that one
 *
 * and, from a Chrome trace of a second series of edits: `painted`, dispatch → the end of the first
 * main-thread task after it that paints (the frame showing the edit is recorded), and the main
 * thread's busy time in that window (its top-level tasks, wall clock), its CPU time (the trace's
 * thread clock: steadier when other processes share the machine), and that CPU time by kind:
 * script, style (UpdateLayoutTree), layout, pre-paint + paint + layerize, commit, and the rest.
 *
 *   node bench/subscription-edit.mjs [--url http://127.0.0.1:4183] [--edits 15] [--width 1280]
 *        [--size 60] [--cpu 1] [--scroll heat|top|charts] [--typing] [--json out.json] [--detail]
 *
 * --typing: each edit is typed instead (the changed characters selected and replaced with
 * `execCommand('insertText')`, as the browser does for a key press: it edits the textarea's text in
 * place and fires `input` itself) — the browser then re-lays out only what changed.
 * --scroll: what is on screen while editing — `top` the paste box (and the headline beside it),
 * `heat` the heat map, `charts` the projection charts (drawn, so they update in the edit's frame).
 * --cpu N slows the CPU N times (DevTools throttling). --detail also prints the median time of
 * each trace event name in the window; --css '<rules>' adds a style sheet to the page first (to try
 * a style without a rebuild); DUMP_TRACE=file.json keeps the trace.
 *
 * Each edit waits until the page is idle (two frames and 50 ms) before the next.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright';

const args = Object.fromEntries(
	process.argv.slice(2).reduce((pairs, arg, i, all) => {
		if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1] ?? '']);
		return pairs;
	}, [])
);
const url = args.url ?? 'http://127.0.0.1:4183';
const edits = Number(args.edits ?? 15);
const width = Number(args.width ?? 1280);
const size = Number(args.size ?? 60);
const cpu = Number(args.cpu ?? 1);
const scroll = args.scroll ?? 'top';
const detail = 'detail' in args;
const typing = 'typing' in args;

/**
 * A triangular table of `n` cohorts: cohort c is n − c periods old. Counts follow a
 * shifted-beta-geometric survival (α 0.7, β 1.2) on cohort sizes between 800 and 1,400, rounded.
 */
function cohortTable(n) {
	const survival = [1];
	for (let t = 1; t < n; t++) {
		// S(t) = S(t − 1) · (β + t − 1) / (α + β + t − 1)
		survival.push((survival[t - 1] * (1.2 + t - 1)) / (0.7 + 1.2 + t - 1));
	}
	return Array.from({ length: n }, (_, c) => {
		const start = 800 + ((c * 137) % 600);
		return Array.from({ length: n - c }, (_, t) => Math.round(start * survival[t]));
	});
}

function tableText(rows) {
	const header = ['cohort', ...rows[0].map((_, t) => String(t))].join('\t');
	return [header, ...rows.map((row, c) => [`c${c + 1}`, ...row].join('\t'))].join('\n');
}

/** Edit `i`: one cell in the middle of the table moved by one customer, staying non-increasing. */
function edited(rows, i) {
	const c = (7 + i * 5) % Math.floor(rows.length / 2);
	const row = rows[c];
	const t = 1 + ((3 + i * 7) % (row.length - 2));
	const next = rows.map((r) => [...r]);
	const up = row[t] + 1 <= row[t - 1];
	next[c][t] = up ? row[t] + 1 : row[t] - 1;
	if (next[c][t] < (row[t + 1] ?? 0)) next[c][t] = row[t];
	return next;
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const max = (xs) => Math.max(...xs);
const fmt = (x) => x.toFixed(1).padStart(6);

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});
const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: !!args.css });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(`${url}/en/calculate/subscription/`, { waitUntil: 'networkidle' });
if (args.css) await page.addStyleTag({ content: args.css });
const cdp = await page.context().newCDPSession(page);
if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });

/** Puts `text` into the paste box as one edit and times it (see the header). */
const edit = (text, name) =>
	page.evaluate(
		async ([text, name, typing]) => {
			const box = document.querySelector('main textarea');
			const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
			// start from an idle page, just after a frame
			await frame();
			await frame();
			await new Promise((resolve) => setTimeout(resolve, 50));
			await frame();
			await new Promise((resolve) => setTimeout(resolve, 0));
			return new Promise((resolve) => {
				const times = {};
				performance.mark(`${name}:start`);
				const t0 = performance.now();
				if (typing) {
					// the changed characters, selected and typed over
					const old = box.value;
					let from = 0;
					while (from < old.length && from < text.length && old[from] === text[from]) from++;
					let tail = 0;
					while (
						tail < old.length - from &&
						tail < text.length - from &&
						old[old.length - 1 - tail] === text[text.length - 1 - tail]
					)
						tail++;
					box.focus({ preventScroll: true });
					box.setSelectionRange(from, old.length - tail);
					document.execCommand('insertText', false, text.slice(from, text.length - tail));
				} else {
					box.value = text;
					box.dispatchEvent(new Event('input', { bubbles: true }));
				}
				times.handler = performance.now() - t0;
				queueMicrotask(() => (times.script = performance.now() - t0));
				requestAnimationFrame(() => {
					times.frame = performance.now() - t0;
					requestAnimationFrame(() => {
						times.next = performance.now() - t0;
						setTimeout(() => resolve(times), 0);
					});
				});
			});
		},
		[text, name, typing]
	);

const rows = cohortTable(size);
await page.locator('main textarea').evaluate((box) => box.scrollIntoView({ block: 'center' }));
await edit(tableText(rows), 'paste');
// the table was read: the heat map shows every cohort
await page.waitForFunction(
	(n) => document.querySelectorAll('main table.heat:not(.raw) tbody tr').length === n,
	size
);
if (scroll === 'heat') await page.locator('main .heat-wrap').scrollIntoViewIfNeeded();
if (scroll === 'charts') await page.locator('main canvas').first().scrollIntoViewIfNeeded();

let current = rows;
const series = async (label, count) => {
	const out = [];
	for (let i = 0; i < count; i++) {
		current = edited(current, i);
		out.push(await edit(tableText(current), `${label}${i}`));
	}
	return out;
};

await series('warm', 3);
const plain = await series('edit', edits);

// A second series under a trace, for where the main thread's time goes.
await browser.startTracing(page, {
	categories: [
		'devtools.timeline',
		'disabled-by-default-devtools.timeline',
		'blink.user_timing',
		'toplevel'
	]
});
await series('traced', edits);
const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
if (process.env.DUMP_TRACE) writeFileSync(process.env.DUMP_TRACE, JSON.stringify(trace));

// The renderer's main thread: where the marks are.
const marks = trace.filter((e) => e.cat?.includes('blink.user_timing') && e.name.includes(':'));
const tid = marks[0]?.tid;
const pid = marks[0]?.pid;
const markAt = (name) => marks.find((e) => e.name === name)?.ts;
const kinds = {
	script: ['FunctionCall', 'EventDispatch', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame'],
	style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
	layout: ['Layout'],
	paint: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer'],
	commit: ['Commit', 'CompositeLayers']
};
const onMain = trace.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
/** Events not inside another one of the same list. */
const outermost = (events) =>
	events.filter(
		(e) => !events.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur)
	);
const tasks = outermost(
	onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
);
const busy = [];
/** --detail: time by trace event name, per edit. */
const byName = {};
for (let i = 0; i < edits; i++) {
	const start = markAt(`traced${i}:start`);
	if (start === undefined) continue;
	// The frame's paint: the end of the first task after the edit that paints.
	const paint = onMain.find((e) => e.name === 'Paint' && e.ts > start);
	const task = paint && tasks.find((e) => e.ts <= paint.ts && e.ts + e.dur >= paint.ts);
	if (!task) continue;
	const end = task.ts + task.dur;
	const inside = (e) => e.ts + e.dur > start && e.ts < end;
	const clip = (e) => (Math.min(e.ts + e.dur, end) - Math.max(e.ts, start)) / 1000;
	// the thread's own (CPU) time, in the same share: steadier than wall time on a busy machine
	const cpuOf = (e) => (e.dur > 0 && e.tdur !== undefined ? (clip(e) * e.tdur) / e.dur : clip(e));
	const sum = (events) => events.reduce((total, e) => total + cpuOf(e), 0);
	const window = tasks.filter(inside);
	const row = {
		painted: (end - start) / 1000,
		busy: window.reduce((total, e) => total + clip(e), 0),
		cpu: sum(window)
	};
	let named = 0;
	for (const [kind, names] of Object.entries(kinds)) {
		row[kind] = sum(outermost(onMain.filter((e) => names.includes(e.name) && inside(e))));
		named += row[kind];
	}
	// style and layout forced from script are counted as style and layout, not twice
	const forced = outermost(
		onMain.filter(
			(e) =>
				[...kinds.style, ...kinds.layout].includes(e.name) &&
				inside(e) &&
				outermost(onMain.filter((s) => kinds.script.includes(s.name) && inside(s))).some(
					(s) => s.ts <= e.ts && s.ts + s.dur >= e.ts + e.dur
				)
		)
	);
	row.script -= sum(forced);
	named -= sum(forced);
	row.other = Math.max(0, row.cpu - named);
	busy.push(row);
	if (detail) {
		// every event name in the window, its outermost events' time (nested names overlap)
		for (const name of new Set(onMain.filter(inside).map((e) => e.name)))
			(byName[name] ??= []).push(
				sum(outermost(onMain.filter((e) => e.name === name && inside(e))))
			);
	}
}

const cols = ['handler', 'script', 'frame', 'next'];
console.log(
	`subscription page, ${size}×${size} triangular table, ${edits} one-cell edits${typing ? ' (typed)' : ''}, ${width} px, CPU ×${cpu}, view: ${scroll}`
);
console.log(`dispatch → …, ms     ${cols.map((c) => c.padStart(8)).join('')}`);
console.log(
	`  median             ${cols.map((c) => fmt(median(plain.map((t) => t[c])))).join('  ')}`
);
console.log(`  max                ${cols.map((c) => fmt(max(plain.map((t) => t[c])))).join('  ')}`);
const kindCols = ['painted', 'busy', 'cpu', ...Object.keys(kinds), 'other'];
console.log(
	`traced series: dispatch → end of the first painting task, and the main thread's busy time in it, ms`
);
console.log(`                     ${kindCols.map((c) => c.padStart(8)).join('')}`);
if (busy.length > 0) {
	console.log(
		`  median             ${kindCols.map((c) => fmt(median(busy.map((b) => b[c])))).join('  ')}`
	);
	console.log(
		`  max                ${kindCols.map((c) => fmt(max(busy.map((b) => b[c])))).join('  ')}`
	);
}
if (detail) {
	const medians = Object.entries(byName).map(([name, xs]) => [
		name,
		median([...xs, ...Array(busy.length - xs.length).fill(0)])
	]);
	for (const [name, ms] of medians.sort((a, b) => b[1] - a[1]).slice(0, 25))
		console.log(`  ${fmt(ms)}  ${name}`);
}
if (errors.length > 0) console.log('page errors:', errors);
if (args.json) writeFileSync(args.json, JSON.stringify({ plain, busy, errors }, null, '\t'));
await browser.close();
