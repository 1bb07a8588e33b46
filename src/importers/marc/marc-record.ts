/**
 * The neutral form every MARC reader produces and every mapper consumes: text already decoded to
 * Unicode (NFC), whatever the source format (ISO 2709, MARCXML, MARC-in-JSON) and character set.
 */
export interface MarcSubfield {
  code: string;
  value: string;
}

export interface MarcControlField {
  tag: string; // '001'–'009'
  value: string;
}

export interface MarcDataField {
  tag: string;
  ind1: string;
  ind2: string;
  subfields: MarcSubfield[];
}

export type MarcField = MarcControlField | MarcDataField;

export type MarcDialect = 'marc21' | 'unimarc';
export type MarcEncoding = 'utf8' | 'marc8' | 'iso5426' | 'gb18030' | string; // any other: an iconv-lite name

export interface MarcRecord {
  leader: string; // 24 characters
  fields: MarcField[];
}

/** One record as read from a file: the record, or why it could not be read, with its 1-based position. */
export interface ReadResult {
  position: number;
  record: MarcRecord | null;
  /** The character set the text was decoded from (after mislabel detection). */
  encoding: MarcEncoding | null;
  /** Problems that did not stop the record (e.g. a byte that did not decode, a mislabelled charset). */
  warnings: string[];
  /** Why the record was rejected; set exactly when record is null. */
  error: string | null;
}

export const isControlField = (f: MarcField): f is MarcControlField => !('subfields' in f);

export function controlValue(r: MarcRecord, tag: string): string | null {
  const f = r.fields.find((x) => x.tag === tag);
  return f && isControlField(f) ? f.value : null;
}

export function dataFields(r: MarcRecord, tag: string): MarcDataField[] {
  return r.fields.filter((f): f is MarcDataField => f.tag === tag && !isControlField(f));
}

export function subfieldValues(f: MarcDataField, code: string): string[] {
  return f.subfields.filter((s) => s.code === code).map((s) => s.value);
}
