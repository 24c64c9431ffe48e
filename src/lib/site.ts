/**
 * Where the site is published: the one setting behind every absolute address the site writes
 * (canonical and language links, Open Graph and Twitter tags, sitemap.xml, robots.txt). Set
 * `VITE_SITE_ORIGIN` when building to publish elsewhere (see README), e.g.
 * `VITE_SITE_ORIGIN=https://clv.example.edu npm run build`.
 */
export const siteOrigin: string = String(
	import.meta.env.VITE_SITE_ORIGIN || 'https://clvlab.example'
).replace(/\/+$/, '');

/** The picture a shared link previews with (static/og-image.png, 1200 × 630). */
export const shareImage = { path: '/og-image.png', width: 1200, height: 630 } as const;
