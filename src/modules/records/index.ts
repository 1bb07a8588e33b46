export { records, recordIdentifiers, type RecordRow } from './records.tables.js';
export { BibRecord } from './records.types.js';
export { createRecordLoaders } from './records.loaders.js';
export { idsWithIdentifier, isbnFilterValue, issnFilterValue } from './records.service.js';
export { insertRecords, type RecordInput } from './records.write.js';
