#!/usr/bin/env node
/**
 * `npm run perf`: how every built page performs, as ratios to an empty page and to a bare
 * `<input type=range>` page measured in the same run (absolute times drift on a shared machine).
 * Runs measure-page.mjs (the project's shared tool) once per page and reference, without and with
 * 4× CPU throttling, and prints issue 20's table:
 *
 *   FCP as a multiple of the empty page's; blocking time after first paint (long tasks > 50 ms);
 *   first-load JS (gzip, as measured in the browser); input → next paint p95 of the first slider
 *   and of each calculator's heaviest input as a multiple of the bare slider's; JS heap after load.
 *
 * A calculator is loaded three times per condition and build: once for the load figures (FCP,
 * blocking, JS, heap), with no input to wait for, then once per input measured.
 *
 * Not part of `npm test` (timings never are). Needs `npm run build` first.
 *
 *   npm run perf                                   every page, 3 runs per condition
 *   npm run perf -- --pages calculate/clv,/zh/     only paths containing one of these
 *   npm run perf -- --pages =/en/,=/zh/            only these paths (`=`: the whole path)
 *   npm run perf -- --runs 5 --out perf-after.json --no-inputs
 *   npm run perf -- --dir old-build --manifest old-build.vite/manifest.json   a kept copy
 *   npm run perf -- --baseline old-build --baseline-manifest old.json   before → after, one run
 *   npm run perf -- --no-heavy                     first slider only (half the time on calculators)
 *
 * measure-page.mjs is found from $MEASURE_PAGE, else as shared/tools/measure-page.mjs in a parent
 * directory of the project (the team's checkout layout).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readBuild } from '../tests/budget/first-load.js';

const run = promisify(execFile);

/**
 * Each calculator's heaviest input (the most work per change), by the start of its slider's
 * accessible name in each locale. A calculator not listed here is measured on its first slider only.
 */
const heaviest = {
	clv: { en: 'Relationship length', zh: '关系持续时间' },
	club: { en: 'Horizon', zh: '计算期限' },
	complement: { en: 'Horizon', zh: '计算期限' },
	lifecycle: { en: 'Horizon', zh: '推演时长' },
	points: { en: 'Horizon', zh: '计算期限' },
	referral: { en: 'Horizon', zh: '计算期限' },
	segments: { en: 'Number of customers', zh: '客户数' }
};

/** @param {string} path */
function heavyInput(path) {
	const [, locale, id] = path.match(/^\/([a-z]{2})\/calculate\/([^/]+)\/$/) ?? [];
	const label = heaviest[id]?.[locale];
	return label ? `main input[type=range][aria-label^="${label}"]` : undefined;
}

function parseArgs(argv) {
	const options = {
		dir: 'build',
		manifest: undefined,
		baseline: undefined,
		baselineManifest: undefined,
		heavy: true,
		runs: 3,
		throttle: 4,
		pages: [],
		inputs: true,
		out: null
	};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const value = () => {
			const next = argv[++i];
			if (next === undefined) throw new Error(`${flag} needs a value`);
			return next;
		};
		if (flag === '--dir') options.dir = value();
		else if (flag === '--manifest') options.manifest = value();
		else if (flag === '--runs') options.runs = Number(value());
		else if (flag === '--throttle') options.throttle = Number(value());
		else if (flag === '--pages') options.pages = value().split(',').filter(Boolean);
		else if (flag === '--out') options.out = value();
		else if (flag === '--no-inputs') options.inputs = false;
		else if (flag === '--no-heavy') options.heavy = false;
		else if (flag === '--baseline') options.baseline = value();
		else if (flag === '--baseline-manifest') options.baselineManifest = value();
		else throw new Error(`unknown option ${flag}`);
	}
	return options;
}

function findMeasurePage() {
	if (process.env.MEASURE_PAGE) return resolve(process.env.MEASURE_PAGE);
	for (let dir = process.cwd(); ; dir = dirname(dir)) {
		const candidate = join(dir, 'shared', 'tools', 'measure-page.mjs');
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) break;
	}
	throw new Error('measure-page.mjs not found: set MEASURE_PAGE=/path/to/measure-page.mjs');
}

/** The two reference pages, written to a directory of their own. */
function referencePages() {
	const dir = mkdtempSync(join(tmpdir(), 'clv-perf-'));
	const head =
		'<!doctype html><html lang="en"><meta charset="utf-8">' +
		'<meta name="viewport" content="width=device-width, initial-scale=1">';
	const pages = {
		'empty/index.html': `${head}<title>Empty</title><p>An empty page.</p>`,
		'slider/index.html':
			`${head}<title>Slider</title><label>Value <input type="range" min="0" max="100" value="50"></label>` +
			'<output>50</output><script>const i=document.querySelector("input"),o=document.querySelector("output");' +
			'i.addEventListener("input",()=>{o.textContent=i.value});</script>'
	};
	for (const [name, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), html);
	}
	return dir;
}

