/**
 * The Word reader's thread: reads one document per message (see `wordJobs.ts`) and answers with
 * its result or the error, by the request's id. Started by `wordReader.ts`; it holds nothing
 * between requests.
 */
import { parentPort } from 'node:worker_threads';
import { InputRefusedError } from '../inputFile';
import { DocxReadError } from '../../../shared/word/readLimits';
import { runWordJob, type WordRequest } from './wordJobs';

/** A message to the thread. */
export interface WorkerRequest {
  id: number;
  request: WordRequest;
}

/** The thread's answer (`ready` once, when its code is loaded). */
export type WorkerAnswer = { ready: true } | { id: number; ok: true; value: unknown } | { id: number; ok: false; refused: boolean; message: string };

parentPort?.on('message', (m: WorkerRequest) => {
  let answer: WorkerAnswer;
  try {
    answer = { id: m.id, ok: true, value: runWordJob(m.request) };
  } catch (e) {
    const refused = e instanceof DocxReadError || e instanceof InputRefusedError;
    answer = { id: m.id, ok: false, refused, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(answer);
});
parentPort?.postMessage({ ready: true } satisfies WorkerAnswer);
