/**
 * Annotating a text for storage off the event loop. Annotating and encoding a 100 000-character
 * text takes 2–3 s of CPU; done on the server's main thread, nothing else would be answered
 * meanwhile. In production (`npm start`) it runs in one worker thread (dist/annotation-worker.mjs,
 * built by `npm run build` from lib/texts/annotation-worker-main.ts), which loads the lexicon once
 * and annotates one text after another; the main thread only receives the stored form (a string).
 * The worker runs the very same code (annotateText, encodeAnnotation) as the main thread would,
 * so its result is the same (tests/unit/texts-annotation-worker.test.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { config } from '../config';
import { annotateText } from './annotation';
import { encodeAnnotation } from './annotation-codec';
import type { ReadingOverrides } from './types';

export interface AnnotationJob {
  title: string;
  body: string;
  overrides: ReadingOverrides;
}

/** A job as posted to the worker, and its answer. */
export type WorkerRequest = AnnotationJob & { id: number };
export type WorkerReply = { id: number; stored: string } | { id: number; error: string };

/** The stored form (lib/texts/annotation-codec) of a text's annotation, computed on this thread. */
export async function annotateForStore({ title, body, overrides }: AnnotationJob): Promise<string> {
  return encodeAnnotation(await annotateText(title, body, overrides));
}

interface Pending {
  worker: Worker;
  resolve: (stored: string) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread running `file` (a build of annotation-worker-main.ts), started at the first
 * job and restarted after a crash (the jobs it held fail). It keeps the process alive only while
 * it has jobs.
 */
export class AnnotationWorker {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly file: string) {}

  annotate(job: AnnotationJob): Promise<string> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      this.pending.set(id, { worker, resolve, reject });
      worker.ref();
      const request: WorkerRequest = { id, ...job };
      worker.postMessage(request);
    });
  }

  /** Stops the thread; jobs it still held fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.file);
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const job = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (![...this.pending.values()].some((job) => job.worker === worker)) worker.unref();
      if (!job) return;
      if ('stored' in reply) job.resolve(reply.stored);
      else job.reject(new Error(`Annotation failed in the worker: ${reply.error}`));
    });
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`The annotation worker stopped (exit code ${code}).`)));
    return worker;
  }

  /** Fails the jobs `worker` held (not those of a worker started since). */
  private fail(worker: Worker, error: Error) {
    if (this.worker === worker) this.worker = null;
    for (const [id, job] of this.pending) {
      if (job.worker !== worker) continue;
      this.pending.delete(id);
      job.reject(error);
    }
  }
}

/** Where `npm run build` puts the worker: dist/annotation-worker.mjs under the working directory. */
export function annotationWorkerFile(): string {
  // turbopackIgnore: a run-time location, nothing to trace into the build.
  return path.resolve(/*turbopackIgnore: true*/ 'dist', 'annotation-worker.mjs');
}

// One worker per process, shared through globalThis (as the text store, lib/texts/store.ts).
const WORKER_KEY = Symbol.for('hanzi-reader.annotation-worker');
type WithWorker = typeof globalThis & { [WORKER_KEY]?: AnnotationWorker | null };

/**
 * The process's annotation worker in production; null elsewhere (`next dev`, tests, scripts),
 * where texts are annotated on the calling thread (a dist/ left from an earlier build could be
 * stale there). A production server without the worker file fails loudly at start
 * (instrumentation.ts) rather than annotate on its main thread.
 */
export function annotationWorker(production: boolean = config().production): AnnotationWorker | null {
  const scope = globalThis as WithWorker;
  if (scope[WORKER_KEY] === undefined)
    scope[WORKER_KEY] = production ? new AnnotationWorker(annotationWorkerFile()) : null;
  return scope[WORKER_KEY];
}

export function hasAnnotationWorkerFile(): boolean {
  return existsSync(annotationWorkerFile());
}

/** A text's annotation in its stored form: in the worker if there is one, else on this thread. */
export function annotateForStoreOffThread(job: AnnotationJob): Promise<string> {
  const worker = annotationWorker();
  return worker ? worker.annotate(job) : annotateForStore(job);
}
