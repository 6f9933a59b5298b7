/**
 * The annotation worker thread (lib/texts/annotation-worker.ts): annotates and encodes one text
 * per message, in the order they come; the lexicon is loaded at the first. Built by
 * `npm run build` into dist/annotation-worker.mjs.
 */
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { annotateForStore, type WorkerReply, type WorkerRequest } from './annotation-worker';

const port = parentPort;
if (!port) throw new Error('lib/texts/annotation-worker-main runs as a worker thread only.');

// On Linux a thread has a nice value of its own, and pid 0 is the calling thread: this thread
// yields the CPU to the main thread (which answers requests) when both want it. Elsewhere it may
// apply to the whole process or be refused; either way annotating still works.
if (process.platform === 'linux') {
  try {
    os.setPriority(0, 10);
  } catch {
    // Not allowed here: annotate at the same priority.
  }
}

port.on('message', ({ id, title, body, overrides }: WorkerRequest) => {
  annotateForStore({ title, body, overrides }).then(
    (stored) => port.postMessage({ id, stored } satisfies WorkerReply),
    (error: unknown) =>
      port.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies WorkerReply),
  );
});
