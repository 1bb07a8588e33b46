/**
 * What the harvester hands a COUNTER API answer to: the COUNTER reader (src/importers/counter) and the
 * usage store (storeCounterReport). Both are built on other branches; until they are merged this says
 * so when a report arrives, and the harvest line is FAILED with that message.
 */
import type { Db } from '../../db/database.js';
import type { CounterException, CounterReadResult } from '../../importers/counter/counter-types.js';
import type { HarvestedReport } from './sushi-harvest.service.js';

const NOT_YET = 'the COUNTER reader and usage store are not part of this build yet';

export const counterPipeline = {
  read(_text: string, _fileName: string): CounterReadResult {
    throw new Error(NOT_YET);
  },
  readExceptions(_body: unknown): CounterException[] {
    throw new Error(NOT_YET);
  },
  async store(_db: Db, _report: HarvestedReport): Promise<{ counterReportId: number; factsStored: number }> {
    throw new Error(NOT_YET);
  },
};
