/**
 * The reader thread of a MARC load (started by marc-read-thread.ts): reads and maps the load's inputs
 * in order (marc-read.ts) and posts each batch to the load's thread, which only writes them. It stays
 * at most `readAhead` batches ahead of what the load has taken, so a slow database does not make it
 * hold the whole file in memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readBatches } from './marc-read.js';
import { serializeError, type LoadMessage, type ReaderData, type ReaderMessage } from './marc-read.protocol.js';

const port = parentPort;
if (!port) throw new Error('marc-read.worker.ts runs as a worker thread (marc-read-thread.ts starts it)');
const data = workerData as ReaderData;

let untaken = 0;
let wake: (() => void) | null = null;
port.on('message', (m: LoadMessage) => {
  if (m.kind !== 'taken') return;
  untaken--;
  wake?.();
  wake = null;
});

const post = (m: ReaderMessage) => port.postMessage(m);

async function run(): Promise<void> {
  for (let input = 0; input < data.inputs.length; input++) {
    const { source, settings } = data.inputs[input];
    for await (const batch of readBatches(source, settings, data.batchSize, true)) {
      const { failure, ...read } = batch;
      post({ kind: 'batch', input, batch: 'failure' in batch ? { ...read, failure: serializeError(failure) } : read });
      if ('failure' in batch) return; // the load ends with it
      untaken++;
      while (untaken >= data.readAhead) await new Promise<void>((resolve) => (wake = resolve));
    }
  }
  post({ kind: 'done' });
}

// Once done, the thread idles until the load terminates it (ending it here could lose what it posted last).
run().catch((err: unknown) => post({ kind: 'crash', error: serializeError(err) }));
