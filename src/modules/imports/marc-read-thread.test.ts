/**
 * The reader thread (marc-read-thread.ts, marc-read.worker.ts) against reading in-thread
 * (marc-read.ts): the same batches from the same inputs, files and bytes; errors rebuilt as what
 * they were; a reader that does not run ahead of the load; a thread that fails or exits ending the
 * load's wait with a clear error. Under vitest the worker runs from the .ts sources (tsx inside the
 * thread), as from dist/ in production.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marcFile } from '../../../test/support/marc-books.js';
import { UnsupportedFormatError, type MarcSource } from '../../importers/marc/read-marc.js';
import { readBatches, type ReadBatch, type ReadSettings } from './marc-read.js';
import { READ_AHEAD, ReaderThread } from './marc-read-thread.js';

const FIXTURES = new URL('../../../../shared/fixtures/marc/', import.meta.url).pathname;
const settings = (fileName: string, extra: Partial<ReadSettings> = {}): ReadSettings => ({ format: 'auto', dialect: 'auto', encoding: 'auto', idField: null, fileName, ...extra });

async function all(batches: AsyncIterable<ReadBatch>): Promise<ReadBatch[]> {
  const out: ReadBatch[] = [];
  for await (const b of batches) out.push(b);
  return out;
}

/** Reads the inputs in a thread, one after the other, stopping at the first failure as a load does. */
async function inThread(inputs: { source: MarcSource; settings: ReadSettings }[], batchSize: number, thread = new ReaderThread(inputs, batchSize)): Promise<ReadBatch[][]> {
  try {
    const out: ReadBatch[][] = [];
    for (let i = 0; i < inputs.length; i++) {
      out.push(await all(thread.batches(i)));
      if (out[i].at(-1)?.failure) break;
    }
    return out;
  } finally {
    await thread.close();
  }
}

/** Reading in this thread, with the row texts the reader thread adds (the load compares rows: marc-import-thread.test.ts). */
async function here(inputs: { source: MarcSource; settings: ReadSettings }[], batchSize: number): Promise<ReadBatch[][]> {
  const out: ReadBatch[][] = [];
  for (const { source, settings: s } of inputs) {
    out.push(await all(readBatches(source, s, batchSize, true)));
    if (out.at(-1)!.at(-1)?.failure) break;
  }
  return out;
}

const books = (n: number, prefix = 'b') => marcFile(Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, title: `Book number ${i + 1}`, year: 2000 + (i % 20) })));

describe('the reader thread', () => {
  it('yields the batches reading in-thread yields: files of every format, holdings, unreadable records, warnings, bytes', async () => {
    const files = [
      'marc21/marc4j-brkrtest.mrc', 'marc21/pymarc-marc8.dat', 'marc21-holdings/xbib-zdblokutf8.mrc', 'marcxml/pymarc-batch.xml', 'marc-json/pymarc-batch.json',
      'edge-cases/pymarc-utf8_errors.dat', 'edge-cases/marc4j-bad_leaders_10_11.mrc', 'edge-cases/rubymarc-cp866_unimarc.marc',
    ];
    const bytes = books(7);
    const inputs = [...files.map((f) => ({ source: { path: FIXTURES + f }, settings: settings(f) })), { source: { bytes }, settings: settings('books.mrc') }];
    const threaded = await inThread(inputs, 2);
    expect(threaded).toEqual(await here(inputs, 2));
    expect(threaded).toHaveLength(inputs.length); // none failed
    const flat = threaded.flat();
    expect(flat.filter((b) => b.full).length).toBeGreaterThan(8); // several batches per file
    expect(flat.some((b) => b.warnings.length > 0)).toBe(true);
    expect(flat.some((b) => b.rejects.length > 0)).toBe(true);
    expect(flat.some((b) => b.mfhds.length > 0)).toBe(true);
    expect(threaded.at(-1)!.flatMap((b) => b.sources.map((s) => s.localId))).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7']);
    expect(bytes.equals(books(7))).toBe(true); // the caller's bytes were copied into the thread, not taken from it
  });

  it('ends an input with its reading error, rebuilt as the error reading in-thread throws', async () => {
    const missing = { source: { path: `${FIXTURES}no-such-file.mrc` }, settings: settings('no-such-file.mrc', { format: 'iso2709' }) };
    const notMarc = { source: { bytes: Buffer.from('[{"title": "not MARC-in-JSON"}]') }, settings: settings('x.json', { format: 'json' }) };
    const first = { source: { bytes: books(4) }, settings: settings('first.mrc') };
    for (const failing of [missing, notMarc]) {
      const threaded = await inThread([first, failing, first], 2);
      const direct = await here([first, failing, first], 2);
      expect(threaded).toHaveLength(2); // the load stops at the failing input
      const [a, b] = [threaded[1].at(-1)!.failure as Error, direct[1].at(-1)!.failure as Error];
      expect([a.constructor, a.name, a.message, (a as { code?: string }).code]).toEqual([b.constructor, b.name, b.message, (b as { code?: string }).code]);
      expect(threaded.map((bs) => bs.map(({ failure: _, ...rest }) => rest))).toEqual(direct.map((bs) => bs.map(({ failure: _, ...rest }) => rest)));
    }
    const notMarcError = (await inThread([notMarc], 2))[0][0].failure;
    expect(notMarcError).toBeInstanceOf(UnsupportedFormatError); // the CLI and the API answer it as "not MARC"
  });

  it('reads at most READ_AHEAD batches beyond what the load took', async () => {
    const thread = new ReaderThread([{ source: { bytes: books(60) }, settings: settings('many.mrc') }], 2);
    try {
      const batches = thread.batches(0);
      let n = 0;
      for (;;) {
        const next = await batches.next();
        if (next.done) break;
        n += next.value.sources.length;
        if (n === 10) {
          // a load whose database is slow: the reader has all the time it wants, and must wait anyway
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(thread.stats.received - thread.stats.taken).toBeLessThanOrEqual(READ_AHEAD);
        }
      }
      expect(n).toBe(60);
      expect(thread.stats).toEqual({ received: 31, taken: 31 });
    } finally {
      await thread.close();
    }
  });

  it('turns a thread that fails or exits into the load’s error, never a wait without end', async () => {
    const input = [{ source: { bytes: books(1) }, settings: settings('x.mrc') }];
    const failing = new ReaderThread(input, 2, { entry: new URL('data:text/javascript,throw new Error("boom")') });
    await expect(inThread(input, 2, failing)).rejects.toThrow('the MARC reader thread failed: boom');
    const exiting = new ReaderThread(input, 2, { entry: new URL('data:text/javascript,process.exit(3)') });
    await expect(inThread(input, 2, exiting)).rejects.toThrow('the MARC reader thread stopped (exit code 3) before the end of the load');
  });

  it('reads a file and its bytes alike', async () => {
    const file = FIXTURES + 'marc21/xbib-zdbtitutf8.mrc';
    const inputs = [{ source: { path: file }, settings: settings('zdb') }, { source: { bytes: readFileSync(file) }, settings: settings('zdb') }];
    const [fromPath, fromBytes] = await inThread(inputs, 4);
    expect(fromPath).toEqual(fromBytes);
    expect(fromPath.length).toBeGreaterThan(1);
  });
});
