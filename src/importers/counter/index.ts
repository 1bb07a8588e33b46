export { readCounterReport, detectCounterFormat, type ReadCounterOptions } from './read-counter.js';
export { readCounterExceptions } from './counter-exceptions.js';
export { allowedMetrics, isReportId, normaliseRelease, REPORT_IDS, VOCABULARIES, type CounterReportId } from './counter-rules.js';
export type {
  CounterException,
  CounterHeader,
  CounterItem,
  CounterItemIds,
  CounterMonthCount,
  CounterReadResult,
  CounterRelease,
  CounterRowError,
  CounterTypedId,
} from './counter-types.js';
