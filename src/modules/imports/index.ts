export { imports, type ImportWarning, type RejectedRecord } from './imports.tables.js';
export { checkEncoding, importMarc, ImportRequestError, NoMarcRecordsError, BATCH_SIZE, type ImportSummary, type MarcImportOptions } from './marc-import.service.js';
export { WARNINGS_KEPT } from './import-warnings.js';
export { uploadMarc, MAX_UPLOAD_BYTES, type MarcUpload } from './marc-upload.service.js';
export { decodeStrictBase64 } from './strict-base64.js';
export { ImportsResolver } from './imports.resolver.js';
export { ClusterDecisionsResolver } from './clusters.resolver.js';
export { markInterruptedImports, INTERRUPTED_MESSAGE } from './interrupted.js';
