import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ApiScope as ApiScopeName } from '../../auth/viewer.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { LocalDate } from '../resources/index.js';
import type { ApiClientKeyRow } from './clients.tables.js';
import type { ApiClientRecord } from './clients.service.js';

export enum ApiScope {
  READ = 'READ',
  MEMBER_WRITE = 'MEMBER_WRITE',
  ANALYST = 'ANALYST',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'What an API client may do.',
  valuesConfig: {
    READ: { description: "Read as its member's staff (a member's client), or what the public reads (a consortium-wide client)." },
    MEMBER_WRITE: { description: "Change its member's data as its staff do (holdings, MARC loads, ILL actions). Needs an owning member." },
    ANALYST: { description: 'Read what an analyst reads, across every member. Consortium-wide clients only.' },
  },
});
// the GraphQL enum names exactly the policy's scopes (a scope added to one and not the other fails to compile)
export const SCOPE_OF = { READ: ApiScope.READ, MEMBER_WRITE: ApiScope.MEMBER_WRITE, ANALYST: ApiScope.ANALYST } as const satisfies Record<ApiScopeName, ApiScope>;

@ObjectType({ description: "One of an API client's keys. The secret is never shown again after createApiClient or rotateApiClientKey." })
export class ApiClientKey {
  @Field(() => String, { description: 'The public part of the key: the key reads sgk_<keyId>_<secret>.' })
  keyId!: string;
  @Field(() => GraphQLDateTime, { description: 'When it was made.' })
  createdAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it stops working (set by a rotation); null: until the client is revoked or the key rotated.' })
  expiresAt!: Date | null;
  @Field(() => Boolean, { description: 'Whether the key works now (not expired; the client not revoked).' })
  active!: boolean;

  static fromRow(row: ApiClientKeyRow, active: boolean): ApiClientKey {
    return Object.assign(new ApiClientKey(), { keyId: row.keyId, createdAt: row.createdAt, expiresAt: row.expiresAt, active });
  }
}

@ObjectType({ description: 'What an API client asked on one UTC day under one operation name (its own metering; COUNTER usage is elsewhere).' })
export class ApiClientRequestStats {
  @Field(() => LocalDate, { description: 'The UTC day.' })
  day!: string;
  @Field(() => String, { description: 'The operation name the client gave ("anonymous" for none).' })
  operation!: string;
  @Field(() => Int, { description: 'Operations answered.' })
  requests!: number;
  @Field(() => Int, { description: 'Operations answered with at least one error.' })
  errors!: number;
  @Field(() => Int, { description: 'The 95th percentile of the time to answer, in ms: the upper edge of the duration bucket that holds it (1, 2, 3, 5, 8, 10, 15, 20, 30 … 60000 ms).' })
  p95Ms!: number;
  @Field(() => Int, { description: "The operations' estimated costs added up (the same estimate that the query cost limit uses)." })
  costPoints!: number;
}

@ObjectType({ implements: Node, description: 'An application that calls the API with a key of its own: a member system, or a consortium-wide app.' })
export class ApiClient {
  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('ApiClient', this.dbId);
  }
  @Field(() => String, { description: 'The application.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Whom to contact about it.' })
  contact!: string | null;
  @Field(() => String, { nullable: true, description: 'ISIL of the member whose staff it acts as; null for a consortium-wide client.' })
  memberCode!: string | null;
  @Field(() => [ApiScope], { description: 'What it may do.' })
  scopes!: ApiScope[];
  @Field(() => Int, { nullable: true, description: "Its requests a minute; null: the server's RATE_LIMIT_PER_MINUTE." })
  rateLimitPerMinute!: number | null;
  @Field(() => Int, { nullable: true, description: 'Its requests a UTC day; null: no daily quota.' })
  dailyQuota!: number | null;
  @Field(() => GraphQLDateTime, { description: 'When it was registered.' })
  createdAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was revoked (its keys stopped working then); null while active.' })
  revokedAt!: Date | null;

  static fromRow(row: ApiClientRecord): ApiClient {
    return Object.assign(new ApiClient(), {
      dbId: row.id, name: row.name, contact: row.contact, memberCode: row.memberCode, scopes: row.scopes as ApiScope[],
      rateLimitPerMinute: row.rateLimitPerMinute, dailyQuota: row.dailyQuota, createdAt: row.createdAt, revokedAt: row.revokedAt,
    });
  }
}

@InputType({ description: 'A new API client.' })
export class CreateApiClientInput {
  @Field(() => String, { description: 'The application, e.g. "PKU discovery layer".' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Whom to contact about it (a person, an address).' })
  contact?: string | null;
  @Field(() => String, { nullable: true, description: 'ISIL of the member whose staff it acts as; omit for a consortium-wide client.' })
  memberCode?: string | null;
  @Field(() => [ApiScope], { description: 'READ, MEMBER_WRITE (needs memberCode), ANALYST (only without memberCode).' })
  scopes!: ApiScope[];
  @Field(() => Int, { nullable: true, description: "Requests a minute; omit for the server's RATE_LIMIT_PER_MINUTE." })
  rateLimitPerMinute?: number | null;
  @Field(() => Int, { nullable: true, description: 'Requests a UTC day; omit for none.' })
  dailyQuota?: number | null;
  @Field(() => String, { nullable: true, description: 'Why, for the audit log.' })
  reason?: string | null;
}

@InputType({ description: 'Which API client to revoke.' })
export class RevokeApiClientInput {
  @Field(() => ID, { description: 'Global ID of the client.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'Why, for the audit log.' })
  reason?: string | null;
}

@InputType({ description: 'A new key for an API client.' })
export class RotateApiClientKeyInput {
  @Field(() => ID, { description: 'Global ID of the client.' })
  id!: string;
  @Field(() => Int, { description: 'How long its current keys keep working, in seconds (0: they stop at once; at most 30 days).' })
  graceSeconds!: number;
  @Field(() => String, { nullable: true, description: 'Why, for the audit log.' })
  reason?: string | null;
}

@ObjectType({ description: 'Result of createApiClient.' })
export class CreateApiClientPayload {
  @Field(() => ApiClient, { nullable: true, description: 'The new client; null when userErrors.' })
  client!: ApiClient | null;
  @Field(() => String, { nullable: true, description: 'Its key, sgk_…: shown this once; only a hash is kept.' })
  key!: string | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when any.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of revokeApiClient.' })
export class RevokeApiClientPayload {
  @Field(() => ApiClient, { nullable: true, description: 'The revoked client.' })
  client!: ApiClient | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when any.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of rotateApiClientKey.' })
export class RotateApiClientKeyPayload {
  @Field(() => ApiClient, { nullable: true, description: 'The client.' })
  client!: ApiClient | null;
  @Field(() => String, { nullable: true, description: 'The new key, sgk_…: shown this once.' })
  key!: string | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when any.' })
  userErrors!: UserError[];
}
