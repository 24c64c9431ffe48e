/**
 * Which language runs a check of what the code does, as opposed to what it says.
 *
 * Both languages are first-class, so every page's words, number formats, layout (narrow and
 * wide), accessibility (axe) and messages are checked in both. A check of a mechanism — a worker
 * that runs, a link that reopens a scenario, a saved scenario that survives a reload, a chunk that
 * loads late — exercises the same code in either language; running it twice doubled CI's time
 * (issue 20: CI must stay well under 30 minutes on a 2-core machine). Such a check runs in one
 * language, and the files alternate so that the Chinese pages run about half of them.
 */
import { test } from './fixtures';

export type Locale = 'en' | 'zh';

/** Registers nothing: the check runs in the other language. */
const elsewhere = (() => {}) as unknown as typeof test;

/** `test` when `locale` is the one that runs this mechanism's check, else a no-op. */
export function testIn(locale: string, runs: Locale): typeof test {
	return locale === runs ? test : elsewhere;
}
