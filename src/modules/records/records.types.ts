import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { ConnectionType } from '../../graphql/pagination.js';
import type { RecordView } from './records.tables.js';

export enum RecordFormat {
  BOOK = 'BOOK',
  SERIAL = 'SERIAL',
  MAP = 'MAP',
  SCORE = 'SCORE',
  AUDIO = 'AUDIO',
  VIDEO = 'VIDEO',
  ELECTRONIC = 'ELECTRONIC',
  MANUSCRIPT = 'MANUSCRIPT',
  OTHER = 'OTHER',
}
registerEnumType(RecordFormat, { name: 'RecordFormat', description: 'Broad material type of a record.' });

@ObjectType('Record', { implements: Node, description: 'A bibliographic record of the union catalogue.', simpleResolvers: true })
export class BibRecord {
  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('Record', this.dbId);
  }

  @Field(() => String, { description: 'Title proper (with subtitle).' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Statement of responsibility, e.g. "鲁迅著" or "Jane Austen".' })
  responsibility!: string | null;
  @Field(() => String, { nullable: true, description: 'Edition statement, e.g. "第2版".' })
  edition!: string | null;
  @Field(() => String, { nullable: true, description: 'Publisher name.' })
  publisher!: string | null;
  @Field(() => String, { nullable: true, description: 'Place of publication.' })
  place!: string | null;
  @Field(() => Int, { nullable: true, description: 'Year of publication.' })
  year!: number | null;
  @Field(() => String, { nullable: true, description: 'Language, MARC code (e.g. "chi", "eng").' })
  language!: string | null;
  @Field(() => [String], { description: 'ISBNs as ISBN-13: 13 digits, no hyphens.' })
  isbns!: string[];
  @Field(() => [String], { description: 'ISSNs as NNNN-NNNC.' })
  issns!: string[];
  @Field(() => String, { nullable: true, description: 'Chinese Library Classification number, e.g. "TP312".' })
  clc!: string | null;
  @Field(() => [String], { description: 'Subject headings.' })
  subjects!: string[];
  @Field(() => RecordFormat, { description: 'Broad material type.' })
  format!: RecordFormat;

  /**
   * What a look-ahead of another module read along with this record, for that module's field
   * resolvers (the "who holds" page of holdings: see RecordsAhead); the records module never reads it.
   */
  ahead: unknown;

  /**
   * A row of a look-ahead may carry only the columns its selection reads (recordFieldColumns); the
   * fields it leaves out are undefined here and are never read, as no field of the query needs them.
   */
  static fromRow(row: RecordView & { ahead?: unknown }): BibRecord {
    const r = new BibRecord();
    r.dbId = row.id;
    r.title = row.title;
    r.responsibility = row.responsibility;
    r.edition = row.edition;
    r.publisher = row.publisher;
    r.place = row.place;
    r.year = row.year;
    r.language = row.language;
    r.isbns = row.isbns;
    r.issns = row.issns;
    r.clc = row.clc;
    r.subjects = row.subjects;
    r.format = row.format as RecordFormat;
    r.ahead = row.ahead;
    return r;
  }
}

/**
 * The columns (of recordViewColumns, besides `id`, which is always read) each field of the GraphQL
 * `Record` reads: BibRecord.fromRow's properties, and the field resolvers on `Record` that read only
 * the record's id (holdings, holdingsCount, sources). A look-ahead that knows the selected fields
 * reads only these (see fieldColumns); a field not listed (one another module adds) reads them all.
 * A resolver listed here that comes to read another property of the record must list it.
 */
export const recordFieldColumns: Readonly<Record<string, readonly (keyof RecordView)[]>> = {
  __typename: [],
  id: [],
  title: ['title'],
  responsibility: ['responsibility'],
  edition: ['edition'],
  publisher: ['publisher'],
  place: ['place'],
  year: ['year'],
  language: ['language'],
  isbns: ['isbns'],
  issns: ['issns'],
  clc: ['clc'],
  subjects: ['subjects'],
  format: ['format'],
  holdings: [],
  holdingsCount: [],
  sources: [],
};

export const RecordConnection = ConnectionType('Record', BibRecord, 'record');

@InputType({ description: 'Which records to find. Every field is optional; given fields combine with AND. Text matches are substrings, case-, accent- and spacing-insensitive.' })
export class RecordFilter {
  @Field(() => String, { nullable: true, description: 'Matches any of title, author, publisher, subjects and identifiers.' })
  q?: string | null;
  @Field(() => String, { nullable: true, description: 'ISBN-10 or ISBN-13, with or without hyphens.' })
  isbn?: string | null;
  @Field(() => String, { nullable: true, description: 'ISSN, with or without the hyphen.' })
  issn?: string | null;
  @Field(() => String, { nullable: true, description: 'Substring of the title.' })
  title?: string | null;
  @Field(() => String, { nullable: true, description: 'Substring of the statement of responsibility.' })
  author?: string | null;
  @Field(() => String, { nullable: true, description: 'Substring of the publisher.' })
  publisher?: string | null;
  @Field(() => String, { nullable: true, description: 'CLC class: "TP3" matches TP3 and everything under it (TP31, TP312 …).' })
  clc?: string | null;
  @Field(() => String, { nullable: true, description: 'MARC language code, e.g. "chi".' })
  language?: string | null;
  @Field(() => Int, { nullable: true, description: 'Published in or after this year.' })
  yearFrom?: number | null;
  @Field(() => Int, { nullable: true, description: 'Published in or before this year.' })
  yearTo?: number | null;
  @Field(() => String, { nullable: true, description: 'Only records held by the member with this ISIL.' })
  heldBy?: string | null;
}
