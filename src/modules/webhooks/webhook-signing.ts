/**
 * Standard Webhooks (https://www.standardwebhooks.com): the secret a subscriber is given once, the
 * stable `webhook-id` of a delivery, and the three headers of a signed request. Signing is the
 * `standardwebhooks` package's (the spec's reference implementation), so its `Webhook.verify` accepts
 * what we send.
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

export const SECRET_PREFIX = 'whsec_';

/** `whsec_` + base64 of 32 random bytes (the spec allows 24 to 64). */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/**
 * The `webhook-id` of an event sent to a subscription: the same for every attempt and every replay
 * (receivers deduplicate on it, as the spec asks), different for each subscription.
 */
export function webhookIdOf(eventId: number, subscriptionId: number): string {
  return `msg_${eventId}_${subscriptionId}`;
}

export interface SignedHeaders {
  'content-type': string;
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** A signer for one secret (parsing the secret once for a batch of deliveries). */
export function signerFor(secret: string): (webhookId: string, at: Date, body: string) => SignedHeaders {
  const webhook = new Webhook(secret);
  return (webhookId, at, body) => ({
    'content-type': 'application/json',
    'webhook-id': webhookId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': webhook.sign(webhookId, at, body),
  });
}
