import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { loadConfig } from '../../config.js';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  replayWebhookDelivery,
  setWebhookSubscriptionPaused,
  webhookSubscriptionById,
} from './webhooks.service.js';
import {
  CreateWebhookSubscriptionInput,
  CreateWebhookSubscriptionPayload,
  DeleteWebhookSubscriptionPayload,
  ReplayWebhookDeliveryInput,
  ReplayWebhookDeliveryPayload,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookDeliveryStatus,
  WebhookSubscription,
  WebhookSubscriptionConnection,
  WebhookSubscriptionIdInput,
  WebhookSubscriptionPayload,
} from './webhooks.types.js';

const STAFF = ['member', 'analyst', 'admin'];

@Resolver(() => WebhookSubscription)
export class WebhooksResolver {
  @Authorized(...STAFF)
  @Query(() => WebhookSubscriptionConnection, { description: "The webhook subscriptions you may manage: your member's (staff), those you created (analysts), all (admins)." })
  async webhookSubscriptions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('memberCode', () => String, { nullable: true, description: 'Only the subscriptions to this member’s events.' }) memberCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<WebhookSubscription>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    const { rows, total } = await listWebhookSubscriptions(ctx.db, ctx.viewer, { memberCode }, first + 1, after ? Number(after[0]) : null);
    return toConnection(rows, first, !!after, (r) => [r.id], WebhookSubscription.fromRow, total);
  }

  @Authorized(...STAFF)
  @Query(() => WebhookSubscription, { nullable: true, description: 'A webhook subscription you may manage, by ID; null otherwise.' })
  async webhookSubscription(@Arg('id', () => ID, { description: "The subscription's global ID." }) id: string, @Ctx() ctx: Context): Promise<WebhookSubscription | null> {
    const dbId = idOf(id, 'WebhookSubscription');
    const row = dbId === null ? null : await webhookSubscriptionById(ctx.db, ctx.viewer, dbId);
    return row && WebhookSubscription.fromRow(row);
  }

  @Authorized(...STAFF)
  @Query(() => WebhookDeliveryConnection, { nullable: true, description: "A subscription's delivery log, newest first; null when there is no such subscription you may manage." })
  async webhookDeliveries(
    @Arg('subscriptionId', () => ID, { description: "The subscription's global ID." }) subscriptionId: string,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' }) status: WebhookDeliveryStatus | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<WebhookDelivery> | null> {
    const first = pageSize(page.first);
    const before = decodeCursor(page.after, 'i');
    const dbId = idOf(subscriptionId, 'WebhookSubscription');
    const log = dbId === null ? null : await listWebhookDeliveries(ctx.db, ctx.viewer, dbId, status, first + 1, before ? Number(before[0]) : null);
    return log && toConnection(log.rows, first, !!before, (r) => [r.id], WebhookDelivery.fromRow, log.total);
  }

  @Authorized(...STAFF)
  @Mutation(() => CreateWebhookSubscriptionPayload, { description: "Sends the events of these types about a member (yours, for member staff) to a URL, signed (Standard Webhooks). The secret is returned this once." })
  async createWebhookSubscription(@Arg('input', () => CreateWebhookSubscriptionInput) input: CreateWebhookSubscriptionInput, @Ctx() ctx: Context): Promise<CreateWebhookSubscriptionPayload> {
    const r = await createWebhookSubscription(ctx.db, ctx.viewer, input, { allowedHosts: loadConfig().outbound.allowedHosts });
    return { subscription: r.subscription && WebhookSubscription.fromRow(r.subscription), secret: r.secret, userErrors: r.userErrors };
  }

  @Authorized(...STAFF)
  @Mutation(() => WebhookSubscriptionPayload, { description: 'Stops sending; events still queue, and go out in order on resume.' })
  async pauseWebhookSubscription(@Arg('input', () => WebhookSubscriptionIdInput) input: WebhookSubscriptionIdInput, @Ctx() ctx: Context): Promise<WebhookSubscriptionPayload> {
    const r = await setWebhookSubscriptionPaused(ctx.db, ctx.viewer, idOf(input.id, 'WebhookSubscription'), input.id, true);
    return { subscription: r.subscription && WebhookSubscription.fromRow(r.subscription), userErrors: r.userErrors };
  }

  @Authorized(...STAFF)
  @Mutation(() => WebhookSubscriptionPayload, { description: 'Sends again, from the oldest queued event (FAILED deliveries stay failed: replay them).' })
  async resumeWebhookSubscription(@Arg('input', () => WebhookSubscriptionIdInput) input: WebhookSubscriptionIdInput, @Ctx() ctx: Context): Promise<WebhookSubscriptionPayload> {
    const r = await setWebhookSubscriptionPaused(ctx.db, ctx.viewer, idOf(input.id, 'WebhookSubscription'), input.id, false);
    return { subscription: r.subscription && WebhookSubscription.fromRow(r.subscription), userErrors: r.userErrors };
  }

  @Authorized(...STAFF)
  @Mutation(() => DeleteWebhookSubscriptionPayload, { description: 'Deletes a subscription with its queue and log.' })
  async deleteWebhookSubscription(@Arg('input', () => WebhookSubscriptionIdInput) input: WebhookSubscriptionIdInput, @Ctx() ctx: Context): Promise<DeleteWebhookSubscriptionPayload> {
    const r = await deleteWebhookSubscription(ctx.db, ctx.viewer, idOf(input.id, 'WebhookSubscription'), input.id);
    return { deletedId: r.deleted ? input.id : null, userErrors: r.userErrors };
  }

  @Authorized(...STAFF)
  @Mutation(() => ReplayWebhookDeliveryPayload, { description: 'Sends a delivery again (same webhook-id), in order with the subscription’s queue, with 24 hours of retries.' })
  async replayWebhookDelivery(@Arg('input', () => ReplayWebhookDeliveryInput) input: ReplayWebhookDeliveryInput, @Ctx() ctx: Context): Promise<ReplayWebhookDeliveryPayload> {
    const r = await replayWebhookDelivery(ctx.db, ctx.viewer, idOf(input.id, 'WebhookDelivery'), input.id);
    return { delivery: r.delivery && WebhookDelivery.fromRow(r.delivery), userErrors: r.userErrors };
  }
}
