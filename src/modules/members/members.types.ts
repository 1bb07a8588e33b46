import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { UserError } from '../../graphql/user-error.js';
import type { MemberView } from './members.tables.js';

export enum MemberType {
  CONSORTIUM = 'CONSORTIUM',
  CENTRE = 'CENTRE',
  UNIVERSITY = 'UNIVERSITY',
  PUBLIC = 'PUBLIC',
  RESEARCH = 'RESEARCH',
  SPECIAL = 'SPECIAL',
  BRANCH = 'BRANCH',
}
registerEnumType(MemberType, {
  name: 'MemberType',
  description: 'What kind of node of the consortium tree a member is.',
  valuesConfig: {
    CONSORTIUM: { description: 'The consortium itself (the root).' },
    CENTRE: { description: 'A national or regional centre.' },
    UNIVERSITY: { description: 'A university or college library.' },
    PUBLIC: { description: 'A public library.' },
    RESEARCH: { description: 'A research institute library.' },
    SPECIAL: { description: 'Any other special library.' },
    BRANCH: { description: 'A branch or campus library of an institution.' },
  },
});

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
registerEnumType(MemberStatus, { name: 'MemberStatus', description: 'Whether a member currently takes part.' });

@ObjectType({ description: 'Another identifier of a member in some scheme (OCLC symbol, a national union catalogue code …).', simpleResolvers: true })
export class MemberSymbol {
  @Field(() => String, { description: 'The scheme, e.g. "OCLC" or "CALIS".' })
  scheme!: string;
  @Field(() => String, { description: 'The identifier in that scheme.' })
  value!: string;
}

@ObjectType({ description: 'A point on the earth (WGS 84).', simpleResolvers: true })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in degrees.' })
  lat!: number;
  @Field(() => Float, { description: 'Longitude in degrees.' })
  lon!: number;
}

@ObjectType({ implements: Node, description: 'A library or a node of the consortium tree (consortium → centre → institution → branch).', simpleResolvers: true })
export class Member {
  dbId!: number;
  parentId!: number | null;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('Member', this.dbId);
  }

  @Field(() => String, { description: 'ISIL (ISO 15511), e.g. "CN-110000-1". Natural key: `member(code:)`.' })
  code!: string;
  @Field(() => [MemberSymbol], { description: 'Other identifiers of this member.' })
  symbols!: MemberSymbol[];
  @Field(() => String, { description: "Name in the library's own language (Chinese for Chinese members)." })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn!: string | null;
  @Field(() => MemberType, { description: 'Kind of member.' })
  type!: MemberType;
  @Field(() => String, { nullable: true, description: 'Region (province, state …).' })
  region!: string | null;
  @Field(() => MemberStatus, { description: 'Whether it currently takes part.' })
  status!: MemberStatus;
  @Field(() => Int, { nullable: true, description: 'Full-time-equivalent users, the basis of FTE cost shares.' })
  fte!: number | null;
  @Field(() => GeoPoint, { nullable: true, description: 'Where the library is.' })
  location!: GeoPoint | null;
  @Field(() => Boolean, { description: 'Whether it lends to other members through interlibrary loan.' })
  lendsForIll!: boolean;

  /** A row of a look-ahead may carry only the columns its selection reads (memberFieldColumns): see BibRecord.fromRow. */
  static fromRow(row: MemberView): Member {
    const m = new Member();
    m.dbId = row.id;
    m.parentId = row.parentId;
    m.code = row.code;
    m.symbols = row.symbols;
    m.name = row.name;
    m.nameEn = row.nameEn;
    m.type = row.type as MemberType;
    m.region = row.region;
    m.status = row.status as MemberStatus;
    m.fte = row.fte;
    m.location = row.lat != null && row.lon != null ? { lat: row.lat, lon: row.lon } : null; // != : absent from a look-ahead's row that does not read them
    m.lendsForIll = row.lendsForIll;
    return m;
  }
}

/**
 * The columns (of memberViewColumns, besides `id`, which is always read) each field of the GraphQL
 * `Member` reads: Member.fromRow's properties, `parent` (parentId), and the field resolvers on
 * `Member` that read only its id (children, ancestors, holdings, holdingsCount). A look-ahead that
 * knows the selected fields reads only these (see fieldColumns); a field not listed (one another
 * module adds, e.g. the licensing fields, which read `code`) reads them all. A resolver listed here
 * that comes to read another property of the member must list it.
 */
