import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { ConnectionType, PageArgs } from '../../graphql/pagination.js';
import { UserError } from '../../graphql/user-error.js';
import { LocalDate } from './local-date.js';
import type { ResourceRow, ResourceTitleRow } from './resources.tables.js';

export enum ResourceContentType {
  JOURNALS = 'JOURNALS',
  EBOOKS = 'EBOOKS',
  DATABASE = 'DATABASE',
  MIXED = 'MIXED',
  OTHER = 'OTHER',
}
registerEnumType(ResourceContentType, {
  name: 'ResourceContentType',
  description: 'What a licensed resource mainly carries.',
  valuesConfig: {
    JOURNALS: { description: 'Full-text journals (e-journal package, journal database).' },
    EBOOKS: { description: 'E-books.' },
    DATABASE: { description: 'An abstracting, indexing or factual database.' },
    MIXED: { description: 'Journals, books and more on one platform.' },
    OTHER: { description: 'Anything else (streaming media, datasets …).' },
  },
});

@ObjectType({ implements: Node, description: 'A platform, database or package the consortium licenses for its members, with its KBART title list.' })
export class Resource {
  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('Resource', this.dbId);
  }
  @Field(() => String, { description: 'Name, e.g. "中国学术期刊全文数据库 (CNKI)".' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Vendor or publisher.' })
  vendor!: string | null;
  @Field(() => String, { nullable: true, description: 'Platform it is read on.' })
  platform!: string | null;
  @Field(() => ResourceContentType, { description: 'What it mainly carries.' })
  contentType!: ResourceContentType;
  @Field(() => String, { nullable: true, description: 'Where users start.' })
  url!: string | null;

  static fromRow(row: ResourceRow): Resource {
    return Object.assign(new Resource(), { dbId: row.id, name: row.name, vendor: row.vendor, platform: row.platform, contentType: row.contentType as ResourceContentType, url: row.url });
  }
}

export const ResourceConnection = ConnectionType('Resource', Resource, 'resource');

@InputType({ description: 'Which resources to list; given fields combine with AND.' })
export class ResourceFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the name or vendor (case-insensitive).' })
  search?: string | null;
  @Field(() => ResourceContentType, { nullable: true, description: 'Only this content type.' })
  contentType?: ResourceContentType | null;
}

@InputType({ description: 'A new resource.' })
export class CreateResourceInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Vendor or publisher.' })
  vendor?: string | null;
  @Field(() => String, { nullable: true, description: 'Platform.' })
  platform?: string | null;
  @Field(() => ResourceContentType, { description: 'What it mainly carries.' })
  contentType!: ResourceContentType;
  @Field(() => String, { nullable: true, description: 'Start URL (http or https).' })
  url?: string | null;
  @Field(() => String, { description: 'Why: kept in the audit log.' })
  reason!: string;
}

@ObjectType({ description: 'Result of createResource.' })
export class ResourcePayload {
  @Field(() => Resource, { nullable: true, description: 'The resource as saved; null when userErrors is not empty.' })
  resource!: Resource | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when not empty.' })
  userErrors!: UserError[];
}

@InputType({ description: "Load or re-load a resource's title list from a KBART file (phase I or II, tab-separated)." })
export class ImportKbartInput {
  @Field(() => ID, { description: 'The resource (its global ID).' })
  resourceId!: string;
  @Field(() => String, { description: 'The whole KBART file as text.' })
  kbart!: string;
  @Field(() => String, { description: 'Why: kept in the audit log.' })
  reason!: string;
}

@ObjectType({ description: 'A KBART row that was not loaded.' })
export class KbartRejectedRow {
  @Field(() => Int, { description: 'Physical line number (the header is line 1).' })
  row!: number;
  @Field(() => String, { description: 'Why it was rejected.' })
  reason!: string;
}

@ObjectType({ description: 'Something in a KBART row that was dropped or repaired; the row still loaded.' })
export class KbartWarningRow {
  @Field(() => Int, { description: 'Physical line number (the header is line 1; 0 for the whole file).' })
  row!: number;
  @Field(() => String, { description: 'What happened.' })
  message!: string;
}

@ObjectType({ description: 'What a KBART load did, counted per row: read = added + changed + unchanged + rejected.' })
export class KbartImportSummary {
  @Field(() => Int, { description: 'Data rows read (blank lines not counted).' })
  read!: number;
  @Field(() => Int, { description: 'Rows new to the list.' })
  added!: number;
  @Field(() => Int, { description: 'Rows whose values changed (updated in place).' })
  changed!: number;
  @Field(() => Int, { description: 'Rows as they were.' })
  unchanged!: number;
  @Field(() => Int, { description: 'Rows of the previous list absent from this one (removed).' })
  dropped!: number;
  @Field(() => [KbartRejectedRow], { description: 'Rows not loaded, with the reason.' })
  rejected!: KbartRejectedRow[];
  @Field(() => [KbartWarningRow], { description: 'Values dropped or repaired in rows that loaded.' })
  warnings!: KbartWarningRow[];
}

