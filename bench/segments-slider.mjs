#!/usr/bin/env node
/**
 * The segmentation calculator's customer-count slider against a bare `<input type=range>` page,
 * side by side in one run (issue 20): input → next paint (the same scripted measure as
 * measure-page.mjs: native value setter + `input` event, to the second animation frame, dispatched
 * at a stratified phase after a frame), at 1× and 4× CPU (CDP `Emulation.setCPUThrottlingRate`),
 * several fresh pages per condition, the pages alternating. Also, per step, the main thread's
 * long animation frames (`long-animation-frame` entries, with the scripts they ran) until the
 * page is idle again, so that one can see where a step's time goes, and whether the page ends on
 * the value asked for.
 *
 * Not a test (timings never are). Needs `npm run build` first.
 *
 *   node bench/segments-slider.mjs [--dir build] [--runs 3] [--path /en/calculate/segments/]
 *        [--throttle 4] [--drag] [--out file.json]
 *
 * --drag also sends a fast drag (one step every 16 ms, 40 steps) and reports how long after the
 * last step the segment table shows it, and the longest animation frame during the drag.
 *
 * --cpu instead traces 12 steps 400 ms apart per condition and reports the page's main-thread CPU
 * time per step (thread time of its tasks, which other processes on a busy machine do not
 * inflate the way they inflate wall-clock latency), its longest task, and the worker's CPU time.
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { loadavg } from 'node:os';
import { chromium } from 'playwright';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i < 0 ? fallback : args[i + 1];
};
const dir = opt('dir', 'build');
const runs = Number(opt('runs', 3));
const path = opt('path', '/en/calculate/segments/');
const throttle = Number(opt('throttle', 4));
const drag = args.includes('--drag');
const out = opt('out', null);
const label = path.startsWith('/zh/') ? '客户数' : 'Number of customers';
const selector = `main input[type=range][aria-label^="${label}"]`;

const bare =
	'<!doctype html><html lang="en"><meta charset="utf-8">' +
	'<meta name="viewport" content="width=device-width, initial-scale=1">' +
	'<title>Slider</title><label>Value <input type="range" min="0" max="100" value="50"></label>' +
	'<output>50</output><script>const i=document.querySelector("input"),o=document.querySelector("output");' +
	'i.addEventListener("input",()=>{o.textContent=i.value});</script>';

const types = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.png': 'image/png'
};
const server = http.createServer(async (req, res) => {
	const url = new URL(req.url, 'http://x');
	if (url.pathname === '/__bare/') {
		res.writeHead(200, { 'content-type': 'text/html' });
		return res.end(bare);
	}
	let file = normalize(join(dir, decodeURIComponent(url.pathname)));
	if (file.endsWith('/')) file = join(file, 'index.html');
	if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
	try {
		const body = await readFile(file);
		res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		res.end(body);
	} catch {
		res.writeHead(404);
		res.end();
	}
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** measure-page's default values for a range: 30, interleaving the low and high halves. */
function values(min, max, step, n = 30) {
	const list = [];
	for (let i = 0; i < n; i++) {
		const k = i % 2 ? n - 1 - (i >> 1) : i >> 1;
		list.push(String(Math.round((min + ((max - min) * k) / (n - 1)) / step) * step));
	}
	return list;
}

