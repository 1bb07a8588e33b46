export { holdings, type HoldingRow } from './holdings.tables.js';
export { deleteHoldings, insertHoldings, upsertHoldings, type NewHoldingRow } from './holdings.service.js';
export { Holding, HoldingConnection } from './holdings.types.js';
export { createHoldingLoaders } from './holdings.loaders.js';
export { HoldingResolver } from './holdings.resolver.js';
export { childPageOf, HoldingsArgs, MemberHoldingsResolver, RecordHoldingsResolver } from './holdings.children.js';
export { holdingsByIds, type ChildPage, type PageRow } from './holdings.queries.js';
export {
  sourceHoldings, trackedSourceHoldings, HoldingsTally, writeSourceHoldings, replaceSourceHoldings, deleteSourceHoldings, deletePlaceholderHoldings, moveRecordHoldings, moveSourceHoldings,
} from './holdings.sources.js';
