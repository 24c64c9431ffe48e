/**
 * Web Worker for the "predict from your transactions" page: reads, summarises and fits off the
 * main thread (see ./protocol.ts for the job and result). It speaks the site's simulation protocol
 * (`serveSimulations`): the latest request wins, a newer id stops the job in flight at its next
 * pause, and a request without a job only stops it.
 */
import { serveSimulations } from '$lib/state/mc-protocol';
import { createAnalyser } from './analyse';
import type { BtydJob, BtydResult } from './protocol';

serveSimulations<BtydJob, BtydResult>(createAnalyser());