/** Runs in the page: the scripted steps, each followed by a wait until the page is idle. */
async function steps({ sel, list, gap }) {
	const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
	const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
	const frames = [];
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) {
			frames.push({
				start: e.startTime,
				duration: e.duration,
				blocking: e.blockingDuration,
				render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
				scripts: e.scripts.map((s) => ({
					d: Math.round(s.duration),
					what: `${s.invokerType} ${s.invoker} ${(s.sourceURL || '').split('/').pop()}:${s.sourceFunctionName}`
				}))
			});
		}
	}).observe({ type: 'long-animation-frame', buffered: false });
	const afterFrame = () =>
		new Promise((r) =>
			requestAnimationFrame(() => {
				const ch = new MessageChannel();
				ch.port1.onmessage = () => r(performance.now());
				ch.port2.postMessage(0);
			})
		);
	const el = () => document.querySelector(sel);
	const set = (v) => {
		setter.call(el(), String(v));
		el().dispatchEvent(new Event('input', { bubbles: true }));
	};
	set(list[list.length - 1]);
	await sleep(1000);
	const samples = [];
	for (let i = 0; i < list.length; i++) {
		await sleep(gap);
		const tf = await afterFrame();
		const phase = (i * 11) % 16;
		while (performance.now() < tf + phase) {
			/* busy-wait to the phase */
		}
		const t0 = performance.now();
		set(list[i]);
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		samples.push({ v: list[i], t0, raf2: performance.now() - t0 });
	}
	await sleep(1500);
	for (const s of samples) {
		const mine = frames.filter((f) => f.start + f.duration > s.t0 && f.start < s.t0 + s.raf2 + gap);
		s.longFrames = mine.map((f) => ({
			at: Math.round(f.start - s.t0),
			d: Math.round(f.duration),
			render: Math.round(f.render),
			scripts: f.scripts
		}));
	}
	return samples;
}

/** Runs in the page: a fast drag, one step a frame; how long until the last value shows. */
async function dragSteps({ sel, list }) {
	const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
	const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
	let longest = 0;
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) longest = Math.max(longest, e.duration);
	}).observe({ type: 'long-animation-frame' });
	const el = document.querySelector(sel);
	const gaps = [];
	let last = performance.now();
	for (const v of list) {
		setter.call(el, String(v));
		el.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise((r) => requestAnimationFrame(r));
		const now = performance.now();
		gaps.push(now - last);
		last = now;
	}
	const t = performance.now();
	const want = Number(list.at(-1));
	// The segment table's total row counts every customer (the plot keeps its last drawing while
	// it is off screen).
	const shows = () =>
		[...document.querySelectorAll('main tfoot td')].some(
			(td) => Number(td.textContent.replace(/[^0-9]/g, '')) === want
		);
	while (!shows() && performance.now() - t < 10000) await sleep(5);
	gaps.sort((a, b) => a - b);
	return {
		settleMs: performance.now() - t,
		frameGapP95: gaps[Math.floor(gaps.length * 0.95)],
		frameGapMax: gaps.at(-1),
		longestFrame: longest
	};
}

const q = (list, p) => {
	const s = [...list].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};
const median = (list) => q(list, 0.5);

const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
});

async function measure(page, rate, which) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const tab = await context.newPage();
	const cdp = await context.newCDPSession(tab);
	const url = which === 'bare' ? `${origin}/__bare/` : `${origin}${page}`;
	await tab.goto(url, { waitUntil: 'networkidle' });
	const sel = which === 'bare' ? 'input[type=range]' : selector;
	await tab.waitForSelector(sel);
	await tab.waitForTimeout(800);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	const info = await tab.$eval(sel, (e) => ({ min: +e.min, max: +e.max, step: +e.step || 1 }));
	const list = values(info.min, info.max, info.step);
	const samples = await tab.evaluate(steps, { sel, list, gap: 100 });
	let dragged = null;
	if (drag && which !== 'bare') {
		const down = Array.from({ length: 40 }, (_, i) => String(info.max - 50 * (i + 1)));
		dragged = await tab.evaluate(dragSteps, { sel, list: down });
	}
	await context.close();
	return { samples, drag: dragged };
}

