import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WordJobs, WordRequest } from './wordJobs';
import type { WorkerAnswer, WorkerRequest } from './wordWorker';

/** A Word document refused or failed while it was read; the message names the file and the problem. Nothing was written. */
export class WordReadError extends Error {
  constructor(
    message: string,
    /** True when the document is what is wrong (damaged, hostile, not a file); false when the reader itself failed. */
    readonly refused: boolean,
  ) {
    super(message);
    this.name = 'WordReadError';
  }
}

/** What one document may cost the reader's thread before it is stopped. */
export interface WordReadBudget {
  /** Wall-clock time for one document. */
  timeMs: number;
  /** The thread's JavaScript heap (V8's old generation), in MB. */
  heapMb: number;
}

/** How long the reader's thread may take to load its code (from source, tsx compiles it first). */
const STARTUP_MS = 30_000;

/** The budget every host uses: far above any real document (a 300-page edition reads in about a second). */
export const WORD_READ_BUDGET: WordReadBudget = { timeMs: 20_000, heapMb: 192 };

/**
 * The reader thread's script: the bundled one beside the bundle, or the source (run through tsx's
 * loader), with Node options of its own (never the process's: `--input-type`, `--eval` and the
 * like would stop a thread from starting).
 */
function workerScript(): { url: URL; execArgv: string[] } {
  const bundled = new URL('./wordWorker.mjs', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return { url: bundled, execArgv: [] };
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
  return { url: new URL('./wordWorker.ts', import.meta.url), execArgv: ['--import', loader] };
}

/** `20 s`, `0.5 s`. */
function seconds(ms: number): string {
  return `${ms >= 10_000 ? Math.round(ms / 1000) : Math.round(ms / 100) / 10} s`;
}

interface Pending {
  id: number;
  request: WordRequest;
  resolve(value: unknown): void;
  reject(e: Error): void;
}

/**
 * Reads Word documents in a worker thread (`node:worker_threads`), one at a time, each within a
 * time and memory budget: the host's own thread stays free to answer other calls while a document
 * is read, and a document that exceeds its budget stops the thread (a new one serves the next
 * request), never the host. The thread is kept between documents and does not keep the process
 * alive when idle.
 */
export class WordReader {
  private worker: Worker | undefined;
  /** Whether the thread has loaded its code (a document's time budget starts then, not while the thread starts). */
  private ready = false;
  private queue: Pending[] = [];
  private current: Pending | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;

  constructor(private readonly budget: WordReadBudget = WORD_READ_BUDGET) {}

  /** Read one document. Rejects with {@link WordReadError} naming the file and the problem. */
  read<K extends keyof WordJobs>(request: WordRequest<K>): Promise<WordJobs[K]> {
    return new Promise<WordJobs[K]>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, request, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  /** Stop the thread (a later read starts a new one). */
  close(): void {
    this.stop();
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const worker = this.thread();
    worker.ref();
    if (!this.ready) return; // the thread's `ready` pumps again
    const job = this.queue.shift()!;
    this.current = job;
    this.timer = setTimeout(() => {
      this.fail(new WordReadError(`${job.request.name}: reading it took longer than ${seconds(this.budget.timeMs)}, far longer than any Word contribution takes, so it was stopped`, true));
    }, this.budget.timeMs);
    const message: WorkerRequest = { id: job.id, request: job.request };
    worker.postMessage(message);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const script = workerScript();
    const worker = new Worker(script.url, {
      execArgv: script.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.budget.heapMb, maxYoungGenerationSizeMb: 16 },
      stdout: false,
      stderr: false,
    });
    // a thread that cannot start tells every waiting request (its start is not a document's time)
    const starting = setTimeout(() => this.failAll(new WordReadError('the Word reader did not start', false)), STARTUP_MS);
    worker.on('message', (answer: WorkerAnswer) => {
      if ('ready' in answer) {
        clearTimeout(starting);
        this.ready = true;
        this.pump();
      } else this.answered(answer);
    });
    worker.on('error', (e: Error & { code?: string }) => {
      clearTimeout(starting);
      if (!this.current) return this.failAll(new WordReadError(`the Word reader failed to start (${e.message})`, false));
      const name = this.current.request.name;
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.fail(new WordReadError(`${name}: reading it needs more than the ${this.budget.heapMb} MB a Word document may take, far more than any contribution needs, so it was stopped`, true));
      } else this.fail(new WordReadError(`${name}: the Word reader failed (${e.message})`, false));
    });
    worker.on('exit', () => {
      clearTimeout(starting);
      if (this.worker === worker) {
        this.worker = undefined;
        this.ready = false;
        if (this.current) this.fail(new WordReadError(`${this.current.request.name}: the Word reader stopped while reading it`, false));
      }
    });
    this.worker = worker;
    return worker;
  }

  private answered(answer: Exclude<WorkerAnswer, { ready: true }>): void {
    const job = this.current;
    if (!job || answer.id !== job.id) return;
    this.settle();
    if (answer.ok) job.resolve(answer.value);
    else job.reject(new WordReadError(answer.message, answer.refused));
  }

  /** The current job failed in a way that leaves the thread unusable: stop it, reject the job, go on. */
  private fail(e: WordReadError): void {
    const job = this.current;
    this.stop();
    if (job) job.reject(e);
    this.pump();
  }

  /** The thread could not start: stop it and reject every waiting request. */
  private failAll(e: WordReadError): void {
    const waiting = [...(this.current ? [this.current] : []), ...this.queue];
    this.queue = [];
    this.stop();
    for (const job of waiting) job.reject(new WordReadError(`${job.request.name}: ${e.message}`, false));
  }

  private settle(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.current = undefined;
    this.worker?.unref();
    this.pump();
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.current = undefined;
    const w = this.worker;
    this.worker = undefined;
    this.ready = false;
    if (w) void w.terminate();
  }
}

let shared: WordReader | undefined;

/** The process's Word reader (one thread, shared by every caller). */
export function wordReader(): WordReader {
  shared ??= new WordReader();
  return shared;
}