const median = (values) => {
	const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (s.length === 0) return null;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const measurePage = findMeasurePage();
	const builds = [{ dir: options.dir, manifest: options.manifest }];
	if (options.baseline)
		builds.unshift({ dir: options.baseline, manifest: options.baselineManifest });
	for (const build of builds) {
		if (!existsSync(build.dir)) throw new Error(`no ${build.dir}/: run \`npm run build\` first`);
		build.site = await readBuild(build.dir, { manifest: build.manifest });
	}
	const site = builds.at(-1).site;
	// "/" sends a visitor with JavaScript on to /en/ or /zh/ at once: measuring it would measure
	// the page it redirects to. Its own HTML is checked by the budget test.
	const pages = site.pages
		.map((p) => p.path)
		.filter((p) => p !== '/')
		.filter(
			(p) =>
				options.pages.length === 0 ||
				options.pages.some((f) => (f.startsWith('=') ? p === f.slice(1) : p.includes(f)))
		);
	const refDir = referencePages();
	const conditions = options.throttle === 1 ? ['cpu1x'] : ['cpu1x', `cpu${options.throttle}x`];
	const log = (message) => process.stderr.write(`[perf] ${message}\n`);

	async function measure(dir, path, input) {
		const args = [measurePage, '--dir', dir, '--path', path, '--runs', String(options.runs)];
		args.push('--throttle', String(options.throttle), '--trusted', 'none');
		if (input) args.push('--input', input);
		const started = Date.now();
		const what = `${dir} ${path}${input ? ` [${input}]` : ''}`;
		try {
			const { stdout } = await run(process.execPath, args, { maxBuffer: 64 << 20 });
			log(`${what}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
			return JSON.parse(stdout);
		} catch (error) {
			log(`${what} failed: ${String(error.stderr || error).slice(-400)}`);
			return null;
		}
	}
	const values = (results, condition, pick) =>
		results.flatMap((r) => (r ? (pick(r.conditions[condition]) ?? []) : []));
	const fcp = (results, c) => median(values(results, c, (x) => x.load.fcpMs.values));
	const tbt = (results, c) => median(values(results, c, (x) => x.load.tbtMs.values));
	const heap = (results) =>
		median(values(results, 'cpu1x', (x) => x.heap.usedAfterLoadBytes.values));
	const p95 = (result, c) => result?.conditions[c]?.input?.scripted.doubleRafMs.p95 ?? null;

	log(
		`measure-page: ${measurePage}; ${pages.length} pages × ${builds.length} build(s); load average ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}`
	);
	// The empty page is measured before every page and once more at the end, the bare slider every
	// few pages: each page is compared with the references measured closest to it in time, so the
	// ratios follow the machine's load as it drifts through a long run. With --baseline, both builds
	// of a page are measured back to back, in alternating order.
	const refs = { empty: [], slider: [] };
	const rows = [];
	const sliderEvery = 6;
	for (const [index, path] of pages.entries()) {
		if (index % sliderEvery === 0 && options.inputs) {
			refs.slider.push({
				at: index,
				result: await measure(refDir, '/slider/', 'input[type=range]')
			});
		}
		refs.empty.push({ at: index, result: await measure(refDir, '/empty/') });
		const calculator = /^\/[a-z]{2}\/calculate\/[^/]+\/$/.test(path);
		const first = calculator && options.inputs ? 'main input[type=range]' : undefined;
		const heavySelector =
			calculator && options.inputs && options.heavy ? heavyInput(path) : undefined;
		const order = index % 2 ? [...builds].reverse() : builds;
		const measured = new Map();
		for (const build of order) {
			// Load figures come from a run that waits for no input: waiting for a selector makes
			// Playwright evaluate its own script in the page (+~1.1 MB of heap on a calculator,
			// measured with measure-page on /en/calculate/clv/), which is not the page's.
			const load = first ? await measure(build.dir, path) : null;
			const main = await measure(build.dir, path, first);
			const heavy = heavySelector ? await measure(build.dir, path, heavySelector) : null;
			const staticJs = build.site.pages.some((p) => p.path === path)
				? build.site.firstLoad(path).js.gzip
				: null;
			measured.set(build, { load, main, heavy, staticJs });
		}
		rows.push({ path, at: index, heavySelector, builds: builds.map((b) => measured.get(b)) });
	}
	refs.empty.push({ at: pages.length, result: await measure(refDir, '/empty/') });
	if (options.inputs) {
		refs.slider.push({
			at: pages.length,
			result: await measure(refDir, '/slider/', 'input[type=range]')
		});
	}

	/** The references measured just before and just after page number `at`. */
	const around = (list, at) => {
		const before = list.filter((r) => r.at <= at).at(-1);
		const after = list.find((r) => r.at > at);
		return [before, after].filter(Boolean).map((r) => r.result);
	};
	const ms = (value) => (value == null ? '–' : `${Math.round(value)}`);
	const ratio = (value, base) => (value == null || !base ? '–' : `${(value / base).toFixed(2)}×`);
	const emptyFcp = (at, c) => fcp(around(refs.empty, at), c);
	const sliderP95 = (at, c) => median(around(refs.slider, at).map((r) => p95(r, c)));
	const all = (list) => list.map((r) => r.result);
	const spread = (list, pick) => {
		const v = list.map((r) => pick(r.result)).filter((x) => x != null);
		return v.length ? `${ms(Math.min(...v))}–${ms(Math.max(...v))}` : '–';
	};
	const [one, slow] = conditions;
	const notes = [];

	/** One build's cells for one page. */
	function cells(row, measured) {
		const both = measured.load ? [measured.load] : [measured.main, measured.heavy];
		const measuredJs = (measured.load ?? measured.main)?.bytes.byType.js.gzip;
		let js = measuredJs == null ? '–' : (measuredJs / 1000).toFixed(1);
		if (
			measuredJs != null &&
			measured.staticJs != null &&
			Math.abs(measuredJs - measured.staticJs) > 500
		) {
			js += '*';
			notes.push(
				`* ${row.path}: the budget test counts ${(measured.staticJs / 1000).toFixed(1)} kB; the browser loaded ${(measuredJs / 1000).toFixed(1)} kB.`
			);
		}
		return [
			`${ratio(fcp(both, one), emptyFcp(row.at, one))} (${ms(fcp(both, one))})`,
			slow ? `${ratio(fcp(both, slow), emptyFcp(row.at, slow))} (${ms(fcp(both, slow))})` : null,
			ms(tbt(both, one)),
			slow ? ms(tbt(both, slow)) : null,
			js,
			ratio(p95(measured.main, one), sliderP95(row.at, one)),
			slow ? ratio(p95(measured.main, slow), sliderP95(row.at, slow)) : null,
			ratio(p95(measured.heavy, one), sliderP95(row.at, one)),
			slow ? ratio(p95(measured.heavy, slow), sliderP95(row.at, slow)) : null,
			heap(both) == null ? '–' : (heap(both) / 1e6).toFixed(1)
		].filter((c) => c !== null);
	}

	const lines = [];
	lines.push(
		`Measured ${new Date().toISOString()}, ${options.runs} runs per condition; load average at the end ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}.`,
		`Empty page FCP, median of all its runs: ${conditions.map((c) => `${ms(fcp(all(refs.empty), c))} ms at ${c} (per-measurement medians ${spread(refs.empty, (r) => r?.conditions[c]?.load.fcpMs.median)})`).join('; ')}.`,
		options.inputs
			? `Bare slider input → next paint p95: ${conditions.map((c) => `${ms(median(all(refs.slider).map((r) => p95(r, c))))} ms at ${c} (range ${spread(refs.slider, (r) => p95(r, c))})`).join('; ')}.`
			: '',
		'Ratios divide by the references measured just before and after each page.',
		options.baseline ? `Cells read "${options.baseline} → ${options.dir}".` : '',
		''
	);
	const header = [
		'page',
		`FCP ÷ empty ${one}`,
		slow ? `FCP ÷ empty ${slow}` : null,
		`blocking ms ${one}`,
		slow ? `blocking ms ${slow}` : null,
		'JS kB gzip',
		`first slider p95 ÷ bare ${one}`,
		slow ? `÷ bare ${slow}` : null,
		`heaviest input p95 ÷ bare ${one}`,
		slow ? `÷ bare ${slow}` : null,
		'heap MB'
	].filter((h) => h !== null);
	lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
	for (const row of rows) {
		const perBuild = row.builds.map((measured) => cells(row, measured));
		const joined = perBuild[0].map((_, i) => perBuild.map((c) => c[i]).join(' → '));
		lines.push(`| ${[row.path, ...joined].join(' | ')} |`);
	}
	lines.push('', ...notes);
	process.stdout.write(`${lines.join('\n')}\n`);
	if (options.out) {
		writeFileSync(options.out, JSON.stringify({ options, refs, rows, table: lines }, null, 1));
	}
	rmSync(refDir, { recursive: true, force: true });
}

main().catch((error) => {
	process.stderr.write(`${error.stack ?? error}\n`);
	process.exit(1);
});
