export { imports, type RejectedRecord } from './imports.tables.js';
export { importMarc, ImportRequestError, BATCH_SIZE, type ImportSummary, type MarcImportOptions } from './marc-import.service.js';
export { ImportsResolver } from './imports.resolver.js';
export { ClusterDecisionsResolver } from './clusters.resolver.js';