async function cpuPerStep(page, rate) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const tab = await context.newPage();
	const cdp = await context.newCDPSession(tab);
	await tab.goto(`${origin}${page}`, { waitUntil: 'networkidle' });
	await tab.waitForSelector(selector);
	await tab.waitForTimeout(800);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	// a first step, untraced: the worker starts
	await tab.$eval(selector, (el) => {
		Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, '4000');
		el.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await tab.waitForTimeout(1000);
	const n = 12;
	await browser.startTracing(tab, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']
	});
	await tab.evaluate(
		async ({ sel, n }) => {
			const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
			const el = document.querySelector(sel);
			for (let i = 0; i < n; i++) {
				setter.call(el, String(i % 2 ? 5000 - 50 * i : 2000 + 50 * i));
				el.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise((r) => setTimeout(r, 400));
			}
		},
		{ sel: selector, n }
	);
	const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
	await context.close();
	const thread = (name) =>
		traceEvents.find((e) => e.name === 'thread_name' && e.args.name === name);
	const tasks = (t) =>
		t
			? traceEvents.filter(
					(e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.name === 'RunTask'
				)
			: [];
	const main = tasks(thread('CrRendererMain'));
	const worker = tasks(thread('DedicatedWorker thread'));
	const cpu = (list) => list.reduce((sum, e) => sum + (e.tdur ?? e.dur), 0) / 1000 / n;
	return {
		mainCpuMs: cpu(main),
		longestTaskMs: Math.max(0, ...main.map((e) => (e.tdur ?? e.dur) / 1000)),
		workerCpuMs: cpu(worker)
	};
}

if (args.includes('--cpu')) {
	const rows = [];
	for (const rate of throttle === 1 ? [1] : [1, throttle]) {
		const all = [];
		for (let r = 0; r < runs; r++) all.push(await cpuPerStep(path, rate));
		const pick = (k) => median(all.map((x) => x[k])).toFixed(1);
		rows.push(
			`cpu${rate}x (median of ${runs}): main thread ${pick('mainCpuMs')} ms CPU per step, longest task ${pick('longestTaskMs')} ms, worker ${pick('workerCpuMs')} ms per step`
		);
	}
	await browser.close();
	server.close();
	console.log(rows.join('\n'));
	console.log(
		`load average: ${loadavg()
			.map((x) => x.toFixed(1))
			.join(' ')}`
	);
	process.exit(0);
}

const conditions = throttle === 1 ? [1] : [1, throttle];
const result = { path, runs, load: [loadavg()], conditions: {} };
for (const rate of conditions) {
	const all = { bare: [], page: [] };
	for (let r = 0; r < runs; r++) {
		for (const which of r % 2 ? ['page', 'bare'] : ['bare', 'page']) {
			all[which].push(await measure(path, rate, which));
			process.stderr.write(
				`cpu${rate}x run ${r + 1} ${which} done (load ${loadavg()[0].toFixed(1)})\n`
			);
		}
	}
	const p95s = (which) =>
		all[which].map((m) =>
			q(
				m.samples.map((s) => s.raf2),
				0.95
			)
		);
	const bareP95 = p95s('bare');
	const pageP95 = p95s('page');
	result.conditions[`cpu${rate}x`] = {
		bareP95,
		pageP95,
		ratioOfMedians: median(pageP95) / median(bareP95),
		pageMedianRaf2: all.page.map((m) => median(m.samples.map((s) => s.raf2))),
		drag: all.page.map((m) => m.drag),
		samples: all.page.map((m) => m.samples)
	};
	result.load.push(loadavg());
}
await browser.close();
server.close();

for (const [key, c] of Object.entries(result.conditions)) {
	const r = (x) => Math.round(x);
	console.log(
		`${key}: p95 input → 2nd frame, per run: bare ${c.bareP95.map(r).join('/')} ms, page ${c.pageP95.map(r).join('/')} ms; median ratio ${c.ratioOfMedians.toFixed(2)}×; page median ${c.pageMedianRaf2.map(r).join('/')} ms`
	);
	if (drag)
		console.log(
			`  drag: ${JSON.stringify(c.drag.map((d) => d && Object.fromEntries(Object.entries(d).map(([k, v]) => [k, r(v)]))))}`
		);
	// Where the time goes: the long frames of the slowest steps of the last run.
	const worst = [...c.samples.at(-1)].sort((a, b) => b.raf2 - a.raf2).slice(0, 3);
	for (const s of worst) {
		console.log(`  step to ${s.v}: ${r(s.raf2)} ms; long frames ${JSON.stringify(s.longFrames)}`);
	}
}
console.log(
	`load average: ${result.load.map((l) => l.map((x) => x.toFixed(1)).join(' ')).join(' → ')}`
);
if (out) writeFileSync(out, JSON.stringify(result, null, 1));
