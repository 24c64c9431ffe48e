/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support. At install, every built asset, static file and prerendered page (the site is
 * small) goes into a cache named after this build's version; on activate, older caches are
 * deleted and open pages are taken over, so a new build is picked up on the next visit.
 * Requests for known files and pages (query strings ignored: a calculator's scenario lives there)
 * are answered from the cache; anything else goes to the network.
 *
 * Data sets and SQL (`static/data/`, `static/sql/`) are fetched only when a reader asks for them
 * (the CDNOW example, the warehouse query), so they are not precached: the first request goes to
 * the network and its answer is kept in the cache for offline use.
 */
import { base, build, files, prerendered, version } from '$service-worker';

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

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const path = url.pathname;
	if (!known.has(path)) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(cacheName);
			const hit = await cache.match(path);
			if (hit) return hit;
			const response = await fetch(request);
			if (response.ok && onDemand(path)) await cache.put(path, response.clone());
			return response;
		})()
	);
});
