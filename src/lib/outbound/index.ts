// Every outgoing HTTP request goes through this client: target checks, deadline, size cap, checked redirects.
export { createOutboundClient, OutboundError, type OutboundClient, type OutboundErrorCode, type OutboundRequest, type OutboundResponse, type OutboundSettings } from './outbound-client.js';
export { addressProblem, isAllowedHost, type LookupAll, type ResolvedAddress } from './outbound-target.js';
