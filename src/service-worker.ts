/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support. At install, every built asset, static file and prerendered page (the site is
 * small) goes into a cache named after this build's version; on activate, older caches are
 * deleted and open pages are taken over, so a new build is picked up on the next visit.
 * Requests for known files and pages (query strings ignored: a calculator's scenario lives there)
 * are answered from the cache, under any address a page is known by (see offline/addresses.ts);
 * a page that does not exist gets the site's 404 page, from the network or, offline, the cache.
 * Anything else goes to the network.
 *
 * Data sets and SQL (`static/data/`, `static/sql/`) are fetched only when a reader asks for them
 * (the CDNOW example, the warehouse query), so they are not precached: the first request goes to
 * the network and its answer is kept in the cache for offline use.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { cachedAddress, notFoundPage } from '$lib/offline/addresses';

const sw = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `clv-lab-${version}`;
const onDemand = (path: string) =>
	path.startsWith(`${base}/data/`) || path.startsWith(`${base}/sql/`);
const precached = [...build, ...files.filter((file) => !onDemand(file)), ...prerendered];
const known = new Set([...precached, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(cacheName);
			await cache.addAll(precached);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== cacheName) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** The cached 404 page with a 404 status, for an address with no page while offline. */
async function notFound(cache: Cache): Promise<Response> {
	const page = await cache.match(notFoundPage);
	if (!page) return Response.error();
	return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const address = cachedAddress(url.pathname, known);
	if (address.kind === 'redirect') {
		if (request.mode === 'navigate')
			event.respondWith(Response.redirect(address.path + url.search + url.hash, 301));
		return;
	}
	if (address.kind === 'unknown' && request.mode !== 'navigate') return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(cacheName);
			if (address.kind === 'cached') {
				const hit = await cache.match(address.path);
				if (hit) return hit;
				const response = await fetch(request);
				if (response.ok && onDemand(address.path)) await cache.put(address.path, response.clone());
				return response;
			}
			// A page the site does not have: the host's answer when online, our 404 page offline.
			try {
				return await fetch(request);
			} catch {
				return notFound(cache);
			}
		})()
	);
});
