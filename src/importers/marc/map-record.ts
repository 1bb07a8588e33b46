/**
 * MARC record → the union catalogue's record core. Pure: no I/O, no database; one call per imported
 * record, a few microseconds each (see map-record.test.ts for the measured rate).
 *
 * The dialect decides the tags (STANDARDS.md C5): MARC 21 (245/260/264/020/084 $2 clc …) or
 * UNIMARC/CNMARC (200/210/010/690 …). See map-marc21.ts and map-unimarc.ts for the field choices.
 */
import type { RecordInput } from '../../modules/records/index.js';
import type { FormatCode, InvalidIdentifier } from './map-common.js';
import { mapMarc21 } from './map-marc21.js';
import { mapUnimarc } from './map-unimarc.js';
import type { MarcDialect, MarcRecord } from './marc-record.js';

export { formatFromLeader, type FormatCode, type InvalidIdentifier } from './map-common.js';

/** Text forms taken from a second script: MARC 21 880 fields linked to 245/260/264/100. */
export interface ScriptForms {
  title?: string;
  responsibility?: string;
  edition?: string;
  publisher?: string;
  place?: string;
}

export interface MappedRecord {
  /** 001, trimmed; null when absent */
  localId: string | null;
  /** leader/05 = 'd' */
  deleted: boolean;
  /** what is stored; core.altTitles holds the other searchable titles (see altTitles) */
  core: RecordInput & { format: FormatCode; altTitles: string[] };
  /**
   * Other titles that must find the record, the same array as core.altTitles: the romanised 245 when
   * the 880 vernacular title became core.title, 246/880-246 variants, UNIMARC 200 $d parallel titles,
   * 510/517 and CNMARC pinyin (200 $9/$A).
   */
  altTitles: string[];
  /** main entry for match keys: 100/110/111 (880 vernacular first), else 700/710; UNIMARC 700/701/710/711 */
  mainAuthor: string | null;
  /** valid numbers are in core.isbns/issns; these failed their check digit or were marked invalid/cancelled */
  invalidIdentifiers: InvalidIdentifier[];
  /** 880 forms (MARC 21 only) */
  vernacular: ScriptForms;
  /** the original (romanised) 245/260/264 forms, set only where an 880 form replaced them in core */
  romanised: ScriptForms;
  /** why the record cannot be loaded; empty when fine */
  problems: string[];
}

export function mapRecord(record: MarcRecord, dialect: MarcDialect): MappedRecord {
  return dialect === 'unimarc' ? mapUnimarc(record) : mapMarc21(record);
}
