import { siteOrigin } from '$lib/site';
import { robotsTxt } from '$lib/sitemap';

export const prerender = true;
export const trailingSlash = 'never';

export function GET(): Response {
	return new Response(robotsTxt(siteOrigin), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
