// Load one page in a fresh Chromium at a CPU rate, traced from navigation to settle.
// Prints: FCP, main-thread long tasks (> 50 ms) ending after FCP with what ran inside them
// (top-level trace events and CPU-profile self/inclusive time by function and by file),
// blocking time after FCP as measure-page computes it (wall) and the same on thread time (CPU).
// Not part of any test (timings never are). Round 8 (block).
// usage: node bench/trace-load.mjs BUILD_DIR PATH [rate=4] [runs=3]
//   env QUIET=1 (summary only), SETTLE=ms after the network is quiet (1500), CPU=1 (a long task is
//   one of > LT ms of thread time, default 50, instead of > 50 ms wall), INC=n (top n functions
//   by inclusive samples per task), FOCUS=name (inclusive samples under that function only)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { chromium } from 'playwright';
const [dir, pth, rate = '4', runs = '3'] = process.argv.slice(2);
const root = path.resolve(dir);
const types = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json'
};
let inFlight = 0,
	last = Date.now();
const srv = http.createServer((q, r) => {
	inFlight++;
	last = Date.now();
	r.on('finish', () => {
		inFlight--;
		last = Date.now();
	});
	const p = decodeURIComponent(new URL(q.url, 'http://x').pathname);
	let f = path.join(root, p);
	try {
		if (fs.statSync(f).isDirectory()) f = path.join(f, 'index.html');
		const b = fs.readFileSync(f);
		r.writeHead(200, { 'content-type': types[path.extname(f)] || 'application/octet-stream' });
		r.end(b);
	} catch {
		r.writeHead(404);
		r.end();
	}
});
await new Promise((res) => srv.listen(0, '127.0.0.1', res));
const url = `http://127.0.0.1:${srv.address().port}${pth}`;
const quiet = async () => {
	const s = Date.now();
	while (Date.now() - s < 30000) {
		if (inFlight === 0 && Date.now() - last >= 500) return;
		await new Promise((r) => setTimeout(r, 50));
	}
};
const summary = [];
const fileAgg = new Map();
for (let run = 0; run < +runs; run++) {
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: +rate });
	page.on('console', (m) => {
		if (m.type() === 'error') console.log('console error:', m.text().slice(0, 200));
	});
	await browser.startTracing(page, {
		categories: [
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'loading',
			'blink.user_timing',
			'v8.execute',
			'disabled-by-default-v8.cpu_profiler',
			'toplevel'
		]
	});
	await page.goto(url, { waitUntil: 'load' });
	await quiet();
	await page.waitForTimeout(+(process.env.SETTLE ?? 1500));
	const islands = await page.evaluate(() =>
		[...document.querySelectorAll('[data-island]')].map((i) => i.dataset.island).join(',')
	);
	const buf = await browser.stopTracing();
	await browser.close();
	const { traceEvents: ev } = JSON.parse(buf.toString());
	const fcpEv = ev.find((e) => e.name === 'firstContentfulPaint');
	const pid = fcpEv.pid;
	const mainTid = ev.find(
		(e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain'
	).tid;
	const T = ev.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X');
	const nav = ev.find((e) => e.name === 'navigationStart' && e.pid === pid) ?? { ts: T[0].ts };
	const fcp = fcpEv.ts;
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
	const fname = (n) =>
		`${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url || '').split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
	const rel = (ts) => ((ts - nav.ts) / 1000).toFixed(0);
	const tasks = T.filter(
		(e) =>
			e.name === 'RunTask' &&
			(process.env.CPU ? (e.tdur ?? 0) > +(process.env.LT ?? 50) * 1000 : e.dur > 50000) &&
			e.ts + e.dur > fcp
	);
	let tbt = 0,
		tbtCpu = 0;
	const lines = [];
	for (const t of tasks) {
		const d = t.dur / 1000,
			cpu = (t.tdur ?? t.dur) / 1000;
		const start = Math.max(t.ts, fcp);
		tbt += Math.max(0, Math.min((t.ts + t.dur - start) / 1000, d - 50));
		tbtCpu += Math.max(0, cpu - 50);
		const inner = T.filter((x) => x !== t && x.ts >= t.ts && x.ts + (x.dur ?? 0) <= t.ts + t.dur);
		const top = new Map();
		for (const x of inner) {
			if (
				![
					'EvaluateScript',
					'v8.compileModule',
					'v8.evaluateModule',
					'FunctionCall',
					'TimerFire',
					'FireIdleCallback',
					'FireAnimationFrame',
					'ParseHTML',
					'UpdateLayoutTree',
					'Layout',
					'Paint',
					'PrePaint',
					'RunMicrotasks',
					'MajorGC',
					'MinorGC',
					'EventDispatch',
					'ResourceReceivedData',
					'XHRLoad',
					'HitTest',
					'IntersectionObserverController::computeIntersections',
					'v8.compile',
					'ParseAuthorStyleSheet',
					'Layerize',
					'Commit'
				].includes(x.name)
			)
				continue;
			const a = x.args?.data ?? {};
			const k = `${x.name}${a.functionName ? '(' + a.functionName + ')' : ''}${a.url ? ' ' + a.url.split('/').pop() : ''}`;
			top.set(k, (top.get(k) || 0) + x.dur / 1000);
		}
		const self = new Map(),
			files = new Map();
		for (const [ts, id] of samples)
			if (ts >= t.ts && ts < t.ts + t.dur) {
				const n = nodes.get(id);
				if (!n) continue;
				self.set(fname(n), (self.get(fname(n)) || 0) + 1);
				// file attribution: innermost frame with a url
				let m = n;
				while (m && !m.callFrame.url) m = m.parent != null ? nodes.get(m.parent) : null;
				const f = m ? m.callFrame.url.split('/').pop() : `(${n.callFrame.functionName})`;
				files.set(f, (files.get(f) || 0) + 1);
				fileAgg.set(f, (fileAgg.get(f) || 0) + 1);
			}
		const det = inner
			.filter(
				(x) =>
					(['Layout', 'UpdateLayoutTree'].includes(x.name) && x.dur > 10000) ||
					x.name === 'EventDispatch' ||
					x.name === 'ParseHTML' ||
					x.name === 'TimerFire' ||
					x.name === 'FireIdleCallback'
			)
			.slice(0, 12)
			.map((x) => {
				const b = x.args?.beginData ?? {},
					dd = x.args?.data ?? {},
					e2 = x.args?.endData ?? {};
				const st = (b.stackTrace ?? dd.stackTrace ?? [])[0];
				return `${x.name} ${(x.dur / 1000).toFixed(0)}ms ${dd.type ?? ''}${b.startLine != null ? ' line ' + b.startLine + '-' + (e2.endLine ?? '') : ''}${b.dirtyObjects != null ? ' dirty ' + b.dirtyObjects + '/' + b.totalObjects + (b.partialLayout ? ' partial' : '') : ''}${dd.elementCount != null ? ' elements ' + dd.elementCount : ''}${dd.timerId != null ? ' timer' : ''}${st ? ' @' + st.functionName + ' ' + (st.url || '').split('/').pop() + ':' + st.lineNumber : ''}`;
			});
		const inc = new Map();
		for (const [ts, id] of samples)
			if (ts >= t.ts && ts < t.ts + t.dur) {
				let n = nodes.get(id);
				const seen = new Set();
				while (n) {
					const k = fname(n);
					if (!seen.has(k)) {
						seen.add(k);
						inc.set(k, (inc.get(k) || 0) + 1);
					}
					n = n.parent != null ? nodes.get(n.parent) : null;
				}
			}
		if (process.env.FOCUS) {
			inc.clear();
			for (const [ts, id] of samples)
				if (ts >= t.ts && ts < t.ts + t.dur) {
					const chain = [];
					let n = nodes.get(id);
					while (n) {
						chain.push(n);
						n = n.parent != null ? nodes.get(n.parent) : null;
					}
					const at = chain.findIndex((m) => m.callFrame.functionName === process.env.FOCUS);
					if (at < 0) continue;
					const seen = new Set();
					for (const m of chain.slice(0, at + 1)) {
						const k = fname(m);
						if (!seen.has(k)) {
							seen.add(k);
							inc.set(k, (inc.get(k) || 0) + 1);
						}
					}
				}
		}
		const incl = [...inc]
			.sort((a, b) => b[1] - a[1])
			.slice(0, +(process.env.INC ?? 0))
			.map(([k, v]) => `${k} ${v}`)
			.join('\n      ');
		lines.push(
			`  task at +${rel(t.ts)} ms: ${d.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms cpu\n    events: ${[
				...top
			]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 10)
				.map(([k, v]) => `${k} ${v.toFixed(0)}`)
				.join('; ')}\n    files: ${[...files]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 8)
				.map(([k, v]) => `${k} ${v}`)
				.join(
					'; '
				)}\n    detail: ${det.join(' | ')}${incl ? '\n    inclusive:\n      ' + incl : ''}\n    self: ${[
				...self
			]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 10)
				.map(([k, v]) => `${k} ${v}`)
				.join('; ')}`
		);
	}
	const all =
		T.filter((e) => e.name === 'RunTask' && e.ts + e.dur > fcp).reduce(
			(a, e) => a + (e.tdur ?? 0),
			0
		) / 1000;
	summary.push({ fcp: (fcp - nav.ts) / 1000, tbt, tbtCpu, n: tasks.length, cpuAfterFcp: all });
	console.log(
		`run ${run}: FCP ${rel(fcp)} ms, long tasks after FCP ${tasks.length}, blocking ${tbt.toFixed(0)} ms (wall), ${tbtCpu.toFixed(0)} ms (cpu), main-thread cpu after FCP ${all.toFixed(0)} ms; islands ${islands}`
	);
	if (!process.env.QUIET) console.log(lines.join('\n'));
}
const med = (a) => {
	const s = [...a].sort((x, y) => x - y);
	return s[s.length >> 1];
};
console.log(
	`${pth} rate ${rate} runs ${runs}: median FCP ${med(summary.map((s) => s.fcp)).toFixed(0)} ms, blocking wall ${med(summary.map((s) => s.tbt)).toFixed(0)} ms, blocking cpu ${med(summary.map((s) => s.tbtCpu)).toFixed(0)} ms, cpu after FCP ${med(summary.map((s) => s.cpuAfterFcp)).toFixed(0)} ms; all ${JSON.stringify(summary.map((s) => [Math.round(s.tbt), Math.round(s.tbtCpu)]))}; load ${os
		.loadavg()
		.map((x) => x.toFixed(1))
		.join(' ')}`
);
if (!process.env.QUIET)
	console.log(
		'long-task samples by file (all runs):',
		[...fileAgg]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 12)
			.map(([k, v]) => `${k} ${v}`)
			.join('; ')
	);
srv.close();
