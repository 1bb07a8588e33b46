/**
 * What the load's thread and its reader thread (marc-read.worker.ts) say to each other. Messages are
 * structured clones: plain data only, so an error crosses as its parts and is rebuilt on the other
 * side (an UnsupportedFormatError stays one: the CLI and the API answer it as "not MARC").
 */
import { UnsupportedFormatError, type MarcSource } from '../../importers/marc/read-marc.js';
import type { ReadBatch, ReadSettings } from './marc-read.js';

export interface ReaderData {
  inputs: { source: MarcSource; settings: ReadSettings }[];
  batchSize: number;
  /** batches the reader may have sent that the load has not taken yet, before it waits */
  readAhead: number;
}

export type SerializedError =
  | { kind: 'unsupported'; fileName: string; looksLike: string }
  | { kind: 'error'; name: string; message: string; stack: string | undefined; code: string | undefined };

/** Reader → load. `input` is the index in ReaderData.inputs; 'done' follows the last input's last batch. */
export type ReaderMessage =
  | { kind: 'batch'; input: number; batch: Omit<ReadBatch, 'failure'> & { failure?: SerializedError } }
  | { kind: 'done' }
  | { kind: 'crash'; error: SerializedError };

/** Load → reader: one batch was taken (the reader may read one more ahead). */
export type LoadMessage = { kind: 'taken' };

export function serializeError(err: unknown): SerializedError {
  if (err instanceof UnsupportedFormatError) return { kind: 'unsupported', fileName: err.fileName, looksLike: err.looksLike };
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { kind: 'error', name: err.name, message: err.message, stack: err.stack, code: typeof code === 'string' ? code : undefined };
  }
  return { kind: 'error', name: 'Error', message: String(err), stack: undefined, code: undefined };
}

/** The error as the load's thread would have seen it reading in-thread: same class (Error or UnsupportedFormatError), name, message and code. */
export function deserializeError(e: SerializedError): Error {
  if (e.kind === 'unsupported') return new UnsupportedFormatError(e.fileName, e.looksLike);
  const err = new Error(e.message) as Error & { code?: string };
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  if (e.code !== undefined) err.code = e.code;
  return err;
}
