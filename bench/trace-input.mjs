// One page, 30 scripted inputs like measure-page.mjs (gap 100 ms, stratified phase), traced in
// Chromium at a CPU rate. Prints per input: latency (dispatch → 2nd rAF), the trace's events in its
// window, the functions with most CPU samples; then the main thread's CPU per input (thread time
// of the tasks in each window: steadier than wall-clock on a loaded machine), median and p95, and
// CPU samples by function over inputs 10–29 (self and inclusive; TOP=n of them). Island phase
// changes are logged. Not part of any test (timings never are). Round 7 (latency), round 8 (block).
// usage: node bench/trace-input.mjs BUILD_DIR PATH SELECTOR [rate=4] [runs=1] [gap=100]
//        env CSS='…' injects a stylesheet (experiments), WAKE=1 wakes every section first
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
const [dir, pth, sel, rate = '4', runs = '1', gap = '100'] = process.argv.slice(2);
const root = path.resolve(dir);
const srv = http.createServer((q, r) => {
	let p = decodeURIComponent(new URL(q.url, 'http://x').pathname);
	let f = path.join(root, p);
	try {
		if (fs.statSync(f).isDirectory()) f = path.join(f, 'index.html');
		const b = fs.readFileSync(f);
		const ext = path.extname(f);
		r.writeHead(200, {
			'content-type':
				{
					'.html': 'text/html',
					'.js': 'text/javascript',
					'.css': 'text/css',
					'.json': 'application/json',
					'.svg': 'image/svg+xml',
					'.woff2': 'font/woff2'
				}[ext] || 'application/octet-stream'
		});
		r.end(b);
	} catch {
		r.writeHead(404);
		r.end();
	}
});
await new Promise((res) => srv.listen(0, '127.0.0.1', res));
const url = `http://127.0.0.1:${srv.address().port}${pth}`;
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
const all = [];
const fnSelf = new Map();
const fnAgg = new Map();
const catAgg = new Map();
let totalWin = 0;
for (let run = 0; run < +runs; run++) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: +rate });
	page.on('console', (m) => {
		if (m.type() === 'error') console.log('console error:', m.text().slice(0, 200));
	});
	if (process.env.NOCHECK)
		await page.addInitScript(() => {
			Element.prototype.checkVisibility = () => false;
		});
	if (process.env.CSS)
		await page.addInitScript((css) => {
			document.addEventListener('DOMContentLoaded', () => {
				const st = document.createElement('style');
				st.textContent = css;
				document.head.append(st);
			});
		}, process.env.CSS);
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForTimeout(2500);
	if (process.env.WAKE) {
		// the reader has been down the page (every section awake) and is back at the top
		for (let y = 0; y < 12000; y += 600) {
			await page.evaluate((y) => window.scrollTo(0, y), y);
			await page.waitForTimeout(250);
		}
		await page
			.waitForFunction(
				() =>
					[...document.querySelectorAll('[data-calculator] .island')].every(
						(i) => i.dataset.island === 'awake'
					),
				null,
				{ timeout: 30000 }
			)
			.catch(() => console.log('not all awake'));
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.waitForTimeout(2500);
	}
	await page.evaluate(() => {
		window.__isl = [];
		new MutationObserver((ms) => {
			for (const m of ms)
				if (m.attributeName === 'data-island')
					window.__isl.push({
						t: performance.now(),
						to: m.target.getAttribute('data-island'),
						i: [...document.querySelectorAll('.island')].indexOf(m.target)
					});
		}).observe(document.body, {
			subtree: true,
			attributes: true,
			attributeFilter: ['data-island']
		});
	});
	await browser.startTracing(page, {
		categories: [
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'blink.user_timing',
			'v8.execute',
			'disabled-by-default-v8.cpu_profiler'
		]
	});
	const res = await page.evaluate(
		async ({ sel, gapMs }) => {
			const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
			const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
			const el0 = document.querySelector(sel);
			const min = +el0.min || 0,
				max = +el0.max || 100,
				step = +el0.step || 1,
				n = 30;
			const values = [];
			for (let i = 0; i < n; i++) {
				const k = i % 2 ? n - 1 - (i >> 1) : i >> 1;
				values.push(Math.round((min + ((max - min) * k) / (n - 1)) / step) * step);
			}
			const set = (el, v) => {
				setter.call(el, String(v));
				el.dispatchEvent(new Event('input', { bubbles: true }));
			};
			const afterFrame = () =>
				new Promise((r) =>
					requestAnimationFrame(() => {
						const ch = new MessageChannel();
						ch.port1.onmessage = () => r(performance.now());
						ch.port2.postMessage(0);
					})
				);
			set(el0, values[values.length - 1]);
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			await sleep(gapMs);
			const out = [];
			for (let i = 0; i < values.length; i++) {
				await sleep(gapMs);
				const tf = await afterFrame();
				const phase = (i * 11) % 16;
				while (performance.now() < tf + phase) {
					// busy-wait to the phase, as measure-page does
				}
				const el = document.querySelector(sel);
				performance.mark('in' + i);
				const t0 = performance.now();
				set(el, values[i]);
				const t1 = performance.now();
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				const t2 = performance.now();
				performance.mark('out' + i);
				out.push({ i, v: values[i], t0, handler: t1 - t0, raf2: t2 - t0 });
			}
			return { out, isl: window.__isl, label: el0.getAttribute('aria-label') };
		},
		{ sel, gapMs: +gap }
	);
	const buf = await browser.stopTracing();
	const { traceEvents: ev } = JSON.parse(buf.toString());
	// map marks -> trace ts
	const marks = new Map(
		ev
			.filter((e) => e.cat?.includes('blink.user_timing') && /^(in|out)\d+$/.test(e.name))
			.map((e) => [e.name, e])
	);
	const pid = marks.get('in0').pid;
	const mainTid = ev.find(
		(e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain'
	).tid;
	const T = ev.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X');
	// cpu profile from ProfileChunk
	const nodes = new Map();
	const samples = [];
	let ts0 = null;
	for (const e of ev.filter(
		(e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk')
	)) {
		if (e.name === 'Profile') {
			ts0 = e.args.data.startTime;
			continue;
		}
		const d = e.args.data;
		const cp = d.cpuProfile || {};
		for (const n of cp.nodes || []) nodes.set(n.id, n);
		if (cp.samples) {
			let t = ts0;
			for (let k = 0; k < cp.samples.length; k++) {
				t += d.timeDeltas[k];
				samples.push([t, cp.samples[k]]);
			}
			ts0 = t;
		}
	}
	const pmOf = (name) => marks.get(name).ts;
	const name = (n) =>
		`${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url || '').split('/').pop()}:${n.callFrame.lineNumber}`;
	for (const s of res.out) {
		const a = pmOf('in' + s.i),
			b = pmOf('out' + s.i);
		const cats = {};
		for (const e of T) {
			if (e.ts >= a && e.ts < b && e.dur) {
				const k = e.name;
				if (
					[
						'FunctionCall',
						'EventDispatch',
						'UpdateLayoutTree',
						'Layout',
						'Paint',
						'PrePaint',
						'Layerize',
						'RunMicrotasks',
						'TimerFire',
						'FireIdleCallback',
						'FireAnimationFrame',
						'ParseHTML',
						'v8.callFunction',
						'HitTest',
						'IntersectionObserverController::computeIntersections',
						'MajorGC',
						'MinorGC',
						'V8.GC_SCAVENGER',
						'BlinkGC.AtomicPhase',
						'ScheduleStyleRecalculation',
						'UpdateLayerTree',
						'RunTask'
					].includes(k)
				)
					cats[k] = (cats[k] || 0) + e.dur / 1000;
			}
		}
		s.cats = cats;
		if (s.i >= 10 && s.i < 13)
			console.log(
				'input',
				s.i,
				T.filter(
					(e) =>
						e.ts >= a &&
						e.ts < b &&
						['Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML'].includes(e.name)
				)
					.map(
						(e) =>
							`${e.name} ${(e.dur / 1000).toFixed(1)}${e.args?.beginData?.dirtyObjects != null ? ' ' + e.args.beginData.dirtyObjects + '/' + e.args.beginData.totalObjects : ''}${e.args?.elementCount != null ? ' el ' + e.args.elementCount : ''}${e.args?.beginData?.stackTrace ? ' @' + e.args.beginData.stackTrace[0].functionName : ''}${e.args?.data?.clip ? ' clip ' + e.args.data.clip.join(',') : ''}`
					)
					.join(' | ')
			);
		s.cpu =
			T.filter((e) => e.name === 'RunTask' && e.ts < b && e.ts + e.dur > a).reduce(
				(t, e) => t + (e.tdur ?? 0),
				0
			) / 1000;
		const fns = new Map();
		for (const [t, id] of samples)
			if (t >= a && t < b) {
				const n = nodes.get(id);
				if (!n) continue;
				const k = name(n);
				fns.set(k, (fns.get(k) || 0) + 1);
			}
		s.fns = [...fns].sort((x, y) => y[1] - x[1]).slice(0, 6);
		for (const [k, v] of Object.entries(cats)) catAgg.set(k, (catAgg.get(k) || 0) + v);
		for (const [t, id] of samples)
			if (t >= a && t < b && s.i >= 10) {
				const n = nodes.get(id);
				if (n) {
					const k = name(n);
					fnSelf.set(k, (fnSelf.get(k) || 0) + 1);
				}
			}
		// inclusive per function across all windows
		for (const [t, id] of samples)
			if (t >= a && t < b && s.i >= 10) {
				let n = nodes.get(id);
				const seen = new Set();
				while (n) {
					const k = name(n);
					if (!seen.has(k)) {
						seen.add(k);
						fnAgg.set(k, (fnAgg.get(k) || 0) + 1);
					}
					n = n.parent != null ? nodes.get(n.parent) : null;
				}
			}
		totalWin += (b - a) / 1000;
	}
	// idle-callback tasks and long tasks in gaps
	const gaps = T.filter((e) => e.name === 'RunTask' && e.dur > 30000 && e.ts > pmOf('in0')).map(
		(e) => {
			const inner = T.filter(
				(x) =>
					x.ts >= e.ts &&
					x.ts < e.ts + e.dur &&
					[
						'FireIdleCallback',
						'TimerFire',
						'EventDispatch',
						'FireAnimationFrame',
						'FunctionCall',
						'Layout',
						'UpdateLayoutTree'
					].includes(x.name)
			)
				.map(
					(x) =>
						`${x.name}${x.args?.data?.functionName ? '(' + x.args.data.functionName + ')' : ''} ${(x.dur / 1000).toFixed(0)}`
				)
				.slice(0, 6);
			const inWin = res.out.find((s) => e.ts >= pmOf('in' + s.i) && e.ts < pmOf('out' + s.i));
			return `${(e.dur / 1000).toFixed(0)}ms at +${((e.ts - pmOf('in0')) / 1000).toFixed(0)} ${inWin ? 'IN input ' + inWin.i : 'between'}: ${inner.join(', ')}`;
		}
	);
	all.push(...res.out);
	console.log(
		`run ${run} ${res.label}: island changes`,
		JSON.stringify(res.isl.map((x) => [Math.round(x.t - res.out[0].t0), x.i, x.to]))
	);
	for (const s of res.out)
		console.log(
			`#${s.i} v=${s.v} raf2=${s.raf2.toFixed(0)} handler=${s.handler.toFixed(0)} | ${Object.entries(
				s.cats
			)
				.filter(([k]) => k !== 'RunTask')
				.map(([k, v]) => `${k}=${v.toFixed(0)}`)
				.join(' ')} | ${s.fns.map(([k, v]) => `${k}:${v}`).join(', ')}`
		);
	console.log('long tasks (>30ms) after first input:\n  ' + gaps.join('\n  '));
	await page.close();
}
const r = all.map((s) => s.raf2).sort((a, b) => a - b);
const c = all.map((s) => s.cpu).sort((a, b) => a - b);
console.log(
	`CPU ms per input (main thread, thread time of the tasks in the window): median ${c[c.length >> 1].toFixed(1)} p95 ${c[Math.ceil(0.95 * c.length) - 1].toFixed(1)} max ${c.at(-1).toFixed(1)}`
);
console.log(
	`N=${r.length} median ${r[r.length >> 1].toFixed(0)} p95 ${r[Math.ceil(0.95 * r.length) - 1].toFixed(0)} max ${r.at(-1).toFixed(0)}`
);
console.log(
	'summed over windows (ms):',
	[...catAgg]
		.sort((a, b) => b[1] - a[1])
		.map(([k, v]) => `${k}=${v.toFixed(0)}`)
		.join(' '),
	'window total',
	totalWin.toFixed(0)
);
console.log(
	'self samples by function, inputs 10-29 (top 40):\n' +
		[...fnSelf]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 40)
			.map(([k, v]) => `  ${v} ${k}`)
			.join('\n')
);
console.log(
	'inclusive samples by function (top 40):\n' +
		[...fnAgg]
			.sort((a, b) => b[1] - a[1])
			.slice(0, +(process.env.TOP || 60))
			.map(([k, v]) => `  ${v} ${k}`)
			.join('\n')
);
await browser.close();
srv.close();
