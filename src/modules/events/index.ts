// The events module: the transactional outbox every other module writes into (recordEvent, in the
// change's transaction) and the bus that tells this process's listeners (webhooks, subscriptions).
export * from './events.tables.js';
export * from './event-types.js';
export { recordEvent, EVENTS_CHANNEL, type NewEvent } from './record-event.js';
export { createEventBus, payloadOf, readEvents, type EventBus, type EventListener, type EventPayload } from './event-bus.js';
export { EventTypeEnum } from './events.types.js';
