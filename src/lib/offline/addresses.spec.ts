import { describe, expect, it } from 'vitest';
import { cachedAddress, notFoundPage } from './addresses';

const known = new Set(['/', '/en/', '/en/learn/', '/_app/x.js', '/favicon.svg', notFoundPage]);

describe('cachedAddress', () => {
	it.each([
		['/en/learn/', { kind: 'cached', path: '/en/learn/' }],
		['/en/learn/index.html', { kind: 'redirect', path: '/en/learn/' }],
		['/index.html', { kind: 'redirect', path: '/' }],
		['/en/learn', { kind: 'redirect', path: '/en/learn/' }],
		['/en', { kind: 'redirect', path: '/en/' }],
		['/_app/x.js', { kind: 'cached', path: '/_app/x.js' }],
		['/404.html', { kind: 'cached', path: '/404.html' }],
		['/en/nowhere/', { kind: 'unknown' }],
		['/en/nowhere/index.html', { kind: 'unknown' }],
		['/favicon.svg/', { kind: 'unknown' }]
	])('%s → %j', (path, expected) => {
		expect(cachedAddress(path, known)).toEqual(expected);
	});
});
