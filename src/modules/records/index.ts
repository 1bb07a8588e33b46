export { records, recordIdentifiers, recordViewColumns, type RecordRow, type RecordView } from './records.tables.js';
export { BibRecord, recordFieldColumns } from './records.types.js';
export { createRecordLoaders } from './records.loaders.js';
export { idsWithIdentifier, isbnFilterValue, issnFilterValue } from './records.service.js';
export { insertRecords, type RecordInput } from './records.write.js';
export { RecordFormat } from './records.types.js';
export { recordValues } from './records.write.js';
export { RecordResolver } from './records.resolver.js';
export { loadRecordFollowingMerges } from './records.follow.js';
export { type RecordsAhead } from './records.service.js';
export { markSearchKeysCurrent, refreshSearchKeys } from './search-keys.service.js';
export { recordSources, recordRedirects } from './sources.tables.js';
export { RecordSource, ClusterPayload, MergeRecordsInput, SplitRecordInput } from './sources.types.js';
export { createSourceLoaders } from './sources.loaders.js';
export { RecordSourceResolver, RecordSourcesResolver } from './sources.resolver.js';
export { mergeRecords, splitRecord, resolveRecordId } from './clusters.service.js';
export {
  ingestBatch, deleteSources, type BatchContext, type BatchCounts, type ItemInput, type MfhdInput, type SourceInput, type SourceHoldingRow, type SourceHoldings,
} from './ingest.service.js';
