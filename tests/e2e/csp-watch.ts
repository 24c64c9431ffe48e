/**
 * Content-Security-Policy violations, as a page reports them: `securitypolicyviolation` events
 * from the start of every document, and the console's CSP reports.
 */
import type { Page } from '@playwright/test';

/** Collects `securitypolicyviolation` events from the start of every document. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`
			)
		);
	});
	const reports: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
	});
	return async () => [
		...reports,
		...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))
	];
}
