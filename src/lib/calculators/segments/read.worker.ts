/**
 * Web Worker that reads the reader's own customer table off the main thread, so that a large paste
 * or file never freezes the page. It speaks the site's generic protocol (`$lib/state/mc-protocol`):
 * the page posts a `ReadJob`, the worker reports progress and answers with the `TableRead`.
 */
import { serveSimulations } from '$lib/state/mc-protocol';
import { readJob, type ReadJob, type TableRead } from './table';

serveSimulations<ReadJob, TableRead>(async (job, progress) => readJob(job, progress));
