/**
 * The mechanical rules of content/STYLE.md, checked on every Chinese article (its prose and the
 * text in its components' attributes) and on every string the zh message files produce: full-width
 * punctuation next to Chinese characters, one term per concept, no English currency codes, large
 * amounts in 万/亿, and none of the phrasings the style guide retired.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary } from '$lib/glossary/terms';
import { workshopThemes } from '$lib/teach/workshop';

const han = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

/**
 * Half-width punctuation touching a Chinese character: , : ; ? ! with or without a space between,
 * parentheses only when directly adjacent (a formula after a space, “除以 (1 + i)”, is fine).
 */
const halfWidth = new RegExp(
	`[${han}]\\s*[,:;?!]|[,:;?!]\\s*[${han}]|[${han}][()]|[()][${han}]`,
	'u'
);

/** A comma-separated header such as “编号,交易次数,利润” is CSV, not prose. */
const csvSample = new RegExp(`[\\w${han}]+(?:,[\\w${han}]+){2,}`, 'gu');

/** Retired words and phrasings (STYLE.md §1 and §5), after the allowed contexts are removed. */
const banned = [
	'熬过',
	'每卖出一件',
	'差一点',
	'二八定律',
	'帕累托法则',
	'封闭式',
	'解析解',
	'赢回',
	'贴现率',
	'终生价值',
	'保留率',
	'打折之前',
	'随之打折',
	'种子文章',
	'原文档',
	'文档提取'
];

/** Contexts where a banned word is right: article titles in 《》 and the glossary's alias. */
const allowed = (text: string) =>
	text.replace(/《[^》]*》/g, '《》').replace('二八法则（帕累托法则）', '二八法则');

const currencyCode = /\b(CNY|USD|EUR|RMB)\b|US\$/;

/** An amount of 10,000 or more written out in digits with a currency (should be 万/亿). */
function largeAmount(text: string): string | undefined {
	const pattern =
		/[¥￥$€]\s?(\d[\d,]*(?:\.\d+)?)(?!\s?[万亿])|(\d[\d,]*(?:\.\d+)?)\s?(?:元|美元|欧元)/g;
	for (const match of text.matchAll(pattern)) {
		const digits = (match[1] ?? match[2] ?? '').replaceAll(',', '');
		if (Number(digits) >= 10_000) return match[0];
	}
	return undefined;
}

/** Every rule broken by one piece of Chinese text, as readable messages. */
function problems(text: string): string[] {
	const found: string[] = [];
	const prose = text.replace(csvSample, 'csv');
	const punctuation = halfWidth.exec(prose);
	if (punctuation) found.push(`half-width punctuation: “${around(prose, punctuation.index)}”`);
	const kept = allowed(text);
	for (const word of banned)
		if (kept.includes(word)) found.push(`“${word}”: ${around(kept, kept.indexOf(word))}`);
	const points = /[\d一二两三几]\s?个点(?!击)/.exec(kept);
	if (points) found.push(`“${points[0]}” (say 个百分点): ${around(kept, points.index)}`);
	if (/^货币[：:]?$/.test(text.trim())) found.push('the currency setting is called 币种, not 货币');
	const code = currencyCode.exec(text);
	if (code) found.push(`currency code ${code[0]}: “${around(text, code.index)}”`);
	const amount = largeAmount(text);
	if (amount) found.push(`large amount not in 万/亿: ${amount}`);
	return found;
}

const around = (text: string, index: number) =>
	text.slice(Math.max(0, index - 12), index + 14).replaceAll('\n', ' ');

/** Quoted string literals that contain Chinese, from code or attribute text. */
const chineseLiterals = (code: string) =>
	[...code.matchAll(/(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)]
		.map((m) => m[2]!)
		.filter((s) => new RegExp(`[${han}]`, 'u').test(s))
		.map((s) => s.replace(/\$\{[^}]*\}/g, '0'));

/**
 * The Chinese text of an article: frontmatter and prose (script removed, `{…}` expressions
 * replaced by 0, tags removed) plus the Chinese strings inside expressions and attributes.
 */
