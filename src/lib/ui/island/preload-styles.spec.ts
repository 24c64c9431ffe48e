import { describe, expect, it } from 'vitest';
import { preloadBodyStylesheets } from './preload-styles';

const page = (head: string, body: string) =>
	`<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('preloadBodyStylesheets', () => {
	it("preloads from the head each stylesheet the body links, once, in the body's order", () => {
		const body =
			'<p>a</p><link rel="stylesheet" href="/_app/b.css"><div>x</div>' +
			'<link rel="stylesheet" href="/_app/a.css"><link rel="stylesheet" href="/_app/b.css">';
		const out = preloadBodyStylesheets(page('', body));
		const head = out.slice(0, out.indexOf('</head>'));
		expect(
			[...head.matchAll(/<link rel="preload" as="style" href="([^"]+)">/g)].map((m) => m[1])
		).toEqual(['/_app/b.css', '/_app/a.css']);
		// The body is left as it was: the links there still apply the styles where they stand.
		expect(out.slice(out.indexOf('<body'))).toBe(`<body>${body}</body></html>`);
	});

	it('adds nothing for a stylesheet the head already has, nor to a page without body links', () => {
		const linked = page(
			'<link href="/_app/a.css" rel="stylesheet">',
			'<link rel="stylesheet" href="/_app/a.css">'
		);
		expect(preloadBodyStylesheets(linked)).toBe(linked);
		const plain = page('<style>p{}</style>', '<p>text</p>');
		expect(preloadBodyStylesheets(plain)).toBe(plain);
	});

	it('leaves alone what is not a whole page', () => {
		expect(preloadBodyStylesheets('<link rel="stylesheet" href="/a.css">')).toBe(
			'<link rel="stylesheet" href="/a.css">'
		);
	});
});
