/**
 * Minimal ISO 2709 writer: builds the leader (record length, base address), the directory and the
 * data with any byte encoder. Used by tests and benchmarks to produce records in UTF-8, GB18030 or
 * other code pages; the leader's other positions are written as given.
 */
import iconv from 'iconv-lite';
import { isControlField, type MarcRecord } from './marc-record.js';

export interface Iso2709WriteOptions {
  /** text → bytes (default UTF-8); e.g. `(s) => iconv.encode(s, 'gb18030')` */
  encode?: (text: string) => Buffer;
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** An iconv-lite encoder for `writeIso2709`'s `encode` option. */
export const iconvEncoder = (encoding: string) => (s: string): Buffer => iconv.encode(s, encoding);

/** Serialises one record. Throws when a field or the record is too long for ISO 2709. */
export function writeIso2709(record: MarcRecord, options: Iso2709WriteOptions = {}): Buffer {
  const encode = options.encode ?? utf8;
  const data: Buffer[] = [];
  const dir: string[] = [];
  let offset = 0;
  for (const f of record.fields) {
    const text = isControlField(f)
      ? f.value
      : (f.ind1 || ' ').charAt(0) + (f.ind2 || ' ').charAt(0) + f.subfields.map((s) => '\x1f' + s.code + s.value).join('');
    const bytes = Buffer.concat([encode(text), Buffer.from([0x1e])]);
    if (bytes.length > 9999) throw new RangeError(`field ${f.tag} is ${bytes.length} bytes (max 9999)`);
    dir.push(f.tag.padEnd(3, ' ').slice(0, 3) + String(bytes.length).padStart(4, '0') + String(offset).padStart(5, '0'));
    data.push(bytes);
    offset += bytes.length;
  }
  const directory = Buffer.from(dir.join('') + '\x1e', 'latin1');
  const base = 24 + directory.length;
  const length = base + offset + 1;
  if (length > 99999) throw new RangeError(`record is ${length} bytes (max 99999)`);
  const leader = String(length).padStart(5, '0') + record.leader.slice(5, 12) + String(base).padStart(5, '0') + record.leader.slice(17, 24);
  return Buffer.concat([Buffer.from(leader, 'latin1'), directory, ...data, Buffer.from([0x1d])]);
}
