export {
  readKbart,
  type KbartReadResult,
  type KbartRejection,
  type KbartRow,
  type KbartSource,
  type KbartWarning,
} from './read-kbart.js';
export { diffKbart, changedFields, type KbartChange, type KbartDiff, type KbartField } from './diff-kbart.js';
export { rowKey } from './kbart-key.js';
export { KBART_COLUMNS, type KbartColumn } from './kbart-columns.js';
export type { Embargo, EmbargoUnit, KbartIdentifier, PublicationType } from './kbart-values.js';
