/**
 * Web Worker for the "predict from your transactions" page: reads, summarises and fits off the
 * main thread (see ./protocol.ts for the messages). The latest request wins: a newer id stops the
 * job in flight at its next pause, and a request without a job only stops it.
 */
import { createAnalyser } from './analyse';
import { serveAnalyses } from './serve';

serveAnalyses(createAnalyser());
