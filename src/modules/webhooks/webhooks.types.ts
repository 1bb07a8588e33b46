import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { UserError } from '../../graphql/user-error.js';
import { EventTypeEnum, payloadOf, type EventType } from '../events/index.js';
import { webhookIdOf } from './webhook-signing.js';
import type { DeliveryWithEvent } from './webhooks.service.js';
import type { WebhookSubscriptionRow } from './webhooks.tables.js';

export enum WebhookSubscriptionStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
}
registerEnumType(WebhookSubscriptionStatus, {
  name: 'WebhookSubscriptionStatus',
  description: 'Whether deliveries are sent.',
  valuesConfig: {
    ACTIVE: { description: 'Events are delivered as they happen.' },
    PAUSED: { description: 'Nothing is sent; events still queue and go out, in order, on resume. Paused by a user, after a delivery failed for 24 hours, or on a 410 Gone answer.' },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not yet sent, or sent and refused and to be tried again at `nextAttemptAt`.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Refused for 24 hours of retries (or answered 410 Gone); replay it to send it again.' },
  },
});

@ObjectType({ description: 'A URL that is sent, signed (Standard Webhooks), the events of some types about one member (or every member).' })
export class WebhookSubscription {
  dbId!: number;
  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('WebhookSubscription', this.dbId);
  }
  @Field(() => String, { description: 'Where deliveries are POSTed (https, or http to a host in OUTBOUND_ALLOWED_HOSTS). Redirects are not followed.' })
  url!: string;
  @Field(() => [EventTypeEnum], { description: 'The event types sent.' })
  eventTypes!: EventType[];
  @Field(() => String, { nullable: true, description: "ISIL of the member whose events are sent; null: every member's (analysts and admins)." })
  memberCode!: string | null;
  @Field(() => WebhookSubscriptionStatus, { description: 'Whether deliveries are sent.' })
  status!: WebhookSubscriptionStatus;
  @Field(() => String, { nullable: true, description: 'Why it is paused.' })
  pausedReason!: string | null;
  @Field(() => Int, { description: 'Failed attempts since the last delivered event.' })
  consecutiveFailures!: number;
  @Field(() => String, { nullable: true, description: 'Who created it: the token subject (`client:<id>` for an API client).' })
  createdBy!: string | null;
  @Field(() => GraphQLDateTime, { description: 'When it was created; it receives the events that happened after.' })
  createdAt!: Date;

  static fromRow(row: WebhookSubscriptionRow): WebhookSubscription {
    return Object.assign(new WebhookSubscription(), {
      dbId: row.id, url: row.url, eventTypes: row.eventTypes, memberCode: row.memberCode, status: row.status as WebhookSubscriptionStatus,
      pausedReason: row.pausedReason, consecutiveFailures: row.consecutiveFailures, createdBy: row.createdBy, createdAt: row.createdAt,
    });
  }
}

@ObjectType({ description: 'One event sent (or to be sent) to one subscription: the delivery log.' })
export class WebhookDelivery {
  dbId!: number;
  @Field(() => ID, { description: 'Opaque global ID (replayWebhookDelivery takes it).' })
  get id(): string {
    return toGlobalId('WebhookDelivery', this.dbId);
  }
  @Field(() => String, { description: 'The `webhook-id` header: the same on every attempt and replay, for the receiver to deduplicate on.' })
  webhookId!: string;
  @Field(() => EventTypeEnum, { description: "The event's type." })
  eventType!: EventType;
  @Field(() => GraphQLJSONObject, { description: 'The body sent: `{ type, timestamp, data }` (Standard Webhooks).' })
  payload!: Record<string, unknown>;
  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status!: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Attempts made (since the last replay).' })
  attempts!: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed: the HTTP status and the start of the answer, a timeout, a refused target, a redirect.' })
  lastError!: string | null;
  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status at the last attempt; null when it did not answer." })
  responseStatus!: number | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'PENDING: when it is sent (or tried again). Null otherwise.' })
  nextAttemptAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last tried.' })
  lastAttemptAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the receiver accepted it.' })
  deliveredAt!: Date | null;
  @Field(() => GraphQLDateTime, { description: 'When the event was fanned out to this subscription.' })
  createdAt!: Date;

  static fromRow(row: DeliveryWithEvent): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), {
      dbId: row.id, webhookId: webhookIdOf(row.eventId, row.subscriptionId), eventType: row.eventType,
      payload: payloadOf({ type: row.eventType, occurredAt: row.eventOccurredAt, data: row.eventData, memberCodes: row.eventMemberCodes }),
      status: row.status as WebhookDeliveryStatus, attempts: row.attempts, lastError: row.lastError, responseStatus: row.responseStatus,
      nextAttemptAt: row.status === 'PENDING' ? row.nextAttemptAt : null, lastAttemptAt: row.lastAttemptAt, deliveredAt: row.deliveredAt, createdAt: row.createdAt,
    });
  }
}

export const WebhookSubscriptionConnection = ConnectionType('WebhookSubscription', WebhookSubscription, 'webhook subscription');
export const WebhookDeliveryConnection = ConnectionType('WebhookDelivery', WebhookDelivery, 'webhook delivery');

@InputType({ description: 'A URL to send events to.' })
export class CreateWebhookSubscriptionInput {
  @Field(() => String, { description: 'https URL (plain http only to a host in OUTBOUND_ALLOWED_HOSTS); redirects are not followed.' })
  url!: string;
  @Field(() => [EventTypeEnum], { description: 'The event types to send (at least one).' })
  eventTypes!: EventType[];
  @Field(() => String, { nullable: true, description: "The member whose events are sent (ISIL): member staff and member-owned API clients their own (the default for them); analysts and admins any, or null for every member's." })
  memberCode?: string | null;
}

@ObjectType({ description: 'The new subscription and its signing secret.' })
export class CreateWebhookSubscriptionPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The subscription; null when userErrors says why not.' })
  subscription!: WebhookSubscription | null;
  @Field(() => String, { nullable: true, description: '`whsec_` + base64: the key that signs every delivery (verify with any Standard Webhooks library). Shown this once only.' })
  secret!: string | null;
  @Field(() => [UserError], { description: 'Problems with the input; nothing was created when any are returned.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A webhook subscription, by ID.' })
export class WebhookSubscriptionIdInput {
  @Field(() => ID, { description: "The subscription's global ID." })
  id!: string;
}

@ObjectType({ description: 'The subscription after the change.' })
export class WebhookSubscriptionPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The subscription; null when userErrors says why not.' })
  subscription!: WebhookSubscription | null;
  @Field(() => [UserError], { description: 'Problems with the input.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'What was deleted.' })
export class DeleteWebhookSubscriptionPayload {
  @Field(() => ID, { nullable: true, description: 'The deleted subscription (its queued deliveries and log went with it).' })
  deletedId!: string | null;
  @Field(() => [UserError], { description: 'Problems with the input.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A delivery to send again.' })
export class ReplayWebhookDeliveryInput {
  @Field(() => ID, { description: "The delivery's global ID (from webhookDeliveries)." })
  id!: string;
}

@ObjectType({ description: 'The delivery, pending again.' })
export class ReplayWebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The delivery, PENDING; null when userErrors says why not.' })
  delivery!: WebhookDelivery | null;
  @Field(() => [UserError], { description: 'Problems with the input.' })
  userErrors!: UserError[];
}
