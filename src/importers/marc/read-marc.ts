/**
 * readMarc: one entry point for every MARC serialisation we import. Bytes in, ReadResults out, one
 * record at a time (files of hundreds of MB are streamed; memory stays flat).
 *
 *   for await (const r of readMarc({ path: 'export.mrc' }, { format: 'auto', encoding: 'auto' })) {
 *     if (r.record) … else console.warn(r.position, r.error);
 *   }
 *
 * Format `auto` looks at the first 64 KB (detectFormat): ISO 2709, MARCXML (any namespace, SRU and
 * OAI-PMH envelopes) or MARC-in-JSON; anything else throws UnsupportedFormatError before the first
 * record. Encoding `auto` decides per record (encoding-detect.ts); any other value forces the
 * decoder: utf8, marc8, iso5426, gb18030 or any iconv-lite name (cp1251, cp866, gbk, koi8-r …).
 * A `{ text }` source is taken as Unicode text (encoded to UTF-8 bytes before framing).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { detectFormat, UnsupportedFormatError, type MarcFormat } from './detect-format.js';
import { normalizeEncodingName } from './decode-bytes.js';
import { readIso2709 } from './iso2709-reader.js';
import { readMarcJson } from './marc-json-reader.js';
import type { ReadResult } from './marc-record.js';
import { readMarcXml } from './marcxml-reader.js';

export { detectDialect } from './detect-dialect.js';
export { detectFormat, UnsupportedFormatError, type FormatDetection, type MarcFormat } from './detect-format.js';

export type MarcSource = { path: string } | { bytes: Buffer | Uint8Array } | { text: string };

export interface ReadMarcOptions {
  format: 'auto' | MarcFormat;
  /** 'auto', 'utf8', 'marc8', 'iso5426', 'gb18030' or any iconv-lite encoding name */
  encoding: 'auto' | 'utf8' | 'marc8' | 'gb18030' | string;
  /** size of the chunks read from a file or cut from bytes (default 256 KB); small values are for tests */
  chunkSize?: number;
  /** name used in messages (default: the file's base name, `<bytes>` or `<text>`) */
  fileName?: string;
}

/** How many bytes format detection looks at. */
export const DETECT_HEAD_BYTES = 64 * 1024;
const DEFAULT_CHUNK = 256 * 1024;

async function* sourceChunks(source: MarcSource, chunkSize: number): AsyncGenerator<Buffer> {
  if ('path' in source) {
    const stream = createReadStream(source.path, { highWaterMark: chunkSize });
    for await (const chunk of stream) yield chunk as Buffer;
    return;
  }
  const bytes =
    'bytes' in source
      ? Buffer.isBuffer(source.bytes)
        ? source.bytes
        : Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength)
      : Buffer.from(source.text, 'utf8');
  for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, Math.min(bytes.length, i + chunkSize));
}

/** Reads up to `limit` bytes ahead, then replays them before the rest of the stream. */
async function peek(chunks: AsyncGenerator<Buffer>, limit: number): Promise<{ head: Buffer; all: AsyncGenerator<Buffer> }> {
  const held: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < limit) {
    const n = await chunks.next();
    if (n.done) {
      done = true;
      break;
    }
    held.push(n.value);
    size += n.value.length;
  }
  const head = held.length === 1 ? held[0] : Buffer.concat(held);
  async function* all(): AsyncGenerator<Buffer> {
    for (const c of held) yield c;
    held.length = 0;
    if (!done) yield* chunks;
  }
  return { head: head.subarray(0, Math.max(limit, 0)), all: all() };
}

/**
 * Reads MARC records from a file, a buffer or a string. Throws UnsupportedFormatError (before
 * yielding anything) when the input is not ISO 2709, MARCXML or MARC-in-JSON, and TypeError for an
 * unknown encoding name.
 */
export async function* readMarc(
  source: MarcSource,
  options: ReadMarcOptions = { format: 'auto', encoding: 'auto' },
): AsyncGenerator<ReadResult> {
  const encoding = normalizeEncodingName(options.encoding ?? 'auto');
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  const fileName = options.fileName ?? ('path' in source ? basename(source.path) : 'bytes' in source ? '<bytes>' : '<text>');
  const { head, all } = await peek(sourceChunks(source, chunkSize), DETECT_HEAD_BYTES);

  let format: MarcFormat;
  if (options.format === undefined || options.format === 'auto') {
    const d = detectFormat(head);
    if ('unsupported' in d) {
      await all.return(undefined);
      throw new UnsupportedFormatError(fileName, d.unsupported);
    }
    format = d.format;
  } else format = options.format;

  switch (format) {
    case 'iso2709':
      yield* readIso2709(all, { encoding });
      return;
    case 'marcxml':
      yield* readMarcXml(all, { encoding, textSource: 'text' in source, fileName });
      return;
    case 'json':
      yield* readMarcJson(all, { fileName });
      return;
  }
}
