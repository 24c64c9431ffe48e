/**
 * The Chromium both test runners launch (Playwright e2e, Vitest's browser project):
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium when present, else Playwright's own
 * (`npx playwright install chromium` on a laptop), with the same quiet, sandbox-free flags.
 */
import { existsSync } from 'node:fs';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
