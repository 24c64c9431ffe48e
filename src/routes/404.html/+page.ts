// Written to build/404.html, the page static hosts (and the offline copy) serve for an address
// with no page. It must stay a file, not a folder.
export const prerender = true;
export const trailingSlash = 'never';