@ObjectType({ description: 'Result of importKbart.' })
export class ImportKbartPayload {
  @Field(() => Resource, { nullable: true, description: 'The resource; null when userErrors is not empty.' })
  resource!: Resource | null;
  @Field(() => KbartImportSummary, { nullable: true, description: 'What the load did; null when userErrors is not empty.' })
  summary!: KbartImportSummary | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when not empty.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'A coverage range of a title on a resource.' })
export class Coverage {
  @Field(() => LocalDate, { nullable: true, description: 'First issue online; null = from the start.' })
  startDate!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last issue online; null = ongoing.' })
  endDate!: string | null;
  @Field(() => String, { nullable: true, description: 'First volume online.' })
  startVolume!: string | null;
  @Field(() => String, { nullable: true, description: 'Last volume online.' })
  endVolume!: string | null;
  @Field(() => String, { nullable: true, description: 'Embargo as written in KBART, e.g. "P1Y" (the latest year is not online).' })
  embargo!: string | null;
}

@ObjectType({ description: 'One resource and coverage range that carries a title.' })
export class WhereToRead {
  @Field(() => Resource, { description: 'The resource that carries the title.' })
  resource!: Resource;
  @Field(() => String, { description: 'The title as the resource lists it.' })
  title!: string;
  @Field(() => String, { nullable: true, description: "The title's URL on the resource." })
  url!: string | null;
  @Field(() => Coverage, { description: 'What of the title is online.' })
  coverage!: Coverage;
  @Field(() => Boolean, { nullable: true, description: 'Whether the member (given by memberCode or ip) is entitled to the resource today; null when neither was given.' })
  entitled!: boolean | null;
}

const EMBARGO_LETTER = { moving_wall: 'P', rolling: 'R' } as const;
const UNIT_LETTER = { day: 'D', month: 'M', year: 'Y' } as const;

/** A title row's coverage as the API shows it (embargo written back as in KBART, e.g. "P1Y"). */
export function coverageOf(t: ResourceTitleRow): Coverage {
  return {
    startDate: t.coverageStart,
    endDate: t.coverageEnd,
    startVolume: t.data.firstVolume ?? null,
    endVolume: t.data.lastVolume ?? null,
    embargo: (t.data.embargo ?? []).map((e) => `${EMBARGO_LETTER[e.type]}${e.amount}${UNIT_LETTER[e.unit]}`).join(';') || null,
  };
}

@ObjectType({ description: "One row of a resource's KBART title list: a title and one coverage range (a title with two ranges is two rows)." })
export class ResourceTitle {
  @Field(() => String, { description: 'The title as the resource lists it (KBART publication_title).' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Print ISSN or ISBN, normalised (ISSN NNNN-NNNC, ISBN 13 digits).' })
  printIdentifier!: string | null;
  @Field(() => String, { nullable: true, description: 'Online ISSN or ISBN, normalised.' })
  onlineIdentifier!: string | null;
  @Field(() => String, { nullable: true, description: 'Publisher (KBART publisher_name).' })
  publisher!: string | null;
  @Field(() => String, { nullable: true, description: 'KBART publication_type: "serial" or "monograph".' })
  publicationType!: string | null;
  @Field(() => String, { nullable: true, description: "The title's URL on the resource." })
  url!: string | null;
  @Field(() => String, { nullable: true, description: "The resource's own ID for the title (KBART title_id)." })
  titleId!: string | null;
  @Field(() => Coverage, { description: 'What of the title is online.' })
  coverage!: Coverage;

  static fromRow(t: ResourceTitleRow): ResourceTitle {
    return Object.assign(new ResourceTitle(), {
      title: t.title, printIdentifier: t.printId, onlineIdentifier: t.onlineId, publisher: t.data.publisherName ?? null,
      publicationType: t.data.publicationType ?? null, url: t.data.titleUrl ?? null, titleId: t.data.titleId ?? null, coverage: coverageOf(t),
    });
  }
}

export const ResourceTitleConnection = ConnectionType('ResourceTitle', ResourceTitle, 'title');

@InputType({ description: "Which titles of a resource's list to show; given fields combine with AND." })
export class ResourceTitleFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the title (case-, accent-, width- and spacing-insensitive; traditional and simplified Chinese alike).' })
  search?: string | null;
  @Field(() => String, { nullable: true, description: 'ISSN (print or online), with or without the hyphen.' })
  issn?: string | null;
  @Field(() => String, { nullable: true, description: 'ISBN-10 or ISBN-13 (print or online), with or without hyphens.' })
  isbn?: string | null;
}

@ArgsType()
export class ResourceTitlesArgs extends PageArgs {
  @Field(() => ResourceTitleFilter, { nullable: true, description: 'What to match; omit for the whole list.' })
  filter!: ResourceTitleFilter | null;
}
