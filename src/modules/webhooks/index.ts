// The webhooks module: subscriptions (a URL, event types, a member), the dispatcher that fans the
// outbox out into deliveries and sends them signed (Standard Webhooks), and the delivery log.
export * from './webhooks.tables.js';
export { createWebhookDispatcher, RETRY_DELAYS_MS, RETRY_FOR_MS, type DispatcherOptions, type DispatchRound, type WebhookDispatcher } from './webhook-dispatcher.js';
export { newWebhookSecret, webhookIdOf, SECRET_PREFIX } from './webhook-signing.js';
export { createWebhookSubscription, listWebhookSubscriptions, webhookSubscriptionById, deleteWebhookSubscription, setWebhookSubscriptionPaused, listWebhookDeliveries, replayWebhookDelivery, pauseSubscriptionsOfClient, urlProblem, type WebhookSubscriptionInput, type WebhookSettings } from './webhooks.service.js';
export { WebhooksResolver } from './webhooks.resolver.js';
export { WebhookSubscription, WebhookDelivery, WebhookSubscriptionStatus, WebhookDeliveryStatus } from './webhooks.types.js';
