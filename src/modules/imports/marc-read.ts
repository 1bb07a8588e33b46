/**
 * The read side of a MARC load, without the database: input bytes → records (readMarc) → what the
 * load writes, in batches of up to `batchSize` bibliographic records: their sources (mapped record,
 * match key, items, the record as stored), holdings records (MFHD), and what reading them said (warnings, rejects,
 * how many records were read). Pure, so it runs in the load's own thread or in a reader thread
 * (marc-read.worker.ts) alike; marc-import.service.ts applies each batch to the load's counts and
 * writes it.
 */
import { detectDialect } from '../../importers/marc/detect-dialect.js';
import { extractItems, holdingsFromMfhd } from '../../importers/marc/items-extract.js';
import { mapRecord } from '../../importers/marc/map-record.js';
import { matchKeys } from '../../importers/marc/match-key.js';
import type { MarcDialect, MarcRecord } from '../../importers/marc/marc-record.js';
import { readMarc, type MarcSource } from '../../importers/marc/read-marc.js';
import { recordId, type IdField } from '../../importers/marc/record-id.js';
import { toCompactMarc } from '../../importers/marc/marc-compact.js';
// types only: the reader thread must not load the records module (Drizzle, GraphQL classes); pure.ts is light
import type { MfhdInput, SourceInput } from '../records/index.js';
import { sourceJson } from '../records/pure.js';

/** What reading needs of the load's options (all structured-clonable, for the reader thread). */
export interface ReadSettings {
  format: 'auto' | 'iso2709' | 'marcxml' | 'json';
  dialect: 'auto' | MarcDialect;
  /** canonical (checkEncoding) */
  encoding: string;
  idField: IdField | null;
  /** the input's name, in the readers' messages */
  fileName: string;
}

/**
 * What was read since the previous batch of the same input, in file order. `full`: it holds
 * `batchSize` sources and more may follow; otherwise it is the input's last (possibly empty).
 * `failure`: reading stopped here with this error; the batch holds what was read before it (counted,
 * not written).
 */
export interface ReadBatch {
  sources: SourceInput[];
  mfhds: MfhdInput[];
  warnings: { position: number; message: string }[];
  rejects: { position: number; reason: string }[];
  /** bibliographic records read, rejected and unreadable ones included (the load's `read`) */
  read: number;
  /** records the readers could parse (bibliographic or holdings), rejected or not */
  parsed: number;
  /** the first unreadable entry's reason, if the batch had one */
  firstProblem: string | null;
  full: boolean;
  failure?: unknown;
}

const HOLDINGS_TYPES = new Set(['u', 'v', 'x', 'y']);

const emptyBatch = (): ReadBatch => ({ sources: [], mfhds: [], warnings: [], rejects: [], read: 0, parsed: 0, firstProblem: null, full: false });

/**
 * Reads one input to its end, a batch at a time; a reader's error ends it as the last batch's `failure`.
 * `rowTexts`: each source also carries the JSON texts of its rows (SourceInput.json), made here so that
 * the load's thread only joins them; worth it in a reader thread, which works while the load writes
 * (in the load's own thread the ingest makes them for the sources it inserts, no sooner).
 */
export async function* readBatches(source: MarcSource, settings: ReadSettings, batchSize: number, rowTexts = false): AsyncGenerator<ReadBatch> {
  let b = emptyBatch();
  const reject = (position: number, reason: string) => b.rejects.push({ position, reason });
  try {
    for await (const result of readMarc(source, { format: settings.format, encoding: settings.encoding, fileName: settings.fileName })) {
      const record = result.record;
      for (const w of result.warnings) b.warnings.push({ position: result.position, message: w });
      if (!record) {
        b.read++;
        b.firstProblem ??= `record ${result.position}: ${result.error ?? 'unreadable record'}`;
        reject(result.position, result.error ?? 'unreadable record');
        continue;
      }
      b.parsed++;
      if (HOLDINGS_TYPES.has(record.leader[6])) {
        const nul = nulAt(record);
        if (nul) {
          b.warnings.push({ position: result.position, message: `holdings record with a NUL character (U+0000) in ${nul}: skipped` });
          continue;
        }
        const h = holdingsFromMfhd(record);
        if (h.bibLocalId) b.mfhds.push({ bibLocalId: h.bibLocalId, holdingsLocalId: controlField(record, '001'), items: h.items });
        else b.warnings.push({ position: result.position, message: 'holdings record with no 004 (link to its bibliographic record): skipped' });
        continue;
      }
      b.read++;
      const id = recordId(record, settings.idField);
      if (id.id === null) {
        reject(result.position, id.reason);
        continue;
      }
      const source = toSource(record, id.id, settings.dialect, result.encoding, rowTexts);
      if (typeof source === 'string') {
        reject(result.position, source);
        continue;
      }
      if (id.warning) b.warnings.push({ position: result.position, message: id.warning });
      b.sources.push(source);
      if (b.sources.length >= batchSize) {
        b.full = true;
        yield b;
        b = emptyBatch();
      }
    }
  } catch (err) {
    yield { ...b, failure: err };
    return;
  }
  yield b;
}

export function controlField(record: MarcRecord, tag: string): string | null {
  const f = record.fields.find((x) => x.tag === tag);
  return f && 'value' in f ? f.value.trim() || null : null;
}

/** Where the record holds a NUL character (U+0000), which PostgreSQL text cannot store, e.g. "245$a"; null when nowhere. */
export function nulAt(record: MarcRecord): string | null {
  for (const f of record.fields) {
    if ('value' in f) {
      if (f.value.includes('\u0000')) return f.tag;
    } else for (const sf of f.subfields) if (sf.value.includes('\u0000') || sf.code === '\u0000') return `${f.tag}$${sf.code === '\u0000' ? '\\0' : sf.code}`;
  }
  return null;
}

/** The record (whose ID is `localId`) as a source to write, or the reason it is rejected. */
export function toSource(record: MarcRecord, localId: string, dialectOption: 'auto' | MarcDialect, encoding: string | null, rowTexts = false): SourceInput | string {
  const nul = nulAt(record);
  if (nul) return `a NUL character (U+0000) in ${nul}, which cannot be stored: remove it from the record`;
  const dialect = dialectOption === 'auto' ? detectDialect(record) : dialectOption;
  const mapped = mapRecord(record, dialect);
  if (!mapped.deleted && mapped.problems.length) return mapped.problems.join('; ');
  const keys = matchKeys(mapped);
  const source: SourceInput = {
    localId,
    deleted: mapped.deleted,
    dialect,
    encoding,
    raw: toCompactMarc(record),
    core: { ...mapped.core, altTitles: mapped.altTitles, invalid: mapped.invalidIdentifiers } as SourceInput['core'],
    // invalid numbers travel with the core, so a split can rebuild a cluster's identifiers from its sources
    invalid: mapped.invalidIdentifiers,
    workKey: keys.workKey,
    items: mapped.deleted ? [] : extractItems(record, dialect),
  };
  if (rowTexts && !mapped.deleted) source.json = sourceJson(source);
  return source;
}