export const memberFieldColumns: Readonly<Record<string, readonly (keyof MemberView)[]>> = {
  __typename: [],
  id: [],
  code: ['code'],
  symbols: ['symbols'],
  name: ['name'],
  nameEn: ['nameEn'],
  type: ['type'],
  region: ['region'],
  status: ['status'],
  fte: ['fte'],
  location: ['lat', 'lon'],
  lendsForIll: ['lendsForIll'],
  parent: ['parentId'],
  children: [],
  ancestors: [],
  holdings: [],
  holdingsCount: [],
};

export const MemberConnection = ConnectionType('Member', Member, 'member');

@InputType({ description: 'Which members to list. Every field is optional; given fields combine with AND.' })
export class MemberFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the Chinese or English name, or of the code.' })
  search?: string | null;
  @Field(() => MemberType, { nullable: true, description: 'Only this kind of member.' })
  type?: MemberType | null;
  @Field(() => String, { nullable: true, description: 'Only this region (exact, case-insensitive).' })
  region?: string | null;
  @Field(() => String, { nullable: true, description: 'Only the direct children of the member with this ISIL.' })
  parentCode?: string | null;
}

@InputType({ description: 'An identifier in another scheme.' })
export class MemberSymbolInput {
  @Field(() => String, { description: 'The scheme, e.g. "OCLC".' })
  scheme!: string;
  @Field(() => String, { description: 'The identifier.' })
  value!: string;
}

@InputType({ description: 'A point on the earth (WGS 84).' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude, -90 to 90.' })
  lat!: number;
  @Field(() => Float, { description: 'Longitude, -180 to 180.' })
  lon!: number;
}

@InputType({ description: 'A new member.' })
export class CreateMemberInput {
  @Field(() => String, { description: 'ISIL of the new member.' })
  code!: string;
  @Field(() => String, { description: "Name in the library's own language." })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;
  @Field(() => MemberType, { description: 'Kind of member.' })
  type!: MemberType;
  @Field(() => String, { nullable: true, description: 'Region.' })
  region?: string | null;
  @Field(() => MemberStatus, { nullable: true, description: 'Defaults to ACTIVE.' })
  status?: MemberStatus | null;
  @Field(() => Int, { nullable: true, description: 'Full-time-equivalent users.' })
  fte?: number | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'Where the library is.' })
  location?: GeoPointInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Lends through ILL; defaults to true.' })
  lendsForIll?: boolean | null;
  @Field(() => String, { nullable: true, description: 'ISIL of the parent member (null for the consortium root).' })
  parentCode?: string | null;
  @Field(() => [MemberSymbolInput], { nullable: true, description: 'Other identifiers.' })
  symbols?: MemberSymbolInput[] | null;
  @Field(() => String, { nullable: true, description: 'Why: kept in the audit log.' })
  reason?: string | null;
}

@InputType({ description: 'Changes to a member: only the fields given change.' })
export class UpdateMemberInput {
  @Field(() => String, { description: 'ISIL of the member to change.' })
  code!: string;
  @Field(() => String, { nullable: true, description: 'A new ISIL.' })
  newCode?: string | null;
  @Field(() => String, { nullable: true, description: "Name in the library's own language." })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;
  @Field(() => MemberType, { nullable: true, description: 'Kind of member.' })
  type?: MemberType | null;
  @Field(() => String, { nullable: true, description: 'Region.' })
  region?: string | null;
  @Field(() => MemberStatus, { nullable: true, description: 'Status.' })
  status?: MemberStatus | null;
  @Field(() => Int, { nullable: true, description: 'Full-time-equivalent users.' })
  fte?: number | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'Where the library is.' })
  location?: GeoPointInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Lends through ILL.' })
  lendsForIll?: boolean | null;
  @Field(() => String, { nullable: true, description: 'ISIL of the new parent.' })
  parentCode?: string | null;
  @Field(() => [MemberSymbolInput], { nullable: true, description: 'Replaces the other identifiers.' })
  symbols?: MemberSymbolInput[] | null;
  @Field(() => String, { nullable: true, description: 'Why: kept in the audit log.' })
  reason?: string | null;
}

@ObjectType({ description: 'Result of createMember / updateMember.' })
export class MemberPayload {
  @Field(() => Member, { nullable: true, description: 'The member as saved; null when userErrors is not empty.' })
  member!: Member | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when not empty.' })
  userErrors!: UserError[];
}
