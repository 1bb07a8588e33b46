import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { idOf } from '../../graphql/global-id.js';
import { LocalDate } from '../resources/index.js';
import { requestStatsOf } from './clients.meter.js';
import * as service from './clients.service.js';
import {
  ApiClient, ApiClientKey, ApiClientRequestStats, CreateApiClientInput, CreateApiClientPayload, RevokeApiClientInput, RevokeApiClientPayload, RotateApiClientKeyInput, RotateApiClientKeyPayload,
} from './clients.types.js';

/** the longest requestStats range, in days */
const MAX_STATS_DAYS = 366;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

@Resolver(() => ApiClient)
export class ApiClientResolver {
  @Query(() => [ApiClient], { description: "API clients, oldest first: every one for admins; a member's own for its staff (memberCode defaults to theirs)." })
  async apiClients(@Arg('memberCode', () => String, { nullable: true, description: 'Only the clients of this member.' }) memberCode: string | null, @Ctx() ctx: Context): Promise<ApiClient[]> {
    return (await service.listApiClients(ctx.db, ctx.viewer, memberCode?.trim() || null)).map(ApiClient.fromRow);
  }

  @Query(() => ApiClient, { nullable: true, description: "One API client, for admins and its member's staff; null when unknown." })
  async apiClient(@Arg('id', () => ID, { description: 'Global ID of the client.' }) id: string, @Ctx() ctx: Context): Promise<ApiClient | null> {
    const dbId = idOf(id, 'ApiClient');
    const row = dbId === null ? null : await service.apiClientById(ctx.db, ctx.viewer, dbId);
    return row && ApiClient.fromRow(row);
  }

  @FieldResolver(() => [ApiClientKey], { description: 'Its keys, oldest first (never their secrets).' })
  async keys(@Root() client: ApiClient, @Ctx() ctx: Context): Promise<ApiClientKey[]> {
    const rows = await service.keysOfClients(ctx.db, [client.dbId]);
    return rows.map((r) => ApiClientKey.fromRow(r.key, r.active && client.revokedAt === null));
  }

  @FieldResolver(() => [ApiClientRequestStats], { description: 'What it asked, per UTC day and operation, from `from` to `to` (both included, at most 366 days). Written every few seconds by each server process.' })
  async requestStats(
    @Root() client: ApiClient,
    @Arg('from', () => LocalDate, { description: 'First UTC day.' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last UTC day.' }) to: string,
  @Ctx() ctx: Context,
  ): Promise<ApiClientRequestStats[]> {
    const days = dayNumber(to) - dayNumber(from) + 1;
    if (days < 1) throw badInput(`requestStats: from (${from}) must not be after to (${to})`);
    if (days > MAX_STATS_DAYS) throw badInput(`requestStats: at most ${MAX_STATS_DAYS} days at a time (asked for ${days})`);
    return requestStatsOf(ctx.db, client.dbId, from, to);
  }

  @Authorized('admin')
  @Mutation(() => CreateApiClientPayload, { description: 'Admin: register an API client; its key is in this answer only. Audited.' })
  async createApiClient(@Arg('input', () => CreateApiClientInput, { description: 'What to do.' }) input: CreateApiClientInput, @Ctx() ctx: Context): Promise<CreateApiClientPayload> {
    const r = await service.createApiClient(ctx.db, ctx.viewer, input);
    return { client: r.client && ApiClient.fromRow(r.client), key: r.key, userErrors: r.userErrors };
  }

  @Authorized('admin')
  @Mutation(() => RevokeApiClientPayload, { description: 'Admin: revoke an API client; its keys stop working at once on every server. Audited.' })
  async revokeApiClient(@Arg('input', () => RevokeApiClientInput, { description: 'What to do.' }) input: RevokeApiClientInput, @Ctx() ctx: Context): Promise<RevokeApiClientPayload> {
    const r = await service.revokeApiClient(ctx.db, ctx.viewer, idOf(input.id, 'ApiClient'), input.reason);
    return { client: r.client && ApiClient.fromRow(r.client), userErrors: r.userErrors };
  }

  @Authorized('admin')
  @Mutation(() => RotateApiClientKeyPayload, { description: 'Admin: a new key for an API client; its current keys keep working for graceSeconds. Audited.' })
  async rotateApiClientKey(@Arg('input', () => RotateApiClientKeyInput, { description: 'What to do.' }) input: RotateApiClientKeyInput, @Ctx() ctx: Context): Promise<RotateApiClientKeyPayload> {
    const r = await service.rotateApiClientKey(ctx.db, ctx.viewer, idOf(input.id, 'ApiClient'), input.graceSeconds, input.reason);
    return { client: r.client && ApiClient.fromRow(r.client), key: r.key, userErrors: r.userErrors };
  }
}
