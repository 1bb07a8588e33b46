export { holdings, type HoldingRow } from './holdings.tables.js';
export { Holding, HoldingConnection } from './holdings.types.js';
export { createHoldingLoaders } from './holdings.loaders.js';
