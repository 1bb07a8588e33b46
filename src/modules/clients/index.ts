// API clients: keys (sgk_…), their limits and their metering (README, "API clients").
export * from './clients.tables.js';
export { looksLikeApiKey } from './api-keys.js';
export { verifyApiKey } from './clients.verify.js';
export { apiClientById, createApiClient, listApiClients, revokeApiClient, rotateApiClientKey, visibleApiClient, type ApiClientRecord } from './clients.service.js';
export { createRequestMeter, requestStatsOf, METER_BUCKETS_MS, type MeteredRequest, type RequestMeter } from './clients.meter.js';
export { ApiClient, ApiScope } from './clients.types.js';
export { ApiClientResolver } from './clients.resolver.js';