function articleTexts(source: string): string[] {
	const withoutScript = source
		.replace(/<script>[\s\S]*?<\/script>/g, '')
		.replace(/^---\n([\s\S]*?)\n---/, (_, yaml: string) => yaml.replace(/^[\w-]+:\s*/gm, '\n\n'));
	const texts: string[] = [];
	// Expressions, innermost first, so that {{ a: '…' }} is handled.
	let prose = withoutScript;
	for (let k = 0; k < 5 && /\{[^{}]*\}/.test(prose); k++) {
		prose = prose.replace(/\{([^{}]*)\}/g, (_, inner: string) => {
			texts.push(...chineseLiterals(inner));
			return '0';
		});
	}
	prose = prose.replace(/<[^>]*>/g, (tag: string) => {
		for (const m of tag.matchAll(/\s[\w-]+="([^"]*)"/g)) texts.push(m[1]!);
		return ' ';
	});
	texts.push(...prose.split(/\n\s*\n/));
	return texts.filter((t) => new RegExp(`[${han}]`, 'u').test(t));
}

/** Every string a messages module can show: plain strings, and functions called with samples. */
function messageTexts(value: unknown, path = ''): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (typeof value === 'function') {
		for (const sample of [1, '甲']) {
			try {
				const args = Array.from({ length: Math.max(value.length, 1) }, () => sample);
				const out = (value as (...a: unknown[]) => unknown)(...args);
				if (typeof out === 'string') return [{ path: `${path}()`, text: out }];
			} catch {
				// try the next sample
			}
		}
		return [];
	}
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, v]) =>
			messageTexts(v, path ? `${path}.${key}` : key)
		);
	return [];
}

const contentDir = join(process.cwd(), 'content', 'zh');
const articles = readdirSync(contentDir).filter((f) => f.endsWith('.md'));
const zhMessages = import.meta.glob<{ default: unknown }>('/src/lib/i18n/messages/zh/*.ts', {
	eager: true
});

describe('the style checks themselves', () => {
	it('catch each mechanical rule', () => {
		expect(problems('留存率(按年)')).toHaveLength(1);
		expect(problems('留存率: 80%')).toHaveLength(1);
		expect(problems('如下, 见表')).toHaveLength(1);
		expect(problems('客户熬过一年')).toHaveLength(1);
		expect(problems('检验二八定律')).toHaveLength(1);
		expect(problems('币种：CNY')).toHaveLength(1);
		expect(problems('约 ¥991,211')).toHaveLength(1);
		expect(problems('40,000 美元')).toHaveLength(1);
		expect(problems('月留存率高 1 个点')).toHaveLength(1);
		expect(problems('货币')).toHaveLength(1);
	});

	it('let correct text through', () => {
		for (const text of [
			'留存率（按年）：80%，见表。',
			'CLV = m(1 + i) ÷ (1 + i − r)',
			'首笔确定 = 期初 ÷（1 + i）',
			't 年后的现金流要除以 (1 + i)^t。',
			'例如：编号,交易次数,利润。',
			'约 ¥99.12 万，或 40 万美元；¥9,999 以下照写。',
			'《客户终生价值》一文',
			'二八法则（帕累托法则）',
			'Gupta, S. & Lehmann, D. R. (2003). Customers as assets.'
		])
			expect(problems(text), text).toEqual([]);
	});

	it('read an article’s prose and its components’ text, not its code', () => {
		const texts = articleTexts(
			`<script>\n\tconst a = 'CNY';\n</script>\n\n段落{cny(x)}，完。\n\n<Formula legend={{ S: '年消费额' }} />\n\n<P question="问题？" />`
		);
		expect(texts).toContain('年消费额');
		expect(texts).toContain('问题？');
		expect(texts.some((t) => t.includes('段落0，完。'))).toBe(true);
		expect(texts.join('')).not.toContain('CNY');
	});
});

describe('Chinese style (content/STYLE.md)', () => {
	it.each(articles)('content/zh/%s', (file) => {
		const source = readFileSync(join(contentDir, file), 'utf8');
		const found = articleTexts(source).flatMap(problems);
		expect(found).toEqual([]);
	});

	it.each(Object.keys(zhMessages))('%s', (file) => {
		const found = messageTexts(zhMessages[file]!.default).flatMap(({ path, text }) =>
			problems(text).map((p) => `${path}: ${p}`)
		);
		expect(found).toEqual([]);
	});

	it('glossary zh entries', () => {
		const found = glossary.flatMap((term) =>
			[term.zh.term, term.zh.definition].flatMap(problems).map((p) => `${term.id}: ${p}`)
		);
		expect(found).toEqual([]);
	});

	it('workshop kit (run sheets, worksheets, answer keys)', () => {
		const found = workshopThemes('zh').flatMap((theme) =>
			messageTexts(theme, theme.id).flatMap(({ path, text }) =>
				problems(text).map((p) => `${path}: ${p}`)
			)
		);
		expect(found).toEqual([]);
	});
});
