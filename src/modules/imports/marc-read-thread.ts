/**
 * A load's reader thread, seen from the load: it starts marc-read.worker.ts on the load's inputs and
 * hands their batches over in order, one input at a time (`batches(i)`), each as marc-read.ts's
 * readBatches would have yielded it in this thread. The load then only writes: reading, decoding,
 * mapping and writing each record's stored form run on another core (on PGlite, the database itself
 * runs in the load's thread, so there the two halves of the load each get a core).
 *
 * A reader that fails (an error it did not expect, a crash, an exit) ends the load with a clear
 * "the MARC reader thread …" error, never a hang; `close()` terminates it, whatever state it is in.
 */
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MarcSource } from '../../importers/marc/read-marc.js';
import type { ReadBatch, ReadSettings } from './marc-read.js';
import { deserializeError, type LoadMessage, type ReaderData, type ReaderMessage } from './marc-read.protocol.js';

/**
 * Batches the reader may have posted that the load has not taken yet. With 1, while batch k is
 * written the load holds k+1 (waiting for k's commit) and the reader has read k+2: three batches in
 * memory at most, one more than reading in-thread (the bench's peak RSS at 100k vs 200k records checks
 * it stays flat).
 */
export const READ_AHEAD = 1;

/**
 * The worker file is this module's sibling, with its extension: `.js` when running from dist/, `.ts`
 * under tsx or vitest. A `.ts` worker needs tsx inside the thread, and on Node 20 `--import tsx`
 * registers it in the main thread only, so such a worker starts from a two-line bootstrap that
 * registers tsx's ESM hooks (its `tsx/esm/api`, found next to this file) before importing the worker.
 */
const EXT = extname(fileURLToPath(import.meta.url));
const WORKER_URL = new URL(`./marc-read.worker${EXT}`, import.meta.url);

function startWorker(entry: URL, data: ReaderData, transfer: ArrayBuffer[]): Worker {
  if (EXT !== '.ts') return new Worker(entry, { workerData: data, transferList: transfer });
  // tsx/esm/api's "require" entry is index.cjs; its "import" entry, the one that registers ESM hooks, is index.mjs beside it
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  // without the parent's `--import tsx`: it does nothing in a worker on Node 20 but load tsx a second time
  const execArgv = process.execArgv.filter((a, i, all) => !(a === 'tsx' && all[i - 1] === '--import') && !(a === '--import' && all[i + 1] === 'tsx'));
  return new Worker(bootstrap, { eval: true, execArgv, workerData: data, transferList: transfer });
}

export class ReaderThread {
  private readonly worker: Worker;
  private readonly queue: ReaderMessage[] = [];
  private wake: (() => void) | null = null;
  private failed: Error | null = null;
  private closed = false;
  /** batches received from the reader and taken by the load (tests check the reader does not run ahead) */
  readonly stats = { received: 0, taken: 0 };

  /** how many reader threads this process started (tests check which loads read in one) */
  static started = 0;

  /** `entry`: the worker's file, for tests of a thread that fails; marc-read.worker otherwise */
  constructor(inputs: { source: MarcSource; settings: ReadSettings }[], batchSize: number, options: { entry?: URL } = {}) {
    const transfer: ArrayBuffer[] = [];
    const sent = inputs.map(({ source, settings }) => {
      if (!('bytes' in source)) return { source, settings };
      // a copy of its own to move into the thread: the caller's bytes may share an ArrayBuffer (Buffer's pool)
      const bytes = new Uint8Array(source.bytes);
      transfer.push(bytes.buffer);
      return { source: { bytes }, settings };
    });
    this.worker = startWorker(options.entry ?? WORKER_URL, { inputs: sent, batchSize, readAhead: READ_AHEAD }, transfer);
    ReaderThread.started++;
    this.worker.on('message', (m: ReaderMessage) => {
      if (m.kind === 'batch') this.stats.received++;
      this.queue.push(m);
      this.notify();
    });
    this.worker.on('error', (err) => this.fail(`the MARC reader thread failed: ${err.message}`, err));
    this.worker.on('messageerror', (err) => this.fail(`the MARC reader thread sent a batch that could not be read: ${err.message}`, err));
    this.worker.on('exit', (code) => this.fail(`the MARC reader thread stopped (exit code ${code}) before the end of the load`));
  }

  /** Input `input`'s batches, its last one not full (or failed); the inputs are taken in order. */
  async *batches(input: number): AsyncGenerator<ReadBatch> {
    for (;;) {
      const m = await this.next();
      if (m.kind === 'crash') throw new Error(`the MARC reader thread failed: ${deserializeError(m.error).message}`, { cause: deserializeError(m.error) });
      if (m.kind === 'done' || m.input !== input) throw new Error(`the MARC reader thread sent ${m.kind === 'done' ? 'its end' : `input ${m.input + 1}`} when input ${input + 1} was expected`);
      this.stats.taken++;
      this.worker.postMessage({ kind: 'taken' } satisfies LoadMessage);
      const { failure, ...read } = m.batch;
      if (failure) {
        yield { ...read, failure: deserializeError(failure) };
        return;
      }
      yield read;
      if (!read.full) return;
    }
  }

  /** Ends the thread (idle, reading or stuck alike); the load calls it when it ends, however it ends. */
  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }

  private async next(): Promise<ReaderMessage> {
    while (this.queue.length === 0) {
      if (this.failed) throw this.failed;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    return this.queue.shift()!;
  }

  private fail(message: string, cause?: unknown): void {
    if (this.closed) return;
    this.failed ??= new Error(message, { cause });
    this.notify();
  }

  private notify(): void {
    this.wake?.();
    this.wake = null;
  }
}
