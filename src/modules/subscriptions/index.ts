// The subscriptions module: illRequestChanged, holdingsChanged and importFinished over WebSocket, fed
// by the events module's outbox through the process's PubSub (src/graphql/pub-sub.ts).
export { HoldingsSubscriptionResolver, IllRequestSubscriptionResolver, ImportSubscriptionResolver } from './subscriptions.resolver.js';
export { HoldingsChangedEvent, HoldingsChangeVia, IllRequestChangedEvent, ImportFinishedEvent } from './subscriptions.types.js';
export { openEventStream, receives, subscribedMember } from './subscriptions.service.js';
