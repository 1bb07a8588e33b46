import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import type { Member } from '../members/index.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { UserError } from '../../graphql/user-error.js';
import type { HoldingRow } from './holdings.tables.js';

@ObjectType({ implements: Node, description: "A member's copy (or copies) of a record: the answer to \"who holds this?\".", simpleResolvers: true })
export class Holding {
  dbId!: number;
  memberId!: number;
  recordId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('Holding', this.dbId);
  }

  @Field(() => String, { description: "The member's own id for this holding (the upsert key)." })
  localId!: string;
  @Field(() => String, { description: 'Where in the library, e.g. "主馆 三层 中文图书借阅区".' })
  location!: string;
  @Field(() => String, { nullable: true, description: 'Call number (shelf mark).' })
  callNumber!: string | null;
  @Field(() => Int, { description: 'Number of copies held.' })
  copies!: number;
  @Field(() => Int, { description: 'Copies on the shelf now.' })
  available!: number;
  @Field(() => Boolean, { description: 'Whether this holding may be lent through interlibrary loan.' })
  lendable!: boolean;
  @Field(() => GraphQLDateTime, { description: 'When the member last updated this holding.' })
  updatedAt!: Date;
  @Field(() => Float, { nullable: true, description: 'Distance in km from the `near` point of the query; null without `near`.' })
  distanceKm!: number | null;

  /** The member the "who holds" look-ahead read along with this holding (`member` then loads nothing); null otherwise. */
  aheadMember: Member | null = null;

  /** A row of a look-ahead may carry only the columns its selection reads (holdingFieldColumns): see BibRecord.fromRow. */
  static fromRow(row: HoldingRow, distanceKm: number | null = null): Holding {
    const h = new Holding();
    h.dbId = row.id;
    h.memberId = row.memberId;
    h.recordId = row.recordId;
    h.localId = row.localId;
    h.location = row.location;
    h.callNumber = row.callNumber;
    h.copies = row.copies;
    h.available = row.available;
    h.lendable = row.lendable;
    h.updatedAt = row.updatedAt;
    h.distanceKm = distanceKm === null ? null : Math.round(distanceKm * 1000) / 1000;
    return h;
  }
}

/**
 * The columns each field of the GraphQL `Holding` reads, besides `id`, `memberId` and `recordId`,
 * which a look-ahead always has: Holding.fromRow's properties; `member` and `record` read the ids
 * only; `distanceKm` is null outside the `near` search. A look-ahead that knows the selected fields
 * reads only these (see fieldColumns); a field not listed (one another module adds) reads them all.
 */
export const holdingFieldColumns: Readonly<Record<string, readonly (keyof HoldingRow)[]>> = {
  __typename: [],
  id: [],
  localId: ['localId'],
  location: ['location'],
  callNumber: ['callNumber'],
  copies: ['copies'],
  available: ['available'],
  lendable: ['lendable'],
  updatedAt: ['updatedAt'],
  distanceKm: [],
  member: [],
  record: [],
};

export const HoldingConnection = ConnectionType('Holding', Holding, 'holding');

@InputType({ description: 'A point to sort holdings by distance from.' })
export class NearInput {
  @Field(() => Float, { description: 'Latitude, -90 to 90.' })
  lat!: number;
  @Field(() => Float, { description: 'Longitude, -180 to 180.' })
  lon!: number;
}

@InputType({ description: 'Which holdings to list. Every field is optional; given fields combine with AND.' })
export class HoldingFilter {
  @Field(() => String, { nullable: true, description: 'Holdings of the record with this ISBN (ISBN-10 or -13, hyphens optional).' })
  isbn?: string | null;
  @Field(() => String, { nullable: true, description: 'Holdings of the record with this ISSN (hyphen optional).' })
  issn?: string | null;
  @Field(() => ID, { nullable: true, description: 'Holdings of this record (global ID).' })
  recordId?: string | null;
  @Field(() => String, { nullable: true, description: 'Holdings of the member with this ISIL.' })
  memberCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only lendable (true) or only non-lendable (false) holdings.' })
  lendable?: boolean | null;
  @Field(() => NearInput, { nullable: true, description: 'Order by distance of the holding member from this point, nearest first, and fill `distanceKm`.' })
  near?: NearInput | null;
}

@InputType({ description: "One holding of the member's, identified by its own localId." })
export class HoldingInput {
  @Field(() => String, { description: "The member's own id for this holding: sending it again updates the holding." })
  localId!: string;
  @Field(() => ID, { nullable: true, description: 'The record held (global ID). Give one of recordId, isbn, issn.' })
  recordId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISBN of the record held.' })
  isbn?: string | null;
  @Field(() => String, { nullable: true, description: 'ISSN of the record held.' })
  issn?: string | null;
  @Field(() => String, { nullable: true, description: 'Where in the library.' })
  location?: string | null;
  @Field(() => String, { nullable: true, description: 'Call number.' })
  callNumber?: string | null;
  @Field(() => Int, { nullable: true, description: 'Copies held (default 1).' })
  copies?: number | null;
  @Field(() => Int, { nullable: true, description: 'Copies on the shelf now (default: all copies).' })
  available?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Lendable through ILL (default true).' })
  lendable?: boolean | null;
}

@InputType({ description: "A batch of a member's holdings to create or update (at most 1,000)." })
export class UpsertHoldingsInput {
  @Field(() => String, { description: 'ISIL of the holding member.' })
  memberCode!: string;
  @Field(() => [HoldingInput], { description: 'The holdings; one bad row rejects the whole batch, with every bad row reported.' })
  holdings!: HoldingInput[];
}

@ObjectType({ description: 'Result of upsertHoldings.' })
export class UpsertHoldingsPayload {
  @Field(() => [Holding], { description: 'The holdings as saved, in input order; empty when userErrors is not empty.' })
  holdings!: Holding[];
  @Field(() => [UserError], { description: 'Every bad row; nothing was written when not empty.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Holdings a member has withdrawn.' })
export class DeleteHoldingsInput {
  @Field(() => String, { description: 'ISIL of the holding member.' })
  memberCode!: string;
  @Field(() => [String], { description: "The member's localIds of the holdings to remove (at most 1,000)." })
  localIds!: string[];
}

@ObjectType({ description: 'Result of deleteHoldings.' })
export class DeleteHoldingsPayload {
  @Field(() => [String], { description: 'The localIds removed.' })
  deletedLocalIds!: string[];
  @Field(() => [String], { description: 'The localIds that matched no holding of the member (nothing to remove).' })
  notFoundLocalIds!: string[];
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was removed when not empty.' })
  userErrors!: UserError[];
}
